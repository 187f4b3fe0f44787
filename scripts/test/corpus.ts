// Test inputs: our own test-fixtures, and ../shared/corpus (real-world configs by others, read
// in place, never copied).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const corpusDir = join(repoRoot, '..', 'shared', 'corpus');

/** Every .conf file under test-fixtures (recursively). */
export function fixtureConfigs(dir = join(repoRoot, 'test-fixtures')): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? fixtureConfigs(p) : /\.conf$/.test(n) ? [p] : [];
  });
}

export interface CorpusEntry {
  file: string;
  path: string;
  kind: string;
  dhcpdVerdict: string;
  firstError: string;
}

export function corpusAvailable(): boolean {
  const ok = existsSync(join(corpusDir, 'INDEX.tsv'));
  if (!ok) console.warn(`\n*** SKIPPING corpus checks: ${corpusDir} is absent (it sits beside the repo in CI and dev sessions) ***\n`);
  return ok;
}

export function corpusEntries(): CorpusEntry[] {
  const lines = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines
    .map((l) => l.split('\t'))
    .map((c) => ({ file: c[0]!, path: join(corpusDir, 'files', c[0]!), kind: c[4]!, dhcpdVerdict: c[6]!, firstError: c[7] ?? '' }))
    .filter((e) => existsSync(e.path));
}
