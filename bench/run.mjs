#!/usr/bin/env node
// `npm run bench`: generates configs of ~100 KB, 2 MB and 10 MB (plus a failover pair of the
// largest), then times dhcplint and `dhcpd -t` on them in the same run, interleaved, several
// repetitions each, every measurement in a fresh process (wall time and peak RSS).
// Writes bench/results.json, bench/RESULTS.md and bench/chart.svg.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SIZES, writeBenchFiles } from './generate.mjs';
import { measureLspEdit } from './lsp-edit.mjs';
import { measureLspBurst } from './lsp-burst.mjs';
import { renderChart } from './chart.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: Object.keys(SIZES).join(',') },
    reps: { type: 'string', default: '5' },
    out: { type: 'string', default: here },
    'no-lsp': { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes.split(',').filter((s) => s in SIZES);
const reps = Math.max(1, Number(opts.reps) || 1);
const outDir = opts.out;
const work = join(tmpdir(), `dhcplint-bench-${process.pid}`);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
const cli = join(root, 'packages/linter/bin/dhcplint.js');
const task = join(here, 'task.mjs');

/** Runs a command, returning wall ms, peak RSS in MB (when /usr/bin/time is there) and its output. */
function run(cmd, args) {
  const rssFile = join(work, 'rss');
  const argv = timeBin ? [timeBin, '-f', '%M', '-o', rssFile, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMb = timeBin && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { wallMs, rssMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TASKS = [
  { id: 'regex-floor', label: 'one sticky regex (floor)', cmd: (f) => [process.execPath, [task, 'regex-floor', f]] },
  { id: 'lex', label: 'dhcplint lexer only', cmd: (f) => [process.execPath, [task, 'lex', f]] },
  { id: 'parse', label: 'dhcplint parse', cmd: (f) => [process.execPath, [task, 'parse', f]] },
  { id: 'print', label: 'dhcplint print (after parse)', cmd: (f) => [process.execPath, [task, 'print', f]] },
  { id: 'format', label: 'dhcplint format', cmd: (f) => [process.execPath, [task, 'format', f]] },
  { id: 'lint', label: 'dhcplint full lint (CLI)', cmd: (f) => [process.execPath, [cli, '--format', 'json', '--output', join(work, 'out.json'), f]], cli: true },
  ...(dhcpd ? [{ id: 'dhcpd', label: 'dhcpd -t', cmd: (f) => [dhcpd, ['-t', '-4', '-q', '-cf', f, '-lf', join(work, 'leases'), '-pf', join(work, 'pid')]] }] : []),
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : undefined);

mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'leases'), '');
console.error(`Generating ${sizes.join(', ')} configs in ${work} …`);
const files = writeBenchFiles(work, sizes);
const samples = {}; // key `${size}:${task}` → {wall:[], rss:[], inner:[]}
const add = (key, r, inner) => {
  const s = (samples[key] ??= { wall: [], rss: [], inner: [] });
  s.wall.push(r.wallMs);
  if (r.rssMb !== undefined) s.rss.push(r.rssMb);
  if (inner !== undefined) s.inner.push(inner);
};
const failures = [];

for (let rep = 1; rep <= reps; rep++) {
  console.error(`repetition ${rep}/${reps}`);
  for (const size of sizes) {
    for (const t of TASKS) {
      const [cmd, args] = t.cmd(files[size]);
      const r = run(cmd, args);
      // dhcplint exits 1 when it finds problems; the generated files must be clean, so 0 is expected.
      if (r.status !== 0) failures.push(`${t.id} on ${size}: exit ${r.status} ${r.stderr.slice(0, 300)}`);
      let inner;
      if (!t.cli && t.id !== 'dhcpd') {
        try {
          inner = JSON.parse(r.stdout).ms;
        } catch {
          failures.push(`${t.id} on ${size}: no result`);
        }
      }
      add(`${size}:${t.id}`, r, inner);
    }
    if (size === sizes[sizes.length - 1]) {
      const [a, b] = files.pair;
      add(`${size}:pair`, run(process.execPath, [cli, '--format', 'json', '--output', join(work, 'out.json'), a, b]));
    }
  }
}

const lsp = [];
if (!opts['no-lsp']) {
  for (const size of sizes.filter((s) => s !== '100KB')) {
    try {
      lsp.push({ size, ...(await measureLspEdit(files[size], 21)) });
    } catch (e) {
      failures.push(`lsp edit on ${size}: ${e instanceof Error ? e.message : e}`);
    }
  }
}
// Requests during a burst of edits on a ~1 MB document: the shipped debounce, and none at all.
const lspBurst = [];
if (!opts['no-lsp']) {
  for (const debounceMs of [undefined, 0]) {
    try {
      lspBurst.push(await measureLspBurst({ debounceMs }));
    } catch (e) {
      failures.push(`lsp burst (debounce ${debounceMs ?? 'default'}): ${e instanceof Error ? e.message : e}`);
    }
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` },
  dhcpd: dhcpd ? spawnSync(dhcpd, ['--version'], { encoding: 'utf8' }).stderr.trim() || 'installed' : null,
  repetitions: reps,
  files: Object.fromEntries(sizes.map((s) => [s, { bytes: statSync(files[s]).size, ...SIZES[s] }])),
  measurements: Object.fromEntries(
    Object.entries(samples).map(([k, s]) => [k, { wallMs: summary(s.wall), peakRssMb: summary(s.rss), workMs: summary(s.inner) }]),
  ),
  lspEditToDiagnostics: lsp,
  lspEditBurst: lspBurst,
  failures,
};
const med = (size, id) => results.measurements[`${size}:${id}`]?.wallMs?.median;
const largest = sizes[sizes.length - 1];
results.ratios = {
  size: largest,
  dhcpdOverLint: med(largest, 'dhcpd') && med(largest, 'lint') ? med(largest, 'dhcpd') / med(largest, 'lint') : null,
  lintOverLexFloor: med(largest, 'lint') / med(largest, 'lex'),
  lintOverRegexFloor: med(largest, 'lint') / med(largest, 'regex-floor'),
  pairOverLint: med(largest, 'pair') / med(largest, 'lint'),
  lintPeakRssOverDhcpd: results.measurements[`${largest}:dhcpd`]?.peakRssMb ? results.measurements[`${largest}:lint`].peakRssMb.median / results.measurements[`${largest}:dhcpd`].peakRssMb.median : null,
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(outDir, 'chart.svg'), renderChart(results, sizes));
writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(results, sizes));
rmSync(work, { recursive: true, force: true });
console.error(`Wrote ${relative(process.cwd(), join(outDir, 'RESULTS.md')) || 'RESULTS.md'}, results.json, chart.svg`);
if (failures.length) {
  console.error(`Problems during the run:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

function renderMarkdown(r, sizeList) {
  const f = (x, d = 0) => (x === undefined || x === null ? '–' : x.toFixed(d));
  const lines = [
    '# dhcplint benchmark results',
    '',
    `Generated by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GiB, Node ${r.machine.node}, ${r.machine.platform}; ${r.dhcpd ?? 'dhcpd not installed'}.`,
    `Every number is a fresh process (wall time including Node start-up; peak RSS from /usr/bin/time), ${r.repetitions} interleaved repetitions, median with [min–max].`,
    '',
    '| file | bytes | subnets | hosts |',
    '|---|---:|---:|---:|',
    ...sizeList.map((s) => `| ${s} | ${r.files[s].bytes.toLocaleString('en')} | ${r.files[s].subnets} | ${r.files[s].subnets * r.files[s].hostsPerSubnet} |`),
    '',
    '## Time (ms, wall) and peak memory (MB)',
    '',
    `| task | ${sizeList.map((s) => `${s} ms`).join(' | ')} | ${sizeList.map((s) => `${s} MB`).join(' | ')} |`,
    `|---|${sizeList.map(() => '---:').join('|')}|${sizeList.map(() => '---:').join('|')}|`,
  ];
  for (const t of [...TASKS, { id: 'pair', label: 'dhcplint pair check (two files, CLI)' }]) {
    const cells = sizeList.map((s) => {
      const m = r.measurements[`${s}:${t.id}`]?.wallMs;
      return m ? `${f(m.median)} [${f(m.min)}–${f(m.max)}]` : '–';
    });
    const mem = sizeList.map((s) => f(r.measurements[`${s}:${t.id}`]?.peakRssMb?.median));
    lines.push(`| ${t.label} | ${cells.join(' | ')} | ${mem.join(' | ')} |`);
  }
  lines.push('', 'In-process work time (ms, median; excludes Node start-up and module loading):', '');
  for (const t of TASKS.filter((x) => !x.cli && x.id !== 'dhcpd')) lines.push(`- ${t.label}: ${sizeList.map((s) => `${s} ${f(r.measurements[`${s}:${t.id}`]?.workMs?.median)}`).join(', ')}`);
  const ra = r.ratios;
  lines.push(
    '',
    `## Ratios on ${ra.size}`,
    '',
    `- \`dhcpd -t\` time / dhcplint full lint time: **${f(ra.dhcpdOverLint, 2)}×** (target ≥ 5×)`,
    `- dhcplint peak RSS / dhcpd peak RSS: **${f(ra.lintPeakRssOverDhcpd, 2)}** (target ≤ 1)`,
    `- pair check / single lint: **${f(ra.pairOverLint, 2)}** (target < 2)`,
    `- full lint / lexer-only process: ${f(ra.lintOverLexFloor, 1)}×; full lint / one-regex floor process: ${f(ra.lintOverRegexFloor, 1)}×`,
    '',
    '## Linearity',
    '',
    'Work time per MB of input (a flat row means cost grows linearly with size):',
    '',
    `| task | ${sizeList.join(' | ')} |`,
    `|---|${sizeList.map(() => '---:').join('|')}|`,
  );
  for (const id of ['lex', 'parse', 'format']) {
    lines.push(`| ${id} | ${sizeList.map((s) => f(r.measurements[`${s}:${id}`]?.workMs?.median / (r.files[s].bytes / 1e6), 1)).join(' | ')} |`);
  }
  lines.push(`| lint (wall) | ${sizeList.map((s) => f(r.measurements[`${s}:lint`]?.wallMs?.median / (r.files[s].bytes / 1e6), 1)).join(' | ')} |`);
  lines.push(`| dhcpd -t (wall) | ${sizeList.map((s) => f(r.measurements[`${s}:dhcpd`]?.wallMs?.median / (r.files[s].bytes / 1e6), 1)).join(' | ')} |`);
  lines.push('', '![time vs size](chart.svg)', '', '## Language server: edit → fresh diagnostics', '');
  if (r.lspEditToDiagnostics.length) {
    lines.push('Time from sending `didChange` (one-character edit) to receiving `publishDiagnostics` for that version, debounce set to 0:', '');
    for (const l of r.lspEditToDiagnostics) {
      const m = l.middleOfFile;
      lines.push(`- ${l.size}: edit on the first line (every statement after it moves): median ${f(l.median)} ms [${f(l.min)}–${f(l.max)}] over ${l.n} edits; edit in the middle: median ${f(m?.median)} ms [${f(m?.min)}–${f(m?.max)}] over ${m?.n ?? 0} edits; the first edit after opening ${f(l.firstEditMs)} ms; opening ${f(l.openMs)} ms`);
    }
    lines.push(
      '',
      'Responsiveness during those checks: hover requests sent one after another from the moment each check started until its diagnostics arrived (the check runs in ~20 ms slices and answers requests between them):',
      '',
      '| file | hovers answered during checks | median ms | p95 ms | max ms |',
      '|---|---:|---:|---:|---:|',
    );
    for (const l of r.lspEditToDiagnostics) {
      const h = l.hoverDuringCheck ?? { n: 0 };
      lines.push(`| ${l.size} | ${h.n} | ${f(h.median)} | ${f(h.p95)} | ${f(h.max)} |`);
    }
  } else lines.push('Not measured in this run.');
  lines.push('', '## Language server: requests during a burst of edits', '');
  if (r.lspEditBurst?.length) {
    lines.push(
      'A ~1 MB document, a one-character edit every ~10 ms for 2 s (spread over the file), a hover every 50 ms and a completion every 50 ms meanwhile (`bench/lsp-burst.mjs`, runs alone too). Latency of every request sent during the burst, and the time from the last edit to its diagnostics:',
      '',
      '| debounce | edits sent | hover median / p95 / max ms | completion median / p95 / max ms | last edit → diagnostics ms |',
      '|---|---:|---:|---:|---:|',
    );
    const t = (h) => (h?.n ? `${f(h.median)} / ${f(h.p95)} / ${f(h.max)} (${h.n})` : '–');
    for (const b of r.lspEditBurst) lines.push(`| ${b.debounceMs === 'default' ? 'default (150 ms)' : `${b.debounceMs} ms`} | ${b.edits} | ${t(b.hover)} | ${t(b.completion)} | ${f(b.diagnosticsAfterLastEditMs)} |`);
  } else lines.push('Not measured in this run.');
  if (r.failures.length) lines.push('', '## Problems during the run', '', ...r.failures.map((x) => `- ${x}`));
  const history = join(here, 'history.md');
  if (existsSync(history)) lines.push('', readFileSync(history, 'utf8').trim());
  return lines.join('\n') + '\n';
}
