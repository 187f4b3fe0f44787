// Message-coverage matrix (issue #17): every config-time message of dhcpd, its fixture, what dhcpd
// says about that fixture and what dhcplint says about it.
//
// Reads every compat/messages/classification-*.tsv (columns: file line function kind message
// reachable reason fixture note), runs the real `dhcpd -t -4` on the fixture of each reachable row
// (cwd = the fixture's folder, so relative includes resolve as dhcpd resolves them), checks that
// dhcpd's output contains the row's message, takes the line dhcpd names, lints the same fixture
// with the built linter, and classifies the row:
//   same-line       dhcplint flags dhcpd's line
//   other-line      dhcplint flags the file, elsewhere (or dhcpd names no line)
//   missed          dhcplint flags nothing
//   not-reproduced  no fixture, or dhcpd's output lacks the message
//   unreachable     the row is classified unreachable from `dhcpd -t -4`
// "Flags" means an error when dhcpd rejects the fixture; when dhcpd accepts it (a logged warning),
// a warning or an error counts, and the matrix shows the severity.
//
//   node scripts/messages-matrix.mjs            summary + comparison with compat/messages/matrix.json
//   node scripts/messages-matrix.mjs --write    (re)writes compat/messages/MATRIX.md and matrix.json
//
// Without --write it exits 1 when a row that was same-line/other-line in the checked-in matrix is
// now missed, or a fixture that reproduced its message no longer does.
//
// A message built at run time is described in parentheses in the TSV; give such a row a note
// `match=REGEX` (a JavaScript regular expression, up to the next ';' or the end of the note) to say
// what dhcpd's output must contain. A `match=` note overrides the format string for any row.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { allRuleMetas, lintPaths } from '../packages/linter/dist/index.js';
import { classifyLocation, countedErrors } from '../compat/locations.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const messagesDir = join(root, 'compat/messages');
const matrixJson = join(messagesDir, 'matrix.json');
const matrixMd = join(messagesDir, 'MATRIX.md');
const write = process.argv.includes('--write');
const DHCPD_TIMEOUT_MS = 20000;
const COLUMNS = ['file', 'line', 'function', 'kind', 'message', 'reachable', 'reason', 'fixture', 'note'];

const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd) {
  console.error('messages-matrix: dhcpd is not installed (apt-get install isc-dhcp-server); cannot build the matrix.');
  process.exit(2);
}

/** Rows of every part's classification file, in source order. */
function readClassifications() {
  const files = existsSync(messagesDir)
    ? readdirSync(messagesDir)
        .filter((n) => /^classification-.+\.tsv$/.test(n))
        .sort()
    : [];
  const rows = [];
  for (const name of files) {
    const lines = readFileSync(join(messagesDir, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    const header = lines.shift()?.split('\t') ?? [];
    const missing = COLUMNS.filter((c) => c !== 'note' && !header.includes(c));
    if (missing.length) throw new Error(`${name}: header lacks ${missing.join(', ')}`);
    for (const [i, line] of lines.entries()) {
      const cells = line.split('\t');
      const row = Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
      if (row.reachable !== 'yes' && row.reachable !== 'no')
        throw new Error(`${name}:${i + 2}: reachable must be yes or no, got "${row.reachable}"`);
      rows.push({ ...row, line: Number(row.line), part: name.replace(/^classification-|\.tsv$/g, '') });
    }
  }
  return rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The regular expression a row's message must match in dhcpd's output. printf conversions match
 * anything (non-greedy); C string escapes (\" \\) are undone first; runs of spaces match any
 * spacing, since the TSV joins continued C string literals.
 */
function messagePattern(row) {
  const explicit = /(?:^|;)\s*match=([^;]+)/.exec(row.note ?? '');
  if (explicit) return new RegExp(explicit[1].trim());
  const text = row.message.replace(/\\(["\\])/g, '$1');
  if (/^\(.*\)$/.test(text)) return null; // built at run time and no match= note: any located message
  const parts = text.split(/(%%|%[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z)?[sdiouxXcpfegm])/);
  const source = parts
    .map((p, i) => (i % 2 === 0 ? escapeRegExp(p).replace(/ +/g, '\\s*') : p === '%%' ? '%' : '[\\s\\S]*?'))
    .join('');
  return new RegExp(source);
}

/** dhcpd's location forms: `FILE line N: ...` (parse_warn) and `FILE:N: ...`. */
function locationOf(outputLine) {
  const m = /^(\S+?)(?: line |:)(\d+):/.exec(outputLine);
  return m ? { file: m[1], line: Number(m[2]) } : null;
}

const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-messages-'));
const leases = join(tmp, 'x.leases');
writeFileSync(leases, '');
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const dhcpdRuns = new Map();
/** One dhcpd run per fixture (rows may share one); the temporary folder is scrubbed from the output. */
function runDhcpd(fixtureAbs) {
  if (dhcpdRuns.has(fixtureAbs)) return dhcpdRuns.get(fixtureAbs);
  const r = spawnSync(dhcpd, ['-t', '-4', '-cf', basename(fixtureAbs), '-lf', leases, '-pf', join(tmp, 'x.pid')], {
    cwd: dirname(fixtureAbs),
    encoding: 'utf8',
    timeout: DHCPD_TIMEOUT_MS,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.replaceAll(`${tmp}/`, '').replaceAll(tmp, '');
  const verdict = r.error?.code === 'ETIMEDOUT' || r.signal ? 'timeout' : r.status === 0 ? 'accepted' : 'rejected';
  const run = { verdict, output: output.split('\n') };
  dhcpdRuns.set(fixtureAbs, run);
  return run;
}

/** Finds the row's message in dhcpd's output and the line dhcpd names for it. */
function findMessage(row, run) {
  const pattern = messagePattern(row);
  const located = run.output.map((text) => ({ text, at: locationOf(text) }));
  const hit = pattern ? located.find((l) => pattern.test(l.text)) : located.find((l) => l.at);
  if (!hit) return { found: false };
  // A message logged without a location (log_error) belongs to the first located message, if any.
  const at = hit.at ?? located.find((l) => l.at)?.at ?? null;
  return { found: true, at };
}

const lintCache = new Map();
const rawLintCache = new Map();
function lint(fixtureAbs) {
  if (!lintCache.has(fixtureAbs)) {
    const result = lintPaths([fixtureAbs]);
    rawLintCache.set(fixtureAbs, result.diagnostics);
    const diags = result.diagnostics
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      // The checkout's own path is left out of messages, so the matrix is the same on every machine.
      .map((d) => ({
        rule: d.ruleId,
        severity: d.severity,
        file: d.uri,
        line: d.range.start.line + 1,
        message: d.message.replaceAll(`${root}/`, ''),
      }));
    lintCache.set(fixtureAbs, diags);
  }
  return lintCache.get(fixtureAbs);
}

function evaluate(row) {
  const base = {
    file: row.file,
    line: row.line,
    function: row.function,
    kind: row.kind,
    message: row.message,
    part: row.part,
    reachable: row.reachable,
    reason: row.reason,
    fixture: row.fixture,
  };
  if (row.reachable === 'no') return { ...base, status: 'unreachable' };
  const fixtureAbs = row.fixture ? resolve(root, row.fixture) : '';
  if (!fixtureAbs || !existsSync(fixtureAbs))
    return { ...base, dhcpd: { verdict: 'no fixture' }, status: 'not-reproduced' };
  const run = runDhcpd(fixtureAbs);
  const hit = findMessage(row, run);
  // dhcpd's own line is left out: some messages print uninitialised bytes, which would change the file every run.
  const dhcpdCell = {
    verdict: run.verdict,
    found: hit.found,
    line: hit.at?.line ?? null,
    lineFile: hit.at ? relative(root, resolve(dirname(fixtureAbs), hit.at.file)) : null,
  };
  if (!hit.found) return { ...base, dhcpd: dhcpdCell, status: 'not-reproduced' };
  const counted = lint(fixtureAbs).filter((d) => run.verdict === 'accepted' || d.severity === 'error');
  const onLine = hit.at
    ? counted.filter((d) => d.line === hit.at.line && d.file === resolve(dirname(fixtureAbs), hit.at.file))
    : [];
  const first = counted[0];
  const dhcplint = {
    onLine: [...new Set(onLine.map((d) => (d.severity === 'error' ? d.rule : `${d.rule} (warning)`)))],
    first: first
      ? {
          rule: first.rule,
          severity: first.severity,
          file: relative(root, first.file),
          line: first.line,
          message: first.message,
        }
      : null,
  };
  const status = onLine.length ? 'same-line' : counted.length ? 'other-line' : 'missed';
  const location =
    status === 'other-line' && run.verdict === 'rejected' && hit.at
      ? locationCategory(fixtureAbs, resolve(dirname(fixtureAbs), hit.at.file), hit.at.line)
      : undefined;
  return { ...base, dhcpd: dhcpdCell, dhcplint, status, ...(location ? { location } : {}) };
}

/**
 * Why dhcplint's first error is not on the line dhcpd names for this message: a category of
 * compat/locations.mjs (compat/LOCATIONS.md), or 'unexplained'. Counted errors only, as in compat.
 */
function locationCategory(fixtureAbs, namedFile, line) {
  lint(fixtureAbs);
  const errors = countedErrors(rawLintCache.get(fixtureAbs), allRuleMetas);
  const text = existsSync(namedFile) ? readFileSync(namedFile, 'utf8') : '';
  const includeHasErrors = (name) => errors.some((e) => e.uri === resolve(dirname(namedFile), name));
  return classifyLocation({
    text,
    dhcpdLine: line,
    errors: errors.filter((e) => e.uri === namedFile),
    includeHasErrors,
  }).verdict;
}

const STATUSES = ['same-line', 'other-line', 'missed', 'not-reproduced', 'unreachable'];
/**
 * The reason's category, for the summary: the text before its first ':', ';', ',' or ' (' (reasons
 * are written "category: detail"), lower-cased, hyphens as spaces, so "Dead code" and "dead-code" count together.
 */
const reasonCategory = (reason) =>
  (reason.split(/:|;|,| \(/)[0] || '(none)')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .slice(0, 48);

function summarize(results) {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, results.filter((r) => r.status === s).length]));
  const reachable = results.filter((r) => r.reachable === 'yes').length;
  const byReason = {};
  for (const r of results.filter((x) => x.reachable === 'no'))
    byReason[reasonCategory(r.reason)] = (byReason[reasonCategory(r.reason)] ?? 0) + 1;
  const parts = [...new Set(results.map((r) => r.part))];
  const byLocation = {};
  for (const r of results.filter((x) => x.status === 'other-line')) {
    const key = r.location ?? (r.dhcpd?.verdict === 'accepted' ? 'accepted (a warning)' : 'no line named');
    byLocation[key] = (byLocation[key] ?? 0) + 1;
  }
  return {
    rows: results.length,
    reachable,
    unreachable: results.length - reachable,
    byStatus,
    otherLineByLocation: Object.fromEntries(
      Object.entries(byLocation).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    ),
    unreachableByReason: Object.fromEntries(
      Object.entries(byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    ),
    parts,
  };
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
function renderMarkdown(results, summary) {
  const rows = results.map((r) => {
    const fixture = r.fixture ? `[${basename(r.fixture)}](${relative('compat/messages', r.fixture)})` : '';
    const d = r.dhcpd
      ? `${r.dhcpd.verdict}${r.dhcpd.line ? ` @${r.dhcpd.lineFile && basename(r.dhcpd.lineFile) !== basename(r.fixture) ? `${basename(r.dhcpd.lineFile)}:` : ''}${r.dhcpd.line}` : ''}${r.dhcpd.found === false ? ' (message absent)' : ''}`
      : '';
    const l = r.dhcplint
      ? `${r.dhcplint.onLine.join(', ') || '—'}${r.dhcplint.first ? ` (first: ${r.dhcplint.first.rule} @${r.dhcplint.first.line})` : ''}`
      : '';
    const status =
      r.status === 'unreachable'
        ? `unreachable: ${cell(r.reason)}`
        : r.location
          ? `${r.status} (${r.location})`
          : r.status;
    return `| ${r.file.replace(/^.*\//, '')}:${r.line} | ${cell(r.message)} | ${fixture} | ${cell(d)} | ${cell(l)} | ${status} |`;
  });
  return `# dhcpd's config-time messages: coverage by dhcplint

Generated by \`node scripts/messages-matrix.mjs --write\` from \`compat/messages/classification-*.tsv\`
(parts: ${summary.parts.join(', ')}), running the installed dhcpd (\`dhcpd -t -4\`) on each fixture.

- ${summary.rows} message rows: ${summary.reachable} reachable from \`dhcpd -t -4\`, ${summary.unreachable} unreachable.
- Reachable: ${summary.byStatus['same-line']} same-line, ${summary.byStatus['other-line']} other-line, ${summary.byStatus.missed} missed, ${summary.byStatus['not-reproduced']} not reproduced.
- Other-line by why: ${
    Object.entries(summary.otherLineByLocation)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ') || 'none'
  } (location categories: compat/LOCATIONS.md; dhcpd names no line for start-up checks, and a warning of an accepted file has none to compare).
- Unreachable by reason: ${
    Object.entries(summary.unreachableByReason)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ') || 'none'
  }.

Columns: the source row (file:line) → message → fixture → dhcpd's verdict and the line it names
→ dhcplint's rules on that line (errors; warnings too when dhcpd accepts) and its first such
diagnostic → status; for other-line, the location category that says why the lines differ.

| source | message | fixture | dhcpd | dhcplint | status |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

/** Regressions against the checked-in matrix: a flagged row now missed, or a message no longer reproduced. */
function regressions(results) {
  if (!existsSync(matrixJson)) return [];
  const before = new Map(JSON.parse(readFileSync(matrixJson, 'utf8')).rows.map((r) => [`${r.file}:${r.line}`, r]));
  const out = [];
  for (const r of results) {
    const old = before.get(`${r.file}:${r.line}`);
    if (!old) continue;
    if ((old.status === 'same-line' || old.status === 'other-line') && r.status === 'missed')
      out.push(`${r.file}:${r.line} was ${old.status}, now missed (${r.fixture})`);
    if (old.dhcpd?.found && r.reachable === 'yes' && r.status === 'not-reproduced')
      out.push(`${r.file}:${r.line}: ${r.fixture} no longer makes dhcpd print "${r.message}"`);
  }
  // A located disagreement must have its reason (compat/LOCATIONS.md), checked-in matrix or not.
  for (const r of results)
    if (r.location === 'unexplained')
      out.push(
        `${r.file}:${r.line}: dhcplint's first error in ${r.fixture} is not on dhcpd's line ${r.dhcpd.line}, and no location category explains why`,
      );
  return out;
}

const results = readClassifications().map(evaluate);
const summary = summarize(results);
console.log(
  `messages-matrix: ${summary.rows} rows (${summary.parts.join(', ')}): ${summary.reachable} reachable, ${summary.unreachable} unreachable; ` +
    STATUSES.map((s) => `${s} ${summary.byStatus[s]}`).join(', ') +
    `; other-line by why: ${Object.entries(summary.otherLineByLocation)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; unexplained locations ${results.filter((r) => r.location === 'unexplained').length}`,
);
if (write) {
  writeFileSync(matrixJson, `${JSON.stringify({ summary, rows: results }, null, 2)}\n`);
  writeFileSync(matrixMd, renderMarkdown(results, summary));
  console.log(`messages-matrix: wrote ${relative(root, matrixMd)} and ${relative(root, matrixJson)}`);
} else {
  const bad = regressions(results);
  for (const b of bad) console.error(`REGRESSION ${b}`);
  process.exit(bad.length ? 1 : 0);
}
