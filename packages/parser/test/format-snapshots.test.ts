import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '@dhcplint/parser';
import { repoRoot } from '../../../scripts/test/corpus.js';

// Formatter snapshots: test-fixtures/format/NAME.input.conf → NAME.output.conf (reviewed by hand;
// regenerate with `npx vitest run -u` and review the diff).
const dir = join(repoRoot, 'test-fixtures/format');
const cases = readdirSync(dir).filter((f) => f.endsWith('.input.conf'));

describe('formatter snapshots', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(2));
  for (const input of cases) {
    it(input.replace('.input.conf', ''), async () => {
      const out = format(readFileSync(join(dir, input), 'utf8'));
      await expect(out).toMatchFileSnapshot(join(dir, input.replace('.input.conf', '.output.conf')));
      expect(format(out)).toBe(out);
    });
  }
});
