// Measures the language server's time from an edit to fresh diagnostics, over stdio, with the
// debounce set to 0: the shipped server, a real JSON-RPC client, the file alone in its workspace.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const server = join(dirname(fileURLToPath(import.meta.url)), '../packages/lsp/bin/dhcplint-lsp.js');

export async function measureLspEdit(file, edits = 5) {
  const ws = mkdtempSync(join(tmpdir(), 'dhcplint-bench-lsp-'));
  const path = join(ws, basename(file));
  copyFileSync(file, path);
  const uri = pathToFileURL(path).href;
  const child = spawn(process.execPath, [server, '--stdio'], { env: { ...process.env, DHCPLINT_LSP_DEBOUNCE_MS: '0' }, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri && waiting && p.version === waiting.version) waiting.resolve(performance.now());
  });
  conn.onNotification('window/logMessage', () => {});
  conn.listen();
  const until = (version) => new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 120 s`)), 120_000);
    waiting = { version, resolve: (x) => (clearTimeout(t), resolve(x)) };
  });
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities: {} });
    conn.sendNotification('initialized', {});
    const text = readFileSync(path, 'utf8');
    let t0 = performance.now();
    const opened = until(1);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
    const openMs = (await opened) - t0;
    const times = [];
    for (let v = 2; v < 2 + edits; v++) {
      // Change one character of the first comment: a realistic keystroke that keeps the file valid.
      const p = until(v);
      t0 = performance.now();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: v % 2 ? 'G' : 'g' }] });
      times.push((await p) - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { openMs, median: sorted[sorted.length >> 1], min: sorted[0], max: sorted[sorted.length - 1], n: times.length };
  } finally {
    conn.dispose();
    child.kill();
    rmSync(ws, { recursive: true, force: true });
  }
}
