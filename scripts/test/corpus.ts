// Test inputs: our own test-fixtures, and ../shared/corpus (real-world configs by others, read
// in place, never copied). DHCPLINT_CORPUS=<folder> reads the corpus from elsewhere; pointing it at a
// missing folder (DHCPLINT_CORPUS=/nonexistent) runs the suite as a checkout without the corpus would.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const corpusDir = process.env.DHCPLINT_CORPUS
  ? resolve(repoRoot, process.env.DHCPLINT_CORPUS)
  : join(repoRoot, '..', 'shared', 'corpus');

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

/**
 * Whether the corpus is there (warns loudly when it is not). Tests over the corpus must be their own
 * `it.skipIf(!corpusAvailable())` (or `describe.skipIf`), never an early return or an empty sample
 * list, so a run without the corpus counts them as skipped instead of passed.
 */
export function corpusAvailable(): boolean {
  const ok = existsSync(join(corpusDir, 'INDEX.tsv'));
  if (!ok)
    console.warn(
      `\n*** SKIPPING corpus checks: ${corpusDir} is absent (it sits beside the repo in CI and dev sessions) ***\n`,
    );
  return ok;
}

export function corpusEntries(): CorpusEntry[] {
  const lines = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines
    .map((l) => l.split('\t'))
    .map((c) => ({
      file: c[0]!,
      path: join(corpusDir, 'files', c[0]!),
      kind: c[4]!,
      dhcpdVerdict: c[6]!,
      firstError: c[7] ?? '',
    }))
    .filter((e) => existsSync(e.path));
}
