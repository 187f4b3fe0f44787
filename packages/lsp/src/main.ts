// `dhcplint-lsp --stdio`: the language server over stdin/stdout.
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { FramedMessageReader } from './framing.js';
import { LifecycleGate } from './lifecycle.js';
import { DispatchCounter } from './message-pause.js';
import { startServer } from './server.js';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: dhcplint-lsp --stdio\n\nThe dhcplint language server for ISC dhcpd.conf (LSP over stdin/stdout).\n',
  );
  process.exit(0);
}
const logLine = (line: string) => process.stderr.write(`${line}\n`);
// stdout carries only the protocol: anything a dependency prints goes to stderr instead.
console.log = console.info = console.warn = console.debug = (...a: unknown[]) => logLine(a.map(String).join(' '));

const debounceMs = process.env.DHCPLINT_LSP_DEBOUNCE_MS ? Number(process.env.DHCPLINT_LSP_DEBOUNCE_MS) : undefined;

if (args.some((a) => /^--(node-ipc|socket|pipe)\b/.test(a))) {
  // Counting dispatched messages lets a running analysis pause until every queued request is answered.
  const dispatches = new DispatchCounter();
  // Other transports, as vscode-languageserver reads them from the arguments.
  startServer(createConnection(ProposedFeatures.all, { messageStrategy: dispatches.strategy }), {
    debounceMs,
    pause: dispatches.pause,
  });
} else {
  // stdio: our own framing (malformed messages are dropped and logged, never a silent wedge) and
  // the lifecycle rules, in front of the library's connection.
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new FramedMessageReader(process.stdin, logLine);
  // Over stdio a pause also lasts while a large message is still being read.
  const dispatches = new DispatchCounter(reader);
  const gate = new LifecycleGate(reader, writer);
  gate.onClose(() => {
    // End of input (or input that cannot be resynchronised): the client is gone.
    const code = gate.phase === 'shut down' ? 0 : 1;
    logLine(`dhcplint-lsp: input closed${code ? ' without a shutdown request' : ''}; exiting with status ${code}`);
    process.exit(code);
  });
  startServer(createConnection(ProposedFeatures.all, gate, writer, { messageStrategy: dispatches.strategy }), {
    debounceMs,
    pause: dispatches.pause,
  });
}
