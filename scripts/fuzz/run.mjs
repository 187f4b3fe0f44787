// Fuzz run, bounded in time: mutated real configs through the parser, printer, formatter, the
// linter (in process), the CLI (a few spawned runs) and the language server (one long-lived
// process fed mutated documents). A finding is an exception, a rule crash, a lossy round trip, a
// process that dies or stops answering, or memory past a bound. Findings are written to
// .ci-artifacts/fuzz/ so they can be replayed.
//
//   node scripts/fuzz/run.mjs [--seconds N] [--seed N] [--lsp-seconds N]
//
// Runs with the built packages (npm run build). Exit 0 when nothing was found, 1 otherwise.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, parse, print } from '../../packages/parser/dist/index.js';
import { LintSession, memoryFs } from '../../packages/linter/dist/index.js';
import { mutate, seededRandom } from './mutate.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    'lsp-seconds': { type: 'string', default: '15' },
  },
});
const seconds = Number(values.seconds);
const lspSeconds = Number(values['lsp-seconds']);
const random = seededRandom(Number(values.seed));
/** Heap kept past this (bytes) after the in-process run is a finding: something keeps every input. */
const HEAP_BOUND = 256 * 1024 * 1024;

const seeds = seedFiles();
const findings = [];
const artifacts = join(root, '.ci-artifacts/fuzz');

function seedFiles() {
  const out = [];
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.conf$/.test(n) && statSync(p).size < 512 * 1024) out.push(p);
    }
  };
  walk(join(root, 'test-fixtures'));
  const corpus = join(root, '../shared/corpus/files');
  if (existsSync(corpus)) walk(corpus);
  else console.error(`*** fuzz: ${corpus} absent — mutating test-fixtures only ***`);
  return out.map((p) => ({ path: p, text: readFileSync(p, 'latin1') }));
}

/** Findings by kind and first line of detail: one saved input each, so a common crash is not saved a thousand times. */
const seen = new Map();

function record(kind, input, detail) {
  const signature = `${kind} ${String(detail).split('\n')[0]}`;
  seen.set(signature, (seen.get(signature) ?? 0) + 1);
  if (seen.get(signature) > 1) return;
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${kind}-${findings.length}.conf`);
  writeFileSync(file, input, 'latin1');
  findings.push({ kind, file, detail: String(detail).slice(0, 300) });
}

/** One input through everything in process; returns nothing, records findings. */
function checkInProcess(text) {
  let result;
  try {
    result = parse(text);
  } catch (e) {
    return record('parse-throws', text, e?.stack ?? e);
  }
  try {
    if (print(result.ast) !== text) record('print-lossy', text, 'print(parse(x)) !== x');
  } catch (e) {
    record('print-throws', text, e?.stack ?? e);
  }
  try {
    format(text);
  } catch (e) {
    record('format-throws', text, e?.stack ?? e);
  }
  try {
    const path = '/fuzz/dhcpd.conf';
    const session = new LintSession({ fs: memoryFs({ [path]: text }) });
    const { servers } = session.loadServers([path]);
    const r = session.lintServers(servers);
    if (r.internalErrors.length)
      record('rule-crash', text, r.internalErrors.map((e) => `${e.ruleId}: ${e.message}`).join('; '));
  } catch (e) {
    record('lint-throws', text, e?.stack ?? e);
  }
}

// 1. In process, for most of the time budget. Heap growth is measured after full collections
// (node --expose-gc), so it counts what is kept, not garbage not yet collected.
const collect = () => globalThis.gc?.();
if (!globalThis.gc) console.error('fuzz: run with node --expose-gc to check retained memory; skipping that check');
collect();
const heapBefore = process.memoryUsage().heapUsed;
const deadline = Date.now() + seconds * 1000 * 0.6;
let inputs = 0;
const cliInputs = [];
while (Date.now() < deadline) {
  const seed = seeds[Math.floor(random() * seeds.length)];
  const text = mutate(seed.text, random);
  checkInProcess(text);
  inputs++;
  if (cliInputs.length < 8 && random() < 0.05) cliInputs.push(text);
}
collect();
const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
if (globalThis.gc && heapGrowth > HEAP_BOUND)
  findings.push({
    kind: 'memory',
    file: '',
    detail: `heap grew by ${(heapGrowth / 2 ** 20).toFixed(0)} MB over ${inputs} inputs`,
  });

// 2. The CLI and the formatter as commands, on a few of those inputs (each has a time limit).
const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-fuzz-'));
const cli = join(root, 'packages/linter/bin/dhcplint.js');
for (const [i, text] of cliInputs.entries()) {
  const file = join(tmp, `in${i}.conf`);
  writeFileSync(file, text, 'latin1');
  for (const args of [
    ['--format', 'json', file],
    ['fmt', file],
    ['fmt', '--check', file],
  ]) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', cli, ...args], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (r.error || r.signal) record('cli-hang-or-kill', text, `${args.join(' ')}: ${r.error?.message ?? r.signal}`);
    else if (/internal error|RangeError|Maximum call stack/.test(r.stderr))
      record('cli-internal-error', text, `${args.join(' ')}: ${r.stderr.slice(0, 200)}`);
  }
}

// 3. The language server: one process, mutated documents opened and edited, requests after each.
if (lspSeconds > 0) await fuzzLanguageServer();
rmSync(tmp, { recursive: true, force: true });

console.log(
  `fuzz: ${inputs} inputs in process, ${cliInputs.length} through the CLI, seed ${values.seed}; distinct findings: ${findings.length}`,
);
for (const f of findings.slice(0, 20))
  console.log(
    `  ${f.kind} (${seen.get(`${f.kind} ${f.detail.split('\n')[0]}`) ?? 1}×) ${f.file}: ${f.detail.split('\n')[0]}`,
  );
process.exit(findings.length ? 1 : 0);

/** Drives the built language server over stdio with a minimal JSON-RPC framer. */
async function fuzzLanguageServer() {
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=1024', join(root, 'packages/lsp/bin/dhcplint-lsp.js'), '--stdio'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let buffer = Buffer.alloc(0);
  const pending = new Map();
  let exited = null;
  let stderrTail = '';
  let lastText = '';
  child.on('exit', (code, signal) => (exited = signal ?? code));
  child.stderr.on('data', (d) => (stderrTail = (stderrTail + d).slice(-3000)));
  // A server that dies makes our writes fail: that is a finding, not a crash of the fuzzer.
  child.stdin.on('error', () => {});
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      if (msg.id !== undefined && pending.has(msg.id)) {
        pending.get(msg.id)(msg);
        pending.delete(msg.id);
      } else if (msg.id !== undefined && msg.method) send({ jsonrpc: '2.0', id: msg.id, result: null }); // server-to-client requests
    }
  });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  let nextId = 1;
  const request = (method, params, ms = 10_000) =>
    new Promise((res) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        res({ timeout: true });
      }, ms);
      pending.set(id, (m) => {
        clearTimeout(timer);
        res(m);
      });
      send({ jsonrpc: '2.0', id, method, params });
    });
  const folder = mkdtempSync(join(tmpdir(), 'dhcplint-fuzz-ws-'));
  const uri = pathToFileURL(join(folder, 'dhcpd.conf')).href;
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
    capabilities: {},
  });
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const end = Date.now() + lspSeconds * 1000;
  let version = 1;
  let documents = 0;
  while (Date.now() < end && exited === null) {
    const seed = seeds[Math.floor(random() * seeds.length)];
    const text = mutate(seed.text, random);
    if (version === 1)
      send({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'dhcpd', version: version++, text } },
      });
    else
      send({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: { textDocument: { uri, version: version++ }, contentChanges: [{ text }] },
      });
    documents++;
    lastText = text;
    const line = Math.floor(random() * Math.max(1, text.split('\n').length));
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
    ]) {
      const r = await request(method, params);
      if (r.timeout) {
        record('lsp-no-answer', text, `${method} not answered within 10 s`);
        break;
      }
      if (r.error && r.error.code !== -32601) record('lsp-error', text, `${method}: ${r.error.message}`);
    }
  }
  if (exited !== null)
    record(
      'lsp-died',
      lastText,
      `server exited (${exited}) after ${documents} documents: ${stderrTail
        .split('\n')
        .filter((l) => l && !/^\s+at /.test(l))
        .slice(-6)
        .join(' | ')}`,
    );
  else {
    await request('shutdown', null, 5000);
    send({ jsonrpc: '2.0', method: 'exit' });
  }
  setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  rmSync(folder, { recursive: true, force: true });
  console.log(`fuzz: ${documents} documents through the language server`);
}
