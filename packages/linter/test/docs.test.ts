import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, renderRuleDoc, renderRuleIndex, type RuleMeta } from '@dhcplint/linter';
import { lintAllOf } from './rule-tester.js';

const rulesDir = new URL('../src/rules/', import.meta.url).pathname;
const indexDir = new URL('../docs/rules/', import.meta.url).pathname;

/** The rule's source and tests beside its page (as scripts/gen-rule-docs.mjs finds them). */
const filesOf = (id: string) => ({
  source: existsSync(join(rulesDir, `${id}.ts`)) ? `${id}.ts` : undefined,
  tests: existsSync(join(rulesDir, `${id}.test.ts`)) ? `${id}.test.ts` : undefined,
});

/** The rule ids reported on an example, linted from real files like a user's (see rule-tester). */
const ruleIdsFor = (m: RuleMeta, which: 'incorrect' | 'correct'): string[] => lintAllOf(m, which);

describe('rule docs', () => {
  it('the rule index is generated from the metadata (run scripts/gen-rule-docs.mjs after changing rules)', () => {
    expect(readFileSync(join(indexDir, 'README.md'), 'utf8')).toBe(renderRuleIndex(allRuleMetas));
  });

  it('one folder holds each rule: its source, its tests and its page side by side', () => {
    const names = new Set(readdirSync(rulesDir));
    const ids = new Set(allRuleMetas.map((m) => m.id));
    const ruleFiles = [...names].filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && ids.has(n.slice(0, -3)));
    expect(ruleFiles.length).toBeGreaterThan(70);
    for (const f of ruleFiles) {
      const id = f.slice(0, -3);
      expect([names.has(`${id}.test.ts`), names.has(`${id}.md`)], id).toEqual([true, true]);
    }
    // No page without a rule, and no page left in the old place.
    expect([...names].filter((n) => n.endsWith('.md') && !ids.has(n.slice(0, -3)))).toEqual([]);
    expect(readdirSync(indexDir)).toEqual(['README.md']);
  });

  for (const m of allRuleMetas) {
    describe(m.id, () => {
      it('has an up-to-date docs page beside its source', () => {
        expect(readFileSync(join(rulesDir, `${m.id}.md`), 'utf8')).toBe(renderRuleDoc(m, filesOf(m.id)));
      });
      it('its incorrect example triggers it and its correct example does not', () => {
        expect(m.examples.incorrect !== '' || m.examples.layout, 'every rule needs an incorrect example').toBeTruthy();
        expect(ruleIdsFor(m, 'incorrect')).toContain(m.id);
        expect(ruleIdsFor(m, 'correct')).not.toContain(m.id);
      });
    });
  }
});
