// Did-you-mean suggestions for misspelt keywords and option names.
import { expectDefined } from '@dhcplint/parser/internal';

/** Damerau-free Levenshtein distance, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  // One row of the table, updated in place: row[j] is the distance from a's first i characters to
  // b's first j (while row i is filled in, the cells from j on still hold row i - 1).
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  const cell = (j: number) => expectDefined(row[j], 'j stays within 0..b.length');
  for (let i = 1; i <= a.length; i++) {
    let diagonal = i - 1; // row i - 1, cell j - 1
    let left = i; // row i, cell j - 1
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = cell(j);
      left = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = left;
      diagonal = above;
    }
  }
  return cell(b.length);
}

/**
 * Longest word did-you-mean looks at: no keyword is anywhere near it, and the distance costs
 * length × candidate length per candidate (a 1 MB word took 21 s).
 */
export const SUGGEST_MAX_LENGTH = 64;

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > SUGGEST_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-');
  for (const c of candidates) {
    const d = distance(w, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 4)) ? best : undefined;
}
