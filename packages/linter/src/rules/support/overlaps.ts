// Overlapping intervals (ranges, subnets), found in one sorted pass.
import type { Interval } from '../../net/ipv4.js';

/**
 * Each interval that overlaps an earlier one (in order of low end), with one such earlier
 * interval: an identical one when there is one, else the one reaching furthest. One report per
 * interval keeps the output linear: listing every overlapping pair made n identical subnets
 * (nested 100,000 deep, say) n²/2 reports, and finding them took as long.
 */
export function overlapsOnce<T>(list: Interval<T>[]): [Interval<T>, Interval<T>][] {
  const sorted = [...list].sort((a, b) => a.low - b.low || a.high - b.high);
  const out: [Interval<T>, Interval<T>][] = [];
  let furthest: Interval<T> | undefined;
  for (const [i, cur] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev && prev.low === cur.low && prev.high === cur.high) out.push([prev, cur]);
    else if (furthest && furthest.high >= cur.low) out.push([furthest, cur]);
    if (!furthest || cur.high > furthest.high) furthest = cur;
  }
  return out;
}
