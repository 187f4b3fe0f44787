// Responsiveness of the language server during a burst of edits: a ~1 MB document, a keystroke
// every ~10 ms for 2 s (typing and deleting a character on a line picked in turn across the
// file), a hover every 50 ms and a completion request every 50 ms (offset by 25 ms) meanwhile.
// Reports the latency of every request sent during the burst (median, p95, max) and the time from
// the last edit to diagnostics for it. An untimed warm-up of ten edits and requests comes first. The server runs as shipped (default debounce) unless
// `debounceMs` is given. Runs alone with `node bench/lsp-burst.mjs [debounceMs]`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { generateConfig } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shippedServer = join(here, '../packages/lsp/bin/dhcplint-lsp.js');
/** ~1 MB: half the 2 MB benchmark file's subnets. */
export const BURST_SHAPE = { subnets: 400, hostsPerSubnet: 25 };

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? {
        n: s.length,
        median: s[s.length >> 1],
        p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
        max: s[s.length - 1],
      }
    : { n: 0 };
};

export async function measureLspBurst({
  durationMs = 2000,
  editEveryMs = 10,
  requestEveryMs = 50,
  debounceMs,
  server = shippedServer,
} = {}) {
  const ws = mkdtempSync(join(tmpdir(), 'dhcplint-bench-burst-'));
  const path = join(ws, 'dhcpd.conf');
  const text = generateConfig(BURST_SHAPE);
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const env = { ...process.env };
  if (debounceMs === undefined) delete env.DHCPLINT_LSP_DEBOUNCE_MS;
  else env.DHCPLINT_LSP_DEBOUNCE_MS = String(debounceMs);
  // DHCPLINT_BENCH_SERVER_ARGS: node options for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.DHCPLINT_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri && waiting && p.version >= waiting.version) waiting.resolve(performance.now());
  });
  conn.onNotification('dhcplint/status', () => {});
  conn.onNotification('window/logMessage', () => {});
  conn.listen();
  const until = (version) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 120 s`)), 120_000);
      waiting = { version, resolve: (x) => (clearTimeout(t), resolve(x)) };
    });
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities: {} });
    conn.sendNotification('initialized', {});
    const opened = until(1);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
    await opened;

    // Comment lines spread over the file: each keystroke types or deletes a character on one.
    const lines = text.split('\n');
    const comments = lines.map((l, i) => (l.startsWith('# ') ? i : -1)).filter((i) => i >= 0);
    const middle = { line: lines.length >> 1, character: 4 };
    const inSubnet = lines.findIndex((l, i) => i > lines.length >> 1 && /^\s+range /.test(l));
    let version = 1;
    let typedOn;
    let turn = 0;
    const keystroke = () => {
      version++;
      let change;
      if (typedOn === undefined) {
        typedOn = comments[(turn++ * 37) % comments.length];
        const at = { line: typedOn, character: 2 };
        change = { range: { start: at, end: at }, text: 'x' };
      } else {
        change = { range: { start: { line: typedOn, character: 2 }, end: { line: typedOn, character: 3 } }, text: '' };
        typedOn = undefined;
      }
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    };
    // Warm-up, untimed: a few edits and requests compile the incremental code paths (the first
    // re-parse after opening costs several times a later one), as in an editor already in use.
    for (let i = 0; i < 10; i++) {
      keystroke();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: middle });
      await conn.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line: inSubnet, character: 2 },
      });
    }
    await until(version);

    const hoverMs = [];
    const completionMs = [];
    const pending = [];
    const timed = (into, method, params) => {
      const t0 = performance.now();
      pending.push(conn.sendRequest(method, params).then(() => into.push(performance.now() - t0)));
    };
    const firstBurstVersion = version;
    const started = performance.now();
    const editTimer = setInterval(keystroke, editEveryMs);
    const hoverTimer = setInterval(
      () => timed(hoverMs, 'textDocument/hover', { textDocument: { uri }, position: middle }),
      requestEveryMs,
    );
    let completionTimer;
    const offset = setTimeout(() => {
      completionTimer = setInterval(
        () =>
          timed(completionMs, 'textDocument/completion', {
            textDocument: { uri },
            position: { line: inSubnet, character: 2 },
          }),
        requestEveryMs,
      );
    }, requestEveryMs >> 1);
    await new Promise((r) => setTimeout(r, durationMs));
    clearInterval(editTimer);
    clearInterval(hoverTimer);
    clearTimeout(offset);
    clearInterval(completionTimer);
    const edits = version - firstBurstVersion;
    const lastEdit = performance.now();
    const settled = until(version);
    await Promise.all(pending);
    const diagnosticsAfterLastEditMs = (await settled) - lastEdit;
    const result = {
      bytes: Buffer.byteLength(text),
      burstMs: performance.now() - started,
      edits,
      debounceMs: debounceMs ?? 'default',
      hover: stats(hoverMs),
      completion: stats(completionMs),
      diagnosticsAfterLastEditMs,
    };
    // A clean exit, so a server started with --cpu-prof (NODE_OPTIONS) writes its profile.
    const exited = new Promise((r) => child.once('exit', r));
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    return result;
  } finally {
    conn.dispose();
    child.kill();
    rmSync(ws, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  console.log(
    JSON.stringify(await measureLspBurst({ debounceMs: arg === undefined ? undefined : Number(arg) }), null, 2),
  );
}
