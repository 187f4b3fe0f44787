/** Unsigned 32-bit IPv4 arithmetic: small, hot and easy to test, so hand-written. */
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
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.high < cur.low) active.splice(i, 1);
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
  private readonly sorted: Interval<T>[];
  /** maxHigh[i] = the highest end among sorted[0..i]: bounds the backwards scan. */
  private readonly maxHigh: number[];

  constructor(list: Interval<T>[]) {
    this.sorted = [...list].sort((a, b) => a.low - b.low || a.high - b.high);
    this.maxHigh = [];
    let m = -1;
    for (const iv of this.sorted) this.maxHigh.push((m = Math.max(m, iv.high)));
  }

  find(addr: number): T | undefined {
    // Last interval starting at or before addr.
    let lo = 0;
    let hi = this.sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.low <= addr) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let found: T | undefined;
    for (let i = at; i >= 0 && this.maxHigh[i]! >= addr; i--)
      if (this.sorted[i]!.high >= addr) found = this.sorted[i]!.item;
    return found;
  }
}
