// `dhcplint-lsp --stdio`: the language server over stdin/stdout.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write('0.1.0\n');
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: dhcplint-lsp --stdio\n\nThe dhcplint language server for ISC dhcpd.conf (LSP over stdin/stdout).\n');
  process.exit(0);
}
// stdout carries only the protocol: anything a dependency prints goes to stderr instead.
console.log = console.info = console.warn = console.debug = (...a: unknown[]) => process.stderr.write(`${a.map(String).join(' ')}\n`);
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { debounceMs: process.env.DHCPLINT_LSP_DEBOUNCE_MS ? Number(process.env.DHCPLINT_LSP_DEBOUNCE_MS) : undefined });
