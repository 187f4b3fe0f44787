// Rule-claim check (issue #17): every rule's metadata says what `dhcpd -t` does with the mistake
// it reports (`dhcpd: 'rejects' | 'accepts' | 'warns' | 'n/a'`). This runs the real dhcpd 4.4.3 on
// each rule's incorrect example (written to disk like the rule tester does: a single file, both
// files of a pair, or a server root's layout) and compares:
//   rejects          dhcpd must refuse the example (for a pair: at least one of the two files)
//   accepts / warns  dhcpd must accept it (every file of it)
//   n/a              not run (the mistake is outside dhcpd's view: host files, lint directives)
// It also checks the severity policy: a rule dhcpd accepts must say `stricterThanDhcpd`,
// and an error by default only when it is a pair rule or its rationale names an outage. A rule
// dhcpd only warns about may be a warning without being stricter.
//
//   node scripts/rule-claims.mjs          summary; exit 1 on a wrong claim
//   node scripts/rule-claims.mjs --json   the rows as JSON (for the test and the compat report)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { allRuleMetas } from '../packages/linter/dist/index.js';

export const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
const isMain = import.meta.url === `file://${process.argv[1]}`;
if (!dhcpd && isMain) {
  console.error('rule-claims: dhcpd is not installed (apt-get install isc-dhcp-server); cannot check claims.');
  process.exit(2);
}

/**
 * Words in a rationale that name what breaks a running service, which is what justifies an error
 * severity for a rule stricter than dhcpd.
 */
export const OUTAGE =
  /\b(outage|crash|crashes|fails? (at|to) start|refuses? to start|stops? working|never (matches|connect|answers)|cannot (bind|connect|reach)|lose connectivity|split(s)? the pair|no address|both servers)\b/i;

let tmp = '';

function runDhcpd(file) {
  const leases = join(tmp, 'x.leases');
  writeFileSync(leases, '');
  const r = spawnSync(dhcpd, ['-t', '-4', '-cf', file, '-lf', leases, '-pf', join(tmp, 'x.pid')], {
    cwd: dirname(file),
    encoding: 'utf8',
    timeout: 20000,
  });
  const out = `${r.stdout}${r.stderr}`;
  const first =
    out
      .split('\n')
      .find((l) =>
        /line \d+:|Can't open|ERROR|not in subnet|no longer supported|declared twice|overly large|not found|no referring pools/.test(
          l,
        ),
      ) ?? '';
  return { ok: r.status === 0, first: first.trim().replaceAll(`${tmp}/`, '') };
}

/** The dhcpd configs of a rule's incorrect example, written under a fresh folder. */
function writeExample(m) {
  tmp ||= mkdtempSync(join(tmpdir(), 'dhcplint-rule-claims-'));
  const dir = mkdtempSync(join(tmp, `${m.id}-`));
  const write = (rel, text) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const ex = m.examples;
  if (ex.layout) {
    // A server root: absolute includes name files inside it, so point them there for dhcpd.
    const root = join(dir, 'srv');
    let main;
    for (const [rel, text] of Object.entries(ex.layout.incorrect)) {
      const p = write(
        join('srv', rel),
        rel.endsWith('.conf') ? text.replace(/include "\//g, `include "${root}/`) : text,
      );
      if (rel === 'etc/dhcp/dhcpd.conf') main = p;
    }
    return main ? [main] : [];
  }
  if (ex.partner !== undefined) return [write('a/dhcpd.conf', ex.incorrect), write('b/dhcpd.conf', ex.partner)];
  return [write('dhcpd.conf', ex.incorrect)];
}

/** One row per rule: its claim, what dhcpd did with its incorrect example, and what is wrong. */
export function checkClaims(metas = allRuleMetas) {
  const rows = [];
  for (const m of metas) {
    const problems = [];
    let verdict = 'not run';
    let first = '';
    if (m.dhcpd !== 'n/a') {
      const files = writeExample(m);
      const results = files.map(runDhcpd);
      const rejected = results.some((r) => !r.ok);
      first = results.find((r) => !r.ok)?.first ?? '';
      verdict = files.length === 0 ? 'no config' : rejected ? 'rejects' : 'accepts';
      if (m.dhcpd === 'rejects' && !rejected)
        problems.push('claims dhcpd rejects, but dhcpd accepts the incorrect example');
      if ((m.dhcpd === 'accepts' || m.dhcpd === 'warns') && rejected)
        problems.push(`claims dhcpd ${m.dhcpd}, but dhcpd rejects the incorrect example (${first})`);
    }
    if (m.dhcpd === 'accepts' && !m.stricterThanDhcpd)
      problems.push('dhcpd accepts it, yet stricterThanDhcpd is not set');
    if (m.stricterThanDhcpd && m.defaultSeverity === 'error' && m.category !== 'pair' && !OUTAGE.test(m.rationale))
      problems.push('stricter than dhcpd and an error by default, but its rationale names no outage');
    rows.push({
      id: m.id,
      claim: m.dhcpd,
      stricter: !!m.stricterThanDhcpd,
      severity: m.defaultSeverity,
      dhcpd: verdict,
      dhcpdFirst: first,
      problems,
    });
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = '';
  return rows;
}

if (isMain) {
  const rows = checkClaims();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 1));
  else
    for (const r of rows.filter((x) => x.problems.length))
      console.log(`${r.id} (${r.claim}, ${r.severity}): ${r.problems.join('; ')}`);
  const wrong = rows.filter((r) => r.problems.length).length;
  const run = rows.filter((r) => r.dhcpd !== 'not run').length;
  console.error(`rule-claims: ${rows.length} rules, ${run} examples run through dhcpd, ${wrong} wrong claims`);
  process.exit(wrong ? 1 : 0);
}
