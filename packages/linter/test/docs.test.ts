import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, renderRuleDoc, renderRuleIndex, type RuleMeta } from '@dhcplint/linter';
import { lintAllOf } from './rule-tester.js';

const docsDir = new URL('../docs/rules/', import.meta.url).pathname;

/** The rule ids reported on an example, linted from real files like a user's (see rule-tester). */
const ruleIdsFor = (m: RuleMeta, which: 'incorrect' | 'correct'): string[] => lintAllOf(m, which);

describe('rule docs', () => {
  it('the rule index is generated from the metadata (run scripts/gen-rule-docs.mjs after changing rules)', () => {
    expect(readFileSync(join(docsDir, 'README.md'), 'utf8')).toBe(renderRuleIndex(allRuleMetas));
  });

  for (const m of allRuleMetas) {
    describe(m.id, () => {
      it('has an up-to-date docs page', () => {
        expect(readFileSync(join(docsDir, `${m.id}.md`), 'utf8')).toBe(renderRuleDoc(m));
      });
      it('its incorrect example triggers it and its correct example does not', () => {
        expect(m.examples.incorrect !== '' || m.examples.layout, 'every rule needs an incorrect example').toBeTruthy();
        expect(ruleIdsFor(m, 'incorrect')).toContain(m.id);
        expect(ruleIdsFor(m, 'correct')).not.toContain(m.id);
      });
    });
  }
});
