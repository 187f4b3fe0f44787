// Compatibility report: runs `dhcpd -t` and dhcplint (parser and linter) over every config in
// test-fixtures/ and ../shared/corpus/ (DHCPLINT_CORPUS overrides the corpus folder), and prints a
// one-line summary. The report, one row per file, is written only when asked: `--write` updates the
// tracked compat/REPORT.md (so a plain run never changes the tree), `--out FILE` writes it elsewhere.
// Exit 1 when a file dhcpd accepts has parser syntax errors, or a file dhcpd rejects gets no
// dhcplint error — unless the file is listed with its reason in compat/known-differences.tsv.
// Also: every accepted file, once formatted, must still be accepted by dhcpd; and generated
// broken variants (one mutation each) of the accepted files must each get a dhcplint error
// whenever dhcpd rejects them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { parse, format } from '../packages/parser/dist/index.js';
import { lintPaths } from '../packages/linter/dist/index.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const corpus = resolve(root, process.env.DHCPLINT_CORPUS ?? '../shared/corpus');
const trackedReport = join(root, 'compat/REPORT.md');

/** `--write` → the tracked report; `--out FILE` → FILE; neither → no report file. */
function reportPathFromArgs(args) {
  let out = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--write') out = trackedReport;
    else if (args[i] === '--out' && args[i + 1]) out = resolve(args[++i]);
    else {
      console.error(`compat: unknown argument '${args[i]}' (usage: npm run compat [-- --write | --out FILE])`);
      process.exit(2);
    }
  }
  return out;
}
const reportPath = reportPathFromArgs(process.argv.slice(2));
const hasCorpus = existsSync(join(corpus, 'INDEX.tsv'));
// The tracked report covers the corpus too: rewriting it from the fixtures alone would silently drop most of its rows.
if (reportPath === trackedReport && !hasCorpus) {
  console.error(`compat: --write needs the corpus, and ${corpus} is absent; use --out FILE for a report of the fixtures alone.`);
  process.exit(2);
}
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd) {
  console.error('compat: dhcpd is not installed (apt-get install isc-dhcp-server); cannot compare.');
  process.exit(2);
}
const known = new Map(
  readFileSync(join(root, 'compat/known-differences.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).map(([f, why]) => [f, why]),
);
const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-compat-'));
writeFileSync(join(tmp, 'x.leases'), '');

function runDhcpd(file, cwd) {
  const r = spawnSync(dhcpd, ['-t', '-4', '-cf', file, '-lf', join(tmp, 'x.leases'), '-pf', join(tmp, 'x.pid')], { cwd, encoding: 'utf8', timeout: 20000 });
  const out = `${r.stdout}${r.stderr}`;
  const first = out.split('\n').find((l) => /line \d+:|Can't open|ERROR|not in subnet|no longer supported|exiting|declared twice|overly large/.test(l) && !/^Configuration file errors/.test(l)) ?? '';
  // The temporary folder's name changes every run: leave it out, so the report changes only when a verdict does.
  return { ok: r.status === 0, status: r.status ?? r.signal, first: first.trim().replaceAll(`${tmp}/`, '') };
}

const files = [];
const walk = (d) => readdirSync(d).forEach((n) => { const p = join(d, n); statSync(p).isDirectory() ? walk(p) : /\.conf$/.test(n) && files.push({ name: relative(root, p), path: p, cwd: d }); });
walk(join(root, 'test-fixtures'));
if (hasCorpus) {
  for (const l of readFileSync(join(corpus, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [file, , , , kind] = l.split('\t');
    if (kind === 'leases' || kind === 'default') continue;
    files.push({ name: `corpus/${file}`, path: join(corpus, 'files', file), cwd: join(corpus, 'files') });
  }
} else console.error(`*** compat: ${corpus} absent — corpus files skipped ***`);
const corpusNote = hasCorpus ? '' : ' (corpus absent: test-fixtures only)';

/** One-mutation variants of a valid file: each a typical hand-editing mistake. */
function mutations(text) {
  const nth = (re) => [...text.matchAll(re)];
  const at = (list) => list[Math.floor(list.length / 2)];
  const out = [];
  const semi = at(nth(/;/g));
  if (semi) out.push(['missing-semicolon', text.slice(0, semi.index) + text.slice(semi.index + 1)]);
  const close = nth(/\}/g).pop();
  if (close) out.push(['missing-close-brace', text.slice(0, close.index) + text.slice(close.index + 1)]);
  const kw = at(nth(/\b(subnet|range|host|option|default-lease-time|pool)\b/g));
  if (kw) out.push(['misspelled-keyword', text.slice(0, kw.index) + kw[0] + 'x' + text.slice(kw.index + kw[0].length)]);
  const ip = at(nth(/\b(\d+\.\d+\.\d+\.)(\d+)\b/g));
  if (ip) out.push(['octet-out-of-range', text.slice(0, ip.index) + ip[1] + '300' + text.slice(ip.index + ip[0].length)]);
  const hy = at(nth(/\b[a-z]+-[a-z]+(?:-[a-z]+)*\b/g));
  if (hy) out.push(['unicode-hyphen', text.slice(0, hy.index) + hy[0].replace('-', '\u2010') + text.slice(hy.index + hy[0].length)]);
  out.push(['unknown-statement', `frobnicate-leases 10;\n${text}`]);
  const host = /host\s+[^\s{]+\s*\{[^{}]*\}/.exec(text);
  if (host) out.push(['duplicate-host', `${text}\n${host[0]}\n`]);
  return out;
}

const rows = [];
const formatRows = [];
const variantRows = [];
let failures = 0;
for (const f of files) {
  const d = runDhcpd(f.path, f.cwd);
  const text = readFileSync(f.path, 'utf8');
  if (d.ok) {
    const formatted = format(text);
    if (formatted !== text) {
      // Written beside the original so relative includes resolve the same way.
      const fp = join(f.cwd, `.dhcplint-compat-formatted-${process.pid}.conf`);
      writeFileSync(fp, formatted);
      const fd = runDhcpd(fp, f.cwd);
      rmSync(fp, { force: true });
      if (!fd.ok) failures++;
      formatRows.push({ file: f.name, verdict: fd.ok ? 'formatted file accepted' : `FORMATTED FILE REJECTED: ${fd.first}` });
    }
    if (!/\binclude\b/.test(text)) {
      for (const [kind, variant] of mutations(text)) {
        const vp = join(tmp, `variant.conf`);
        writeFileSync(vp, variant);
        const vd = runDhcpd(vp, tmp);
        const errs = lintPaths([vp]).diagnostics.filter((x) => x.severity === 'error');
        const verdict = !vd.ok && errs.length === 0 ? 'MISSED' : vd.ok && errs.length ? 'stricter' : 'agree';
        if (verdict === 'MISSED') failures++;
        variantRows.push({ file: `${f.name} [${kind}]`, dhcpd: vd.ok ? 'ok' : 'fail', dhcpdFirst: vd.first, ours: errs.length ? `${errs[0].ruleId}: ${errs[0].message}` : 'ok', verdict });
      }
    }
  }
  const syntax = parse(text).errors;
  const lint = lintPaths([f.path]).diagnostics.filter((x) => x.severity === 'error');
  const first = lint[0] ? `${lint[0].ruleId}: ${lint[0].message}` : '';
  let verdict = 'agree';
  if (d.ok && syntax.length) verdict = 'PARSER REJECTS VALID FILE';
  else if (!d.ok && lint.length === 0) verdict = 'MISSED';
  else if (d.ok && lint.length) verdict = 'stricter';
  const why = known.get(f.name);
  if ((verdict === 'PARSER REJECTS VALID FILE' || verdict === 'MISSED') && !why) failures++;
  rows.push({ file: f.name, dhcpd: d.ok ? 'ok' : `fail (${d.status})`, dhcpdFirst: d.first, ours: lint.length ? `${lint.length} error(s)` : 'ok', oursFirst: first, verdict: why ? `${verdict} (known: ${why})` : verdict, stricterRules: d.ok ? [...new Set(lint.map((x) => x.ruleId))].join(', ') : '' });
}
const esc = (s) => s.replace(/\|/g, '\\|').slice(0, 160);
const count = (v) => rows.filter((r) => r.verdict.startsWith(v)).length;
const md = `# Compatibility with dhcpd -t (ISC DHCP ${execFileSync(dhcpd, ['--version'], { encoding: 'utf8' }).trim() || '4.4.3'})

Generated by \`npm run compat\`. ${rows.length} configs: ${count('agree')} agree, ${count('stricter')} accepted by dhcpd but flagged by stricter rules, ${count('MISSED')} rejected by dhcpd and missed, ${count('PARSER')} valid files with parser errors.

| file | dhcpd | dhcpd's first message | dhcplint | dhcplint's first error | verdict | stricter rules |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.file} | ${r.dhcpd} | ${esc(r.dhcpdFirst)} | ${r.ours} | ${esc(r.oursFirst)} | ${r.verdict} | ${r.stricterRules} |`).join('\n')}

## Formatter: dhcpd still accepts every formatted file

${formatRows.length} accepted files changed when formatted; ${formatRows.filter((r) => r.verdict.startsWith('FORMATTED FILE REJECTED')).length} of them were rejected by dhcpd afterwards.

| file | verdict |
|---|---|
${formatRows.map((r) => `| ${r.file} | ${esc(r.verdict)} |`).join('\n')}

## Generated broken variants

One mutation each (a dropped ';', a dropped '}', a misspelled keyword, an octet over 255, a Unicode hyphen, an unknown statement, a duplicated host) of every accepted file without includes. ${variantRows.length} variants: ${variantRows.filter((r) => r.dhcpd === 'fail').length} rejected by dhcpd, ${variantRows.filter((r) => r.verdict === 'MISSED').length} of those missed by dhcplint; ${variantRows.filter((r) => r.verdict === 'stricter').length} accepted by dhcpd but flagged by dhcplint.

| variant | dhcpd | dhcpd's first message | dhcplint's first error | verdict |
|---|---|---|---|---|
${variantRows.map((r) => `| ${r.file} | ${r.dhcpd} | ${esc(r.dhcpdFirst)} | ${esc(r.ours)} | ${r.verdict} |`).join('\n')}
`;
if (reportPath) {
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, md);
  console.log(`compat: report written to ${relative(process.cwd(), reportPath) || reportPath}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`compat: ${rows.length} files${corpusNote}, ${count('agree')} agree, ${count('stricter')} stricter, ${count('MISSED')} missed, ${count('PARSER')} parser rejections; ${formatRows.length} formatted files re-checked; ${variantRows.length} broken variants, ${variantRows.filter((r) => r.verdict === 'MISSED').length} missed; unexplained disagreements: ${failures}`);
process.exit(failures ? 1 : 0);
