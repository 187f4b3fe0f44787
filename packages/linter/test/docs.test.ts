import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, lintPaths, renderRuleDoc, renderRuleIndex, type RuleMeta } from '@dhcplint/linter';

const docsDir = new URL('../docs/rules/', import.meta.url).pathname;

/** Lints an example the way a user would meet it: real files on disk, through lintPaths. */
function ruleIdsFor(m: RuleMeta, which: 'incorrect' | 'correct'): string[] {
  const dir = mkdtempSync(join(tmpdir(), `dhcplint-doc-${m.id}-`));
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const ex = m.examples;
  let paths: string[];
  if (ex.layout) {
    for (const [rel, text] of Object.entries(ex.layout[which])) write(join('srv', rel), text);
    paths = [join(dir, 'srv')];
  } else if (ex.partner !== undefined) {
    paths = [write('a/dhcpd.conf', ex[which]), write('b/dhcpd.conf', which === 'incorrect' ? ex.partner : (ex.partnerCorrect ?? ex.partner))];
  } else paths = [write('dhcpd.conf', ex[which])];
  return lintPaths(paths).diagnostics.map((d) => d.ruleId);
}

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
