/** Unsigned 32-bit IPv4 arithmetic: small, hot and easy to test, so hand-written. */
import { expectDefined } from '@dhcplint/parser/internal';
export { parseIPv4, formatIPv4 } from '@dhcplint/parser';

export function prefixLength(mask: number): number | undefined {
  // Contiguous masks are 1…10…0: inverting gives 0…01…1, and x+1 is then a power of two.
  const inv = ~mask >>> 0;
  if (((inv + 1) & inv) >>> 0 !== 0) return undefined;
  let n = 0;
  for (let m = mask >>> 0; m & 0x80000000; m = (m << 1) >>> 0) n++;
  return n;
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function networkOf(addr: number, mask: number): number {
  return (addr & mask) >>> 0;
}

export function broadcastOf(network: number, mask: number): number {
  return (network | (~mask >>> 0)) >>> 0;
}

export function contains(network: number, mask: number, addr: number): boolean {
  return (addr & mask) >>> 0 === network;
}

export interface Interval<T> {
  low: number;
  high: number;
  item: T;
}

/** Overlapping pairs among intervals, in O(n log n + k) by sorting on the low end. */
export function overlaps<T>(list: Interval<T>[]): [Interval<T>, Interval<T>][] {
  const sorted = [...list].sort((a, b) => a.low - b.low || a.high - b.high);
  const out: [Interval<T>, Interval<T>][] = [];
  const active: Interval<T>[] = [];
  for (const cur of sorted) {
    // Drop, in place and in order, the intervals that ended before this one starts.
    let kept = 0;
    for (const a of active) if (a.high >= cur.low) active[kept++] = a;
    active.length = kept;
    for (const a of active) out.push([a, cur]);
    active.push(cur);
  }
  return out;
}

/**
 * Point lookups ("which range holds this address?") over many intervals in O(log n) each,
 * where scanning every interval per host made large configs quadratic. Intervals may overlap;
 * `find` returns one that contains the address, preferring the lowest start.
 */
export class IntervalIndex<T> {
  /** By low end, each with maxHigh, the highest end among it and those before it: bounds the backwards scan. */
  private readonly sorted: { interval: Interval<T>; maxHigh: number }[];

  constructor(list: Interval<T>[]) {
    let m = -1;
    this.sorted = [...list]
      .sort((a, b) => a.low - b.low || a.high - b.high)
      .map((interval) => ({ interval, maxHigh: (m = Math.max(m, interval.high)) }));
  }

  find(addr: number): T | undefined {
    // Last interval starting at or before addr.
    let lo = 0;
    let hi = this.sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (expectDefined(this.sorted[mid], 'a binary search probes inside the list').interval.low <= addr) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let found: T | undefined;
    for (let i = at, e = this.sorted[at]; e && e.maxHigh >= addr; e = this.sorted[--i])
      if (e.interval.high >= addr) found = e.interval.item;
    return found;
  }
}
