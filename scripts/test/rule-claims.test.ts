import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { RuleMeta } from '@dhcplint/linter';
import { repoRoot } from './corpus.js';
// A plain ESM script (no type declarations): its exports are typed below.
import { checkClaims, dhcpd } from '../rule-claims.mjs';

type Row = { id: string; claim: string; dhcpd: string; problems: string[] };
const check = checkClaims as (metas?: RuleMeta[]) => Row[];

if (!dhcpd)
  console.warn('\n*** SKIPPING rule-claims test: dhcpd not installed (apt-get install isc-dhcp-server) ***\n');

const meta = (m: Partial<RuleMeta> & Pick<RuleMeta, 'id' | 'dhcpd' | 'examples'>): RuleMeta => ({
  category: 'values',
  defaultSeverity: 'error',
  description: 'test rule',
  rationale: 'test rule',
  recommended: true,
  ...m,
});

describe.skipIf(!dhcpd)('every "dhcpd rejects" claim, checked by the real dhcpd -t', () => {
  it('holds for every rule: the script exits 0 and reports no wrong claim', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/rule-claims.mjs'), '--json'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.filter((x) => x.problems.length)).toEqual([]);
    expect(r.status).toBe(0);
    // Every rule claiming a rejection had its example run and refused.
    const rejecting = rows.filter((x) => x.claim === 'rejects');
    expect(rejecting.length).toBeGreaterThan(20);
    for (const x of rejecting) expect(x.dhcpd, x.id).toBe('rejects');
    // The samples of issue #17: duplicate MACs are accepted, so that part is its own stricter rule.
    expect(rows.find((x) => x.id === 'host-duplicate-address')).toMatchObject({ claim: 'accepts', dhcpd: 'accepts' });
  }, 120_000);

  it('catches a rule that claims a rejection dhcpd does not make', () => {
    const [row] = check([
      meta({
        id: 'fake-rejects',
        dhcpd: 'rejects',
        examples: {
          incorrect: 'host a { hardware ethernet 0:1:2:3:4:5; }\nhost b { hardware fddi 0:1:2:3:4:5; }\n',
          correct: '',
        },
      }),
    ]);
    expect(row!.dhcpd).toBe('accepts');
    expect(row!.problems.join()).toMatch(/claims dhcpd rejects, but dhcpd accepts/);
  });

  it('catches a rule that claims dhcpd accepts what it refuses, and one stricter than dhcpd without saying so', () => {
    const [refused, unmarked] = check([
      meta({
        id: 'fake-accepts',
        dhcpd: 'accepts',
        stricterThanDhcpd: true,
        defaultSeverity: 'warning',
        examples: { incorrect: 'shared-network lab {\n  default-lease-time 600;\n}\n', correct: '' },
      }),
      meta({
        id: 'fake-unmarked',
        dhcpd: 'accepts',
        defaultSeverity: 'warning',
        examples: { incorrect: 'default-lease-time 600;\n', correct: '' },
      }),
    ]);
    expect(refused!.problems.join()).toMatch(/claims dhcpd accepts, but dhcpd rejects .*empty shared-network decl/);
    expect(unmarked!.problems.join()).toMatch(/stricterThanDhcpd is not set/);
  });

  it('lets a stricter rule be an error only when its rationale names an outage', () => {
    const [plain, outage] = check([
      meta({
        id: 'fake-strict',
        dhcpd: 'accepts',
        stricterThanDhcpd: true,
        rationale: 'Looks odd.',
        examples: { incorrect: 'default-lease-time 600;\n', correct: '' },
      }),
      meta({
        id: 'fake-outage',
        dhcpd: 'accepts',
        stricterThanDhcpd: true,
        rationale: 'dhcpd crashes at run time.',
        examples: { incorrect: 'default-lease-time 600;\n', correct: '' },
      }),
    ]);
    expect(plain!.problems.join()).toMatch(/names no outage/);
    expect(outage!.problems).toEqual([]);
  });
});
