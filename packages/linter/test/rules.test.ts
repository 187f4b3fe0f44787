import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '@dhcplint/linter';
import { fixed, lintExample } from './rule-tester.js';

// The rules without their own RuleTester file in src/rules/ (builtin, Kea readiness and pair rules
// until they move there), on their documented examples: each expected report with its exact range
// [file, line, column, endLine, endColumn, message start] (1-based, end exclusive), nothing else
// from that rule, nothing at all on the correct example, and the text the fixes produce.
type Row = [file: string, line: number, column: number, endLine: number, endColumn: number, message: string];
const CASES: Record<string, { reports: Row[]; fixed?: string }> = {
  'kea-duplicate-reservation': { reports: [['dhcpd.conf', 3, 28, 3, 45, 'Kea refuses a second reservation for 00:']] },
  'kea-reservation-in-pool': { reports: [['dhcpd.conf', 4, 61, 4, 71, '10.0.0.150 is inside the range 10.0.0.10']] },
  'kea-lease-time-order': { reports: [['dhcpd.conf', 3, 3, 3, 28, 'default-lease-time 28800 is above max-le']] },
  'kea-untranslatable-expression': { reports: [['dhcpd.conf', 2, 12, 2, 77, "This 'match if' has no Kea equivalent"]] },
  'kea-hostname-address': { reports: [['dhcpd.conf', 2, 61, 2, 74, "'a.example.org' is a host name"]] },
};

const rulesDir = new URL('../src/rules/', import.meta.url).pathname;
/** Rules tested by their own `src/rules/<id>.test.ts` (the RuleTester cases beside the rule). */
const hasOwnTests = (id: string) => existsSync(join(rulesDir, `${id}.test.ts`));

describe('rule tester', () => {
  it('covers every rule: here, or in its own test file beside it', () => {
    const uncovered = allRuleMetas.filter((m) => !CASES[m.id] && !hasOwnTests(m.id)).map((m) => m.id);
    expect(uncovered).toEqual([]);
    expect(Object.keys(CASES).filter(hasOwnTests), 'cases left here for a rule with its own tests').toEqual([]);
  });

  for (const m of allRuleMetas.filter((x) => CASES[x.id])) {
    const c = CASES[m.id]!;
    describe(m.id, () => {
      it('reports exactly the expected ranges on the invalid case', () => {
        const got = lintExample(m, 'incorrect');
        expect(got.map((r) => [r.file, r.line, r.column, r.endLine, r.endColumn])).toEqual(
          c.reports.map((r) => r.slice(0, 5)),
        );
        got.forEach((r, i) => expect(r.message.startsWith(c.reports[i]![5]), r.message).toBe(true));
        if (c.fixed !== undefined) expect(fixed(got)).toBe(c.fixed);
        else expect(got.every((r) => !r.diagnostic.fix)).toBe(true);
        expect(Boolean(m.fixable), 'meta.fixable matches whether the rule offers fixes').toBe(c.fixed !== undefined);
      });
      it('reports nothing on the valid case', () => {
        expect(lintExample(m, 'correct')).toEqual([]);
      });
    });
  }
});
