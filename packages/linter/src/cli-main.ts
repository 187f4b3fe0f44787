// Entry point of the dhcplint command (bundled into dist/dhcplint.bundle.js by scripts/bundle.mjs).
import { main } from './cli.js';

// `dhcplint --list-rules | head -1`: the reader went away, which is no error of ours. Stop quietly
// with the status the run had so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = main(process.argv.slice(2));
