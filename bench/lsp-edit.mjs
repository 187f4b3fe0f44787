// Measures the language server's time from an edit to fresh diagnostics, over stdio, with the
// debounce set to 0: the shipped server, a real JSON-RPC client, the file alone in its workspace.
// While each re-check runs, hover requests are sent one after another, and their response times
// show whether the server stays responsive during the check; the same while the file is first
// opened (the target: first diagnostics on 10 MB within 1.5 s, no request waiting over 100 ms).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const shippedServer = join(dirname(fileURLToPath(import.meta.url)), '../packages/lsp/bin/dhcplint-lsp.js');

/** `server`: the server's entry script (the bench passes a snapshot of the build it measures). */
export async function measureLspEdit(file, edits = 5, { server = shippedServer } = {}) {
  const ws = mkdtempSync(join(tmpdir(), 'dhcplint-bench-lsp-'));
  const path = join(ws, basename(file));
  copyFileSync(file, path);
  const uri = pathToFileURL(path).href;
  const child = spawn(process.execPath, [server, '--stdio'], {
    env: { ...process.env, DHCPLINT_LSP_DEBOUNCE_MS: '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  let analysing;
  let idle;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri && waiting && p.version === waiting.version) waiting.resolve(performance.now());
  });
  conn.onNotification('dhcplint/status', (s) => {
    if (s.state === 'analysing') analysing?.();
    if (s.state === 'idle') idle?.();
  });
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
    const text = readFileSync(path, 'utf8');
    // A hover on the middle line of the file: a request that needs the freshly edited tree.
    const middle = { line: text.slice(0, text.length >> 1).split('\n').length, character: 4 };
    let t0 = performance.now();
    const opened = until(1);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
    // Hovers one after another until the first diagnostics: how long a request waits while opening.
    // The first diagnostics may be the syntax errors alone (published as soon as the file is
    // parsed); the opening check ends with the status 'idle' that follows them. Hovers go on until
    // then, and the edits start after it.
    const openHoverMs = [];
    const checkHoverMs = [];
    let openDone = false;
    let checkDone = false;
    const checked = opened.then(() => new Promise((resolve) => (idle = () => resolve(performance.now()))));
    void opened.then(
      () => (openDone = true),
      () => (openDone = checkDone = true),
    );
    void checked.then(() => (checkDone = true));
    while (!checkDone) {
      const h0 = performance.now();
      const before = openDone;
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: middle });
      (before ? checkHoverMs : openHoverMs).push(performance.now() - h0);
    }
    const openMs = (await opened) - t0;
    const openCheckedMs = (await checked) - t0;
    idle = undefined;
    const times = [];
    const hoverMs = [];
    // A keystroke in a comment, which keeps the file valid: type a character, then delete it
    // again (so everything after the edit moves each time). On the first line (the worst case:
    // every statement after the edit moves) or in the middle.
    const lines = text.split('\n');
    const middleComment = lines.findIndex((l, i) => i >= lines.length >> 1 && l.startsWith('# '));
    let editLine = 0;
    let typed = false;
    const keystroke = (v) => {
      const at = { line: editLine, character: 2 };
      const change = typed
        ? { range: { start: at, end: { line: editLine, character: 3 } }, text: '' }
        : { range: { start: at, end: at }, text: 'x' };
      typed = !typed;
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    };
    let v = 2;
    // Edit → diagnostics, with nothing else going on.
    for (let i = 0; i < edits; i++, v++) {
      const p = until(v);
      t0 = performance.now();
      keystroke(v);
      times.push((await p) - t0);
    }
    // Edits in the middle of the file.
    const middleTimes = [];
    // Undo a character left typed before moving to another line (untimed).
    const settle = async () => {
      if (!typed) return;
      const p = until(v);
      keystroke(v++);
      await p;
    };
    await settle();
    editLine = Math.max(0, middleComment);
    for (let i = 0; i < edits; i++, v++) {
      const p = until(v);
      t0 = performance.now();
      keystroke(v);
      middleTimes.push((await p) - t0);
    }
    await settle();
    editLine = 0;
    // The first-line edits again, now with hover requests sent one after another while each check runs.
    for (let i = 0; i < edits; i++, v++) {
      const p = until(v);
      const started = new Promise((resolve) => (analysing = resolve));
      keystroke(v);
      let done = false;
      void p.then(() => (done = true));
      await started;
      while (!done) {
        const h0 = performance.now();
        await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: middle });
        if (!done) hoverMs.push(performance.now() - h0);
      }
      await p;
    }
    // The first edit after the opening check also builds what later edits reuse (the duplicate-host index,
    // what each statement holds) and runs code paths not yet compiled: reported on its own.
    const [firstEditMs, ...steady] = times;
    const sorted = [...steady].sort((a, b) => a - b);
    const hovers = [...hoverMs].sort((a, b) => a - b);
    const middleSorted = [...middleTimes].sort((a, b) => a - b);
    const openHovers = [...openHoverMs].sort((a, b) => a - b);
    const checkHovers = [...checkHoverMs].sort((a, b) => a - b);
    return {
      openMs,
      // didOpen to the end of the opening check (its full diagnostics), and the hovers sent
      // between the first diagnostics and then.
      openCheckedMs,
      hoverAfterFirstDiagnostics: {
        n: checkHovers.length,
        median: checkHovers[checkHovers.length >> 1],
        max: checkHovers[checkHovers.length - 1],
      },
      // Hover requests sent while the file was being opened and checked for the first time (the
      // last one may have been answered after the diagnostics: it still waited that long).
      hoverDuringOpen: {
        n: openHovers.length,
        median: openHovers[openHovers.length >> 1],
        max: openHovers[openHovers.length - 1],
      },
      firstEditMs,
      median: sorted[sorted.length >> 1],
      min: sorted[0],
      max: sorted[sorted.length - 1],
      n: sorted.length,
      // The same for edits in the middle of the file (half the statements move).
      middleOfFile: {
        median: middleSorted[middleSorted.length >> 1],
        min: middleSorted[0],
        max: middleSorted[middleSorted.length - 1],
        n: middleSorted.length,
      },
      // Hover requests answered while a re-check was running (none when the check finished first).
      hoverDuringCheck: hovers.length
        ? {
            n: hovers.length,
            median: hovers[hovers.length >> 1],
            p95: hovers[Math.floor(hovers.length * 0.95)],
            max: hovers[hovers.length - 1],
          }
        : { n: 0 },
    };
  } finally {
    conn.dispose();
    child.kill();
    rmSync(ws, { recursive: true, force: true });
  }
}
