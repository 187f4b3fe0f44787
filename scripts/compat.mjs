// Compatibility report: runs `dhcpd -t` and dhcplint (parser and linter) over every config in
// test-fixtures/ and ../shared/corpus/ (DHCPLINT_CORPUS overrides the corpus folder), and prints a
// one-line summary. The report, one row per file, is written only when asked: `--write` updates the
// tracked compat/REPORT.md (so a plain run never changes the tree), `--out FILE` writes it elsewhere.
// Exit 1 when a file dhcpd accepts has parser syntax errors, or a file dhcpd rejects gets no
// dhcplint error — unless the file is listed with its reason in compat/known-differences.tsv.
// Also: every accepted file, once formatted, must still be accepted by dhcpd; and generated
// broken variants (one mutation each) of the accepted files must each get a dhcplint error
// whenever dhcpd rejects them.
// Fixes (issue #17): over the files and the variants, the text `--fix` would write must still be
// accepted by dhcpd when the input was; a fix of a rejected input must not write a line dhcpd
// rejects (one rejected construct turned into another, e.g. `host nbsp\u00a0x` into `host nbsp x`),
// nor leave a file that dhcpd still rejects while dhcplint passes it.
// Locations: over the files and variants dhcpd rejects, the line dhcpd names against the line of
// dhcplint's first error in that file; each disagreement is explained by a category of
// compat/locations.mjs (a documented better place, or a known dhcplint bug counted apart) or counts
// as unexplained, which fails the run (compat/LOCATIONS.md). Rule claims: scripts/rule-claims.mjs.
// Server roots (a folder holding etc/dhcp/dhcpd.conf): dhcpd runs on the main config with its
// absolute includes pointed into the root, as it would on that server; the root's other files
// are its includes, linted with it, and not judged alone.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { basename, dirname, join, resolve, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { parse, format } from '../packages/parser/dist/index.js';
import { allRuleMetas, applyFixes, addedSyntaxErrors, lintPaths } from '../packages/linter/dist/index.js';
import { checkClaims } from './rule-claims.mjs';
import { CATEGORIES as LOCATION_CATEGORIES, classifyLocation, countedErrors } from '../compat/locations.mjs';

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
  console.error(
    `compat: --write needs the corpus, and ${corpus} is absent; use --out FILE for a report of the fixtures alone.`,
  );
  process.exit(2);
}
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd) {
  console.error('compat: dhcpd is not installed (apt-get install isc-dhcp-server); cannot compare.');
  process.exit(2);
}
const known = new Map(
  readFileSync(join(root, 'compat/known-differences.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([f, why]) => [f, why]),
);
const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-compat-'));
writeFileSync(join(tmp, 'x.leases'), '');

/** The server root a file belongs to (the folder above etc/dhcp), or null. */
const serverRootOf = (path) => /^(.*)\/etc\/dhcp\/[^/]+$/.exec(path)?.[1] ?? null;

/**
 * dhcpd's verdict on a file; a server root's main config is run as that server would read it:
 * a copy beside it whose absolute includes point into the root.
 */
function runDhcpd(file, cwd) {
  const root = serverRootOf(file);
  if (!root) return runDhcpdOn(file, cwd);
  const text = readFileSync(file, 'utf8');
  const rooted = text.replace(/(\binclude\s+")\//g, `$1${root}/`);
  if (rooted === text) return runDhcpdOn(file, cwd);
  const copy = join(dirname(file), `.dhcplint-compat-root-${process.pid}.conf`);
  writeFileSync(copy, rooted);
  try {
    const d = runDhcpdOn(copy, cwd);
    return {
      ...d,
      first: d.first.replaceAll(copy, file).replaceAll(`${root}/`, '/'),
      line: d.line && { ...d.line, file: d.line.file === copy ? file : d.line.file },
    };
  } finally {
    rmSync(copy, { force: true });
  }
}

function runDhcpdOn(file, cwd) {
  const r = spawnSync(dhcpd, ['-t', '-4', '-cf', file, '-lf', join(tmp, 'x.leases'), '-pf', join(tmp, 'x.pid')], {
    cwd,
    encoding: 'utf8',
    timeout: 20000,
  });
  const out = `${r.stdout}${r.stderr}`;
  const first =
    out
      .split('\n')
      .find(
        (l) =>
          /line \d+:|Can't open|ERROR|not in subnet|no longer supported|exiting|declared twice|overly large/.test(l) &&
          !/^Configuration file errors/.test(l),
      ) ?? '';
  // The temporary folder's name changes every run: leave it out, so the report changes only when a verdict does.
  // The first message that names a line: where dhcpd stopped.
  const located = /^(.*?) line (\d+):/m.exec(out);
  const line = located ? { file: resolve(cwd, located[1]), line: Number(located[2]) } : null;
  return { ok: r.status === 0, status: r.status ?? r.signal, first: first.trim().replaceAll(`${tmp}/`, ''), line };
}

/**
 * dhcpd's named line against dhcplint's first error in that file: 'same', 'no line', a category
 * of compat/locations.mjs, or 'unexplained'. Only errors of rules that model what dhcpd refuses
 * while it reads count. `text` is the source of `path`; dhcpd may name one of its includes instead.
 */
function locationVerdict(d, allErrors, path, text) {
  if (!d.line) return { verdict: 'no line' };
  const errors = countedErrors(allErrors, allRuleMetas);
  const inFile = errors.filter((e) => e.uri === d.line.file || e.uri.endsWith(`/${relative(root, d.line.file)}`));
  const source = d.line.file === path ? text : existsSync(d.line.file) ? readFileSync(d.line.file, 'utf8') : '';
  // dhcpd runs in the file's folder, so an include's relative name resolves from there.
  const includeHasErrors = (name) => errors.some((e) => e.uri === resolve(dirname(d.line.file), name));
  const { verdict, ours } = classifyLocation({
    text: source,
    dhcpdLine: d.line.line,
    errors: inFile,
    includeHasErrors,
  });
  return { verdict, dhcpdLine: d.line.line, ours };
}

/**
 * What `--fix` would write for `path` (the fixes of its own diagnostics, refused like the CLI
 * refuses them when they add a syntax error), or null when nothing changes.
 */
function fixedText(path, text, diagnostics) {
  const own = diagnostics.filter((x) => x.fix && x.uri === path);
  if (!own.length) return null;
  const out = applyFixes(text, own).text;
  if (out === text || addedSyntaxErrors(text, out).length) return null;
  return { text: out, edited: editedLines(text, own) };
}

/**
 * The 1-based lines of the fixed text that the fixes wrote, each with the input lines the edit
 * replaced, found by applying them as applyFixes does (each edit once, in source order, one
 * overlapping an earlier edit skipped).
 */
function editedLines(text, diagnostics) {
  const seen = new Set();
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((f) => {
      const key = `${f.span.start}:${f.span.end}:${f.text}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const lineAt = (s, offset) => s.slice(0, offset).split('\n').length;
  const lines = new Map();
  let out = '';
  let pos = 0;
  for (const f of fixes) {
    if (f.span.start < pos || f.span.end > text.length) continue;
    out += text.slice(pos, f.span.start);
    const first = out.split('\n').length;
    out += f.text;
    const replaced = new Set();
    for (let l = lineAt(text, f.span.start); l <= lineAt(text, f.span.end); l++) replaced.add(l);
    for (let l = first; l <= out.split('\n').length; l++) lines.set(l, new Set([...(lines.get(l) ?? []), ...replaced]));
    pos = f.span.end;
  }
  return lines;
}

/**
 * Whether the line dhcpd rejects in the fixed text keeps an error the input already had there
 * without a fix (same rule, same message): a problem the fixes did not address, such as a quoted
 * peer name that is still undeclared. Any other rejected line is the fixes' own work.
 */
function keepsUnfixedError(path, diagnostics, inputLines, fixedPath, outLine) {
  const key = (x) => `${x.ruleId}\0${x.message}`;
  const before = new Set(
    diagnostics
      .filter((x) => x.uri === path && x.severity === 'error' && !x.fix && inputLines.has(x.range.start.line + 1))
      .map(key),
  );
  if (!before.size) return false;
  return lintPaths([fixedPath]).diagnostics.some(
    (x) => x.uri === fixedPath && x.severity === 'error' && x.range.start.line + 1 === outLine && before.has(key(x)),
  );
}

/** Runs dhcpd (and, when needed, dhcplint) on the fixed text; a row when something changed. */
function checkFix(name, path, cwd, text, diagnostics, inputOk) {
  const fixed = fixedText(path, text, diagnostics);
  if (fixed === null) return null;
  const fp = join(cwd, `.dhcplint-compat-fixed-${process.pid}.conf`);
  writeFileSync(fp, fixed.text);
  try {
    const fd = runDhcpdOn(fp, cwd);
    let verdict = fd.ok ? 'accepted' : 'still rejected, still flagged';
    if (inputOk && !fd.ok)
      verdict = `FIX BREAKS AN ACCEPTED FILE: ${fd.first.replaceAll(fp, name).replaceAll(basename(fp), name)}`;
    // A rejected input may stay rejected for a problem the fixes did not touch, not on a line they
    // wrote — unless that line keeps an error the input had there without a fix.
    else if (
      !fd.ok &&
      fd.line?.file === fp &&
      fixed.edited.has(fd.line.line) &&
      !keepsUnfixedError(path, diagnostics, fixed.edited.get(fd.line.line), fp, fd.line.line)
    ) {
      verdict = `FIX WRITES A REJECTED CONSTRUCT: ${fd.first.replaceAll(fp, name).replaceAll(basename(fp), name)}`;
    } else if (!inputOk && !fd.ok && !lintPaths([fp]).diagnostics.some((x) => x.severity === 'error'))
      verdict = `FIX HIDES A REJECTION: ${fd.first.replaceAll(fp, name).replaceAll(basename(fp), name)}`;
    return { file: name, input: inputOk ? 'accepted' : 'rejected', verdict };
  } finally {
    rmSync(fp, { force: true });
  }
}

const files = [];
const walk = (d) =>
  readdirSync(d).forEach((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.conf$/.test(n)) files.push({ name: relative(root, p), path: p, cwd: d });
  });
walk(join(root, 'test-fixtures'));
// A server root's other files are its includes: linted with the root, not judged alone.
const rootIncludes = files.filter((f) => serverRootOf(f.path) && !f.path.endsWith('/etc/dhcp/dhcpd.conf'));
files.splice(0, files.length, ...files.filter((f) => !rootIncludes.includes(f)));
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
  if (ip)
    out.push(['octet-out-of-range', text.slice(0, ip.index) + ip[1] + '300' + text.slice(ip.index + ip[0].length)]);
  const hy = at(nth(/\b[a-z]+-[a-z]+(?:-[a-z]+)*\b/g));
  if (hy)
    out.push([
      'unicode-hyphen',
      text.slice(0, hy.index) + hy[0].replace('-', '\u2010') + text.slice(hy.index + hy[0].length),
    ]);
  out.push(['unknown-statement', `frobnicate-leases 10;\n${text}`]);
  // A template tag left in a config rendered by hand (ERB, Jinja): dhcpd stops at its '<'.
  out.push(['template-tag', `<% if @authoritative %>\n${text}`]);
  const host = /host\s+[^\s{]+\s*\{[^{}]*\}/.exec(text);
  if (host) out.push(['duplicate-host', `${text}\n${host[0]}\n`]);
  // U+00A0 (a non-breaking space) pasted from a web page or a word processor: inside a host name
  // (dhcpd refuses it; writing a blank there instead makes `host nbsp x`, refused too), between a
  // lease time and its number, and also as a thousands separator in the number (typeset French).
  const hostName = /\bhost\s+([A-Za-z0-9][\w.-]*[A-Za-z0-9])\s*\{/.exec(text);
  if (hostName) {
    const at = hostName.index + hostName[0].indexOf(hostName[1]) + Math.ceil(hostName[1].length / 2);
    out.push(['nbsp-in-host-name', text.slice(0, at) + '\u00a0' + text.slice(at)]);
  }
  const leaseTime = /\b((?:default|max|min)-lease-time)[ \t]+(\d+)/.exec(text);
  if (leaseTime) {
    const [whole, keyword, value] = leaseTime;
    const splice = (replacement) =>
      text.slice(0, leaseTime.index) + replacement + text.slice(leaseTime.index + whole.length);
    out.push(['nbsp-after-keyword', splice(`${keyword}\u00a0${value}`)]);
    const cut = value.length > 3 ? value.length - 3 : Math.ceil(value.length / 2);
    if (value.length > 1)
      out.push(['nbsp-thousands', splice(`${keyword}\u00a0${value.slice(0, cut)}\u00a0${value.slice(cut)}`)]);
  }
  return out;
}

const rows = [];
const formatRows = [];
const variantRows = [];
const fixRows = [];
const locationRows = [];
let failures = 0;
const noteFix = (row) => {
  if (!row) return;
  fixRows.push(row);
  if (row.verdict.startsWith('FIX')) failures++;
};
const noteLocation = (name, d, errors, path, text) => {
  if (d.ok) return;
  const row = { file: name, ...locationVerdict(d, errors, path, text) };
  if (row.verdict === 'unexplained') failures++;
  locationRows.push(row);
};
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
      formatRows.push({
        file: f.name,
        verdict: fd.ok ? 'formatted file accepted' : `FORMATTED FILE REJECTED: ${fd.first}`,
      });
    }
    if (!/\binclude\b/.test(text)) {
      for (const [kind, variant] of mutations(text)) {
        const vp = join(tmp, `variant.conf`);
        writeFileSync(vp, variant);
        const vd = runDhcpd(vp, tmp);
        const vdiags = lintPaths([vp]).diagnostics;
        const errs = vdiags.filter((x) => x.severity === 'error');
        noteFix(checkFix(`${f.name} [${kind}]`, vp, tmp, variant, vdiags, vd.ok));
        noteLocation(`${f.name} [${kind}]`, vd, errs, vp, variant);
        const verdict = !vd.ok && errs.length === 0 ? 'MISSED' : vd.ok && errs.length ? 'stricter' : 'agree';
        if (verdict === 'MISSED') failures++;
        variantRows.push({
          file: `${f.name} [${kind}]`,
          dhcpd: vd.ok ? 'ok' : 'fail',
          dhcpdFirst: vd.first,
          ours: errs.length ? `${errs[0].ruleId}: ${errs[0].message}` : 'ok',
          verdict,
        });
      }
    }
  }
  const syntax = parse(text).errors;
  const diagnostics = lintPaths([f.path]).diagnostics;
  const lint = diagnostics.filter((x) => x.severity === 'error');
  noteFix(checkFix(f.name, f.path, f.cwd, text, diagnostics, d.ok));
  noteLocation(f.name, d, lint, f.path, text);
  const first = lint[0] ? `${lint[0].ruleId}: ${lint[0].message}` : '';
  let verdict = 'agree';
  if (d.ok && syntax.length) verdict = 'PARSER REJECTS VALID FILE';
  else if (!d.ok && lint.length === 0) verdict = 'MISSED';
  else if (d.ok && lint.length) verdict = 'stricter';
  const why = known.get(f.name);
  if ((verdict === 'PARSER REJECTS VALID FILE' || verdict === 'MISSED') && !why) failures++;
  rows.push({
    file: f.name,
    dhcpd: d.ok ? 'ok' : `fail (${d.status})`,
    dhcpdFirst: d.first,
    ours: lint.length ? `${lint.length} error(s)` : 'ok',
    oursFirst: first,
    verdict: why ? `${verdict} (known: ${why})` : verdict,
    stricterRules: d.ok ? [...new Set(lint.map((x) => x.ruleId))].join(', ') : '',
  });
}
const esc = (s) => s.replace(/\|/g, '\\|').slice(0, 160);
const fixBroke = fixRows.filter((r) => r.verdict.startsWith('FIX BREAKS')).length;
const fixHid = fixRows.filter((r) => r.verdict.startsWith('FIX HIDES')).length;
const fixWroteRejected = fixRows.filter((r) => r.verdict.startsWith('FIX WRITES')).length;
const locSame = locationRows.filter((r) => r.verdict === 'same').length;
const locNone = locationRows.filter((r) => r.verdict === 'no line').length;
const locCount = (verdict) => locationRows.filter((r) => r.verdict === verdict).length;
const locBetter = LOCATION_CATEGORIES.filter((c) => c.kind === 'better-place').reduce((n, c) => n + locCount(c.id), 0);
const locKnownBugs = LOCATION_CATEGORIES.filter((c) => c.kind === 'known-bug').reduce((n, c) => n + locCount(c.id), 0);
const locUnexplained = locCount('unexplained');
const claims = checkClaims();
const claimsWrong = claims.filter((r) => r.problems.length).length;
failures += claimsWrong;
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

One mutation each (a dropped ';', a dropped '}', a misspelled keyword, an octet over 255, a Unicode hyphen, an unknown statement, a template tag left in (<% … %>), a duplicated host, a non-breaking space U+00A0 inside a host name, after a lease time's keyword, or after the keyword and inside the number as a thousands separator) of every accepted file without includes. ${variantRows.length} variants: ${variantRows.filter((r) => r.dhcpd === 'fail').length} rejected by dhcpd, ${variantRows.filter((r) => r.verdict === 'MISSED').length} of those missed by dhcplint; ${variantRows.filter((r) => r.verdict === 'stricter').length} accepted by dhcpd but flagged by dhcplint.

| variant | dhcpd | dhcpd's first message | dhcplint's first error | verdict |
|---|---|---|---|---|
${variantRows.map((r) => `| ${r.file} | ${r.dhcpd} | ${esc(r.dhcpdFirst)} | ${esc(r.ours)} | ${r.verdict} |`).join('\n')}

## Fixes: what \`--fix\` writes, run through dhcpd

Over the files and the variants above, ${fixRows.length} inputs had fixes. ${fixBroke} fixed files dhcpd rejects although it accepted the input; ${fixHid} fixes of rejected inputs left a file dhcpd still rejects and dhcplint passes; ${fixWroteRejected} fixes wrote a line dhcpd rejects (a rejected construct turned into another).

| input | dhcpd on the input | dhcpd (and dhcplint) on the fixed text |
|---|---|---|
${fixRows.map((r) => `| ${r.file} | ${r.input} | ${esc(r.verdict)} |`).join('\n')}

## Locations: dhcpd's line against dhcplint's first error

Over the ${locationRows.length} files and variants dhcpd rejects: ${locSame} with dhcplint's first error on the line dhcpd names, ${locBetter} on a documented better place, ${locKnownBugs} known dhcplint bugs, ${locUnexplained} unexplained; ${locNone} where dhcpd names no line (start-up checks, missing includes). Only errors of rules modelling what dhcpd refuses while reading count (not stricter rules, not start-up checks such as failover-peer-unused). Each category is a predicate over the source and the two positions (compat/locations.mjs, described in compat/LOCATIONS.md); an unexplained disagreement fails the run.

| category | kind | files | why the lines differ |
|---|---|---|---|
| same | agreement | ${locSame} | dhcplint's first error is on the line dhcpd names |
${LOCATION_CATEGORIES.map((c) => `| ${c.id} | ${c.kind} | ${locCount(c.id)} | ${c.reason.replace(/\|/g, '\\|')} |`).join('\n')}
| unexplained | failure | ${locUnexplained} | none of the above |

| file | dhcpd's line | dhcplint's first error line | verdict |
|---|---|---|---|
${locationRows
  .filter((r) => r.verdict !== 'same' && r.verdict !== 'no line')
  .map((r) => `| ${r.file} | ${r.dhcpdLine} | ${r.ours ?? 'none in that file'} | ${r.verdict} |`)
  .join('\n')}

## Rule claims: each rule's incorrect example through dhcpd -t

${claims.length} rules; ${claims.filter((r) => r.dhcpd !== 'not run').length} examples run through dhcpd; ${claimsWrong} wrong claims (see scripts/rule-claims.mjs).

| rule | claim | severity | dhcpd on the incorrect example | problems |
|---|---|---|---|---|
${claims.map((r) => `| ${r.id} | ${r.claim}${r.stricter ? ' (stricter)' : ''} | ${r.severity} | ${r.dhcpd} | ${esc(r.problems.join('; '))} |`).join('\n')}
`;
if (reportPath) {
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, md);
  console.log(`compat: report written to ${relative(process.cwd(), reportPath) || reportPath}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(
  `compat: ${rows.length} files${corpusNote} (+${rootIncludes.length} server-root includes checked with their root), ${count('agree')} agree, ${count('stricter')} stricter, ${count('MISSED')} missed, ${count('PARSER')} parser rejections; ${formatRows.length} formatted files re-checked; ${variantRows.length} broken variants, ${variantRows.filter((r) => r.verdict === 'MISSED').length} missed; fixes: ${fixRows.length} fixed inputs, ${fixBroke} broke an accepted file, ${fixHid} hid a rejection, ${fixWroteRejected} wrote a rejected construct; locations: ${locSame}/${locationRows.length - locNone} rejected files with dhcplint's first error on dhcpd's line, ${locBetter} on a documented better place, ${locKnownBugs} known bugs, ${locUnexplained} unexplained (${locNone} without a line); rule claims: ${claimsWrong} wrong of ${claims.length}; unexplained disagreements: ${failures}`,
);
process.exit(failures ? 1 : 0);
