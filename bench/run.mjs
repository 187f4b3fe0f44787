#!/usr/bin/env node
// `npm run bench`: generates configs of ~100 KB, 2 MB, 10 MB and 50 MB (plus a failover pair at
// 10 MB), then times dhcplint, `dhcpd -t` and `node -e 0` on them in the same run, interleaved,
// several repetitions each, every measurement in a fresh process (wall time and peak RSS), and the
// language server over stdio. Writes results.json, RESULTS.md, chart.svg and targets.svg.
// `--quick`: 2 repetitions, no 50 MB, fewer LSP edits and no edit burst, written to a temporary
// folder unless --out is given (for checking a change; the published figures come from a full run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SIZES, pairSizeOf, writeBenchFiles } from './generate.mjs';
import { measureLspEdit } from './lsp-edit.mjs';
import { measureLspBurst } from './lsp-burst.mjs';
import { writeReport } from './report.mjs';
import { snapshotBuild } from './snapshot.mjs';
import { evaluateTargets } from './targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    reps: { type: 'string' },
    out: { type: 'string' },
    'no-lsp': { type: 'boolean', default: false },
  },
});
const quick = opts.quick;
const sizes = (
  opts.sizes ??
  Object.keys(SIZES)
    .filter((s) => !quick || s !== '50MB')
    .join(',')
)
  .split(',')
  .filter((s) => s in SIZES);
const reps = Math.max(1, Number(opts.reps ?? (quick ? 2 : 5)) || 1);
const outDir = opts.out ?? (quick ? join(tmpdir(), 'dhcplint-bench-quick') : here);
const lspEdits = quick ? 6 : 21; // the first edit after opening is reported apart: 20 in the median
const work = join(tmpdir(), `dhcplint-bench-${process.pid}`);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
const task = join(here, 'task.mjs');

/** Runs a command, returning wall ms, peak RSS in MB (when /usr/bin/time is there) and its output. */
function run(cmd, args, env) {
  const rssFile = join(work, 'rss');
  const argv = timeBin ? [timeBin, '-f', '%M', '-o', rssFile, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: env ? { ...process.env, ...env } : undefined,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMb =
    timeBin && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { wallMs, rssMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) =>
  xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : undefined;

mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'leases'), '');
writeFileSync(join(work, 'empty.conf'), '');
const build = snapshotBuild(root, join(work, 'build'));
const taskEnv = { DHCPLINT_BENCH_PARSER: build.parser };
const lintArgs = (...files) => [build.cli, '--format', 'json', '--output', join(work, 'out.json'), ...files];

// `inner`: the task prints its in-process work time. `upTo`: the largest size it runs at (print,
// format and dhcpd -t are left out at 50 MB: dhcpd -t alone takes ~45 s there, it grows faster than linearly).
const TASKS = [
  {
    id: 'regex-floor',
    label: 'one sticky regex (floor)',
    cmd: (f) => [process.execPath, [task, 'regex-floor', f], taskEnv],
    inner: true,
  },
  { id: 'lex', label: 'dhcplint lexer only', cmd: (f) => [process.execPath, [task, 'lex', f], taskEnv], inner: true },
  { id: 'parse', label: 'dhcplint parse', cmd: (f) => [process.execPath, [task, 'parse', f], taskEnv], inner: true },
  {
    id: 'print',
    label: 'dhcplint print (after parse)',
    cmd: (f) => [process.execPath, [task, 'print', f], taskEnv],
    inner: true,
    upTo: '10MB',
  },
  {
    id: 'format',
    label: 'dhcplint format',
    cmd: (f) => [process.execPath, [task, 'format', f], taskEnv],
    inner: true,
    upTo: '10MB',
  },
  { id: 'lint', label: 'dhcplint full lint (CLI)', cmd: (f) => [process.execPath, lintArgs(f)] },
  ...(dhcpd
    ? [
        {
          id: 'dhcpd',
          label: 'dhcpd -t',
          cmd: (f) => [dhcpd, ['-t', '-4', '-q', '-cf', f, '-lf', join(work, 'leases'), '-pf', join(work, 'pid')]],
          upTo: '10MB',
        },
      ]
    : []),
];
/** Measured once per repetition, whatever the sizes: the fixed cost of a run. */
const FIXED_TASKS = [
  { id: 'node-start', label: '`node -e 0`', cmd: () => [process.execPath, ['-e', '0']] },
  {
    id: 'lint-empty',
    label: 'dhcplint full lint of an empty file (start-up)',
    cmd: () => [process.execPath, lintArgs(join(work, 'empty.conf'))],
  },
];
const sizeOrder = Object.keys(SIZES);
const runsAt = (t, size) => !t.upTo || sizeOrder.indexOf(size) <= sizeOrder.indexOf(t.upTo);

console.error(`Generating ${sizes.join(', ')} configs in ${work} …`);
const files = writeBenchFiles(work, sizes);
const pairSize = pairSizeOf(sizes);
const samples = {}; // key `${size}:${task}` (or `all:${task}`) → {wall:[], rss:[], inner:[]}
const add = (key, r, inner) => {
  const s = (samples[key] ??= { wall: [], rss: [], inner: [] });
  s.wall.push(r.wallMs);
  if (r.rssMb !== undefined) s.rss.push(r.rssMb);
  if (inner !== undefined) s.inner.push(inner);
};
const failures = [];
const measure = (key, t, file) => {
  const [cmd, args, env] = t.cmd(file);
  const r = run(cmd, args, env);
  // dhcplint exits 1 when it finds problems; the generated files must be clean, so 0 is expected.
  if (r.status !== 0) failures.push(`${key}: exit ${r.status} ${r.stderr.slice(0, 300)}`);
  let inner;
  if (t.inner) {
    try {
      inner = JSON.parse(r.stdout).ms;
    } catch {
      failures.push(`${key}: no result`);
    }
  }
  add(key, r, inner);
};

const started = Date.now();
const loadAtStart = loadAverage();
for (let rep = 1; rep <= reps; rep++) {
  console.error(`repetition ${rep}/${reps} (${Math.round((Date.now() - started) / 1000)} s)`);
  for (const t of FIXED_TASKS) measure(`all:${t.id}`, t);
  for (const size of sizes) {
    for (const t of TASKS) if (runsAt(t, size)) measure(`${size}:${t.id}`, t, files[size]);
    if (size === pairSize) {
      const r = run(process.execPath, lintArgs(...files.pair));
      if (r.status !== 0) failures.push(`${size}:pair: exit ${r.status} ${r.stderr.slice(0, 300)}`);
      add(`${size}:pair`, r);
    }
  }
}

const lsp = [];
if (!opts['no-lsp']) {
  for (const size of sizes.filter((s) => s === '2MB' || s === '10MB')) {
    console.error(`language server on ${size}`);
    try {
      lsp.push({ size, ...(await measureLspEdit(files[size], lspEdits, { server: build.server })) });
    } catch (e) {
      failures.push(`lsp edit on ${size}: ${e instanceof Error ? e.message : e}`);
    }
  }
}
// Requests during a burst of edits on a ~1 MB document: the shipped debounce, and none at all.
const lspBurst = [];
if (!opts['no-lsp'] && !quick) {
  for (const debounceMs of [undefined, 0]) {
    try {
      lspBurst.push(await measureLspBurst({ debounceMs, server: build.server }));
    } catch (e) {
      failures.push(`lsp burst (debounce ${debounceMs ?? 'default'}): ${e instanceof Error ? e.message : e}`);
    }
  }
}

const results = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  },
  dhcpd: dhcpd ? spawnSync(dhcpd, ['--version'], { encoding: 'utf8' }).stderr.trim() || 'installed' : null,
  repetitions: reps,
  quick,
  pairSize,
  files: Object.fromEntries(sizes.map((s) => [s, { bytes: statSync(files[s]).size, ...SIZES[s] }])),
  measurements: Object.fromEntries(
    Object.entries(samples).map(([k, s]) => [
      k,
      { wallMs: summary(s.wall), peakRssMb: summary(s.rss), workMs: summary(s.inner) },
    ]),
  ),
  // What each task row is, so that RESULTS.md can be rendered again from results.json (bench/render.mjs).
  tasks: [...FIXED_TASKS, ...TASKS].map(({ id, label, inner }) => ({ id, label, inner: !!inner })),
  lspEditToDiagnostics: lsp,
  lspEditBurst: lspBurst,
  failures,
};
results.targets = evaluateTargets(results);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeReport(results, outDir);
rmSync(work, { recursive: true, force: true });
console.error(
  `Wrote ${relative(process.cwd(), join(outDir, 'RESULTS.md')) || 'RESULTS.md'}, results.json, chart.svg, targets.svg (${results.durationS} s)`,
);
for (const t of results.targets)
  console.error(
    `  ${t.pass === undefined ? '–   ' : t.pass ? 'PASS' : 'MISS'} ${t.label}: ${t.value === undefined ? '–' : t.value.toFixed(2)} (limit ${t.limit})`,
  );
if (failures.length) {
  console.error(`Problems during the run:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

/** The 1-minute load average: how busy the shared machine was. */
function loadAverage() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}
