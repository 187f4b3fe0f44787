// Did-you-mean suggestions for misspelt keywords and option names.

/** Damerau-free Levenshtein distance, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
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
