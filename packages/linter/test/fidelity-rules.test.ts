// Fidelity to dhcpd, rules side (issue #17): each fixture in test-fixtures/fidelity/rules says in
// its first line what dhcpd does with it and what dhcplint must report:
//   # expect: accepts                          dhcpd accepts it; dhcplint reports no error
//   # expect: rejects RULE LINE [DHCPD_LINE]   dhcpd rejects it naming DHCPD_LINE (default LINE;
//                                              '-' when it names none); dhcplint's RULE reports an
//                                              error on LINE, and that is its first error
// The dhcpd half runs the real dhcpd -t (skipped loudly without it); the dhcplint half always runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes, lintPaths } from '@dhcplint/linter';

const dir = new URL('../../../test-fixtures/fidelity/rules/', import.meta.url).pathname;
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn(
    '\n*** SKIPPING the dhcpd half of fidelity-rules: dhcpd not installed (apt-get install isc-dhcp-server) ***\n',
  );

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-fidelity-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Expectation {
  accepts: boolean;
  rule?: string;
  line?: number;
  dhcpdLine?: number | null;
}

function expectationOf(text: string): Expectation {
  const m = /^# expect: (accepts|rejects)(?: (\S+) (\d+)(?: (\d+|-))?)?$/m.exec(text.split('\n')[0]!);
  if (!m) throw new Error(`no '# expect:' line: ${text.split('\n')[0]}`);
  if (m[1] === 'accepts') return { accepts: true };
  const line = Number(m[3]);
  return { accepts: false, rule: m[2], line, dhcpdLine: m[4] === '-' ? null : m[4] ? Number(m[4]) : line };
}

function runDhcpd(file: string): { ok: boolean; line: number | null } {
  const leases = join(scratch, 'x.leases');
  writeFileSync(leases, '');
  const r = spawnSync(dhcpd!, ['-t', '-4', '-cf', file, '-lf', leases, '-pf', join(scratch, 'x.pid')], {
    encoding: 'utf8',
    cwd: dir,
  });
  const m = / line (\d+):/.exec(`${r.stdout}${r.stderr}`);
  return { ok: r.status === 0, line: m ? Number(m[1]) : null };
}

const fixtures = readdirSync(dir)
  .filter((n) => n.endsWith('.conf'))
  .sort();

describe('fidelity to dhcpd: rules, placement and claims', () => {
  it('has fixtures for both directions', () => {
    expect(fixtures.filter((n) => n.startsWith('accepted-')).length).toBeGreaterThanOrEqual(5);
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of fixtures) {
    const path = join(dir, name);
    const want = expectationOf(readFileSync(path, 'utf8'));
    describe(name, () => {
      it.skipIf(!dhcpd)(
        `dhcpd ${want.accepts ? 'accepts it' : `rejects it${want.dhcpdLine ? ` at line ${want.dhcpdLine}` : ''}`}`,
        () => {
          const d = runDhcpd(path);
          expect(d.ok).toBe(want.accepts);
          if (!want.accepts && want.dhcpdLine !== undefined) expect(d.line).toBe(want.dhcpdLine);
        },
      );
      it(
        want.accepts ? 'dhcplint reports no error' : `dhcplint's first error is ${want.rule} on line ${want.line}`,
        () => {
          const errors = lintPaths([path]).diagnostics.filter((x) => x.severity === 'error');
          if (want.accepts) {
            expect(errors.map((e) => `${e.ruleId}@${e.range.start.line + 1}: ${e.message}`)).toEqual([]);
            return;
          }
          expect(
            errors.some((e) => e.ruleId === want.rule && e.range.start.line + 1 === want.line),
            errors.map((e) => `${e.ruleId}@${e.range.start.line + 1}`).join(', '),
          ).toBe(true);
          expect(Math.min(...errors.map((e) => e.range.start.line + 1))).toBe(want.line);
        },
      );
    });
  }

  it("--fix leaves a U+00A0 inside a host name for the user: no 'host nbsp x' that dhcpd refuses and dhcplint passes", () => {
    const path = join(scratch, 'nbsp.conf');
    const text = 'host nbsp\u00a0x { hardware ethernet 0:1:2:3:4:5; }\n';
    writeFileSync(path, text);
    const diagnostics = lintPaths([path]).diagnostics;
    expect(diagnostics.some((d) => d.ruleId === 'unicode-lookalike' && d.severity === 'error')).toBe(true);
    expect(applyFixes(text, diagnostics).text).not.toContain('host nbsp x');
  });

  it('--fix still turns a U+00A0 between a keyword and its value into a space', () => {
    const path = join(scratch, 'nbsp-keyword.conf');
    const text = 'default-lease-time\u00a0600;\n';
    writeFileSync(path, text);
    expect(applyFixes(text, lintPaths([path]).diagnostics).text).toBe('default-lease-time 600;\n');
  });
});
