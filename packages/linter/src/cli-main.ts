// Entry point of the dhcplint command (bundled into dist/dhcplint.bundle.js by scripts/bundle.mjs).
import { main } from './cli.js';

process.exitCode = main(process.argv.slice(2));
