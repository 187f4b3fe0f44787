import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '@dhcplint/linter';

// Every rule, builtin, Kea readiness and pair rules included, is tested by its own RuleTester file
// beside it (`src/rules/<id>.test.ts`); this checks that none is left without one.
const rulesDir = new URL('../src/rules/', import.meta.url).pathname;
const hasOwnTests = (id: string) => existsSync(join(rulesDir, `${id}.test.ts`));

describe('rule tester', () => {
  it('covers every rule in its own test file beside it', () => {
    expect(allRuleMetas.length).toBeGreaterThan(70);
    expect(allRuleMetas.filter((m) => !hasOwnTests(m.id)).map((m) => m.id)).toEqual([]);
  });
});
