import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HostFacts } from '../src/model/facts.js';
import { runToEnd } from '../src/model/config.js';
import {
  buildHostIndex,
  keyIndex,
  updateHostIndex,
  type HostIndex,
  type KeyIndex,
} from '../src/rules/support/host-index.js';

let serial = 0;
/** A host as the facts describe it; only names and keys matter to the index. */
function host(name: string, macs: string[], fixed: number[]): HostFacts {
  const loc = { file: { uri: 'x', lines: undefined as never }, span: { start: serial, end: serial++ } };
  return {
    ...loc,
    decl: undefined as never,
    name,
    macs: macs.map((value) => ({ type: 'ethernet', value, loc })),
    fixed: fixed.map((address) => ({ address, text: String(address), loc })),
  };
}

/** The index's content, independent of how it was built. */
const content = (index: HostIndex) =>
  JSON.stringify(
    index.keys.map((k) => [
      [...k.byKey]
        .map(([key, list]) => [key, list.map((h) => h.span.start)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [...k.repeated].map(String).sort(),
    ]),
  );
/** The keys host-duplicates uses: names, MAC addresses, fixed addresses. */
const keys = (): [KeyIndex<string>, KeyIndex<string>, KeyIndex<number>] => [
  keyIndex((h) => [h.name]),
  keyIndex((h) => new Set(h.macs.map((m) => m.value))),
  keyIndex((h) => new Set(h.fixed.map((f) => f.address))),
];

const arbitraryHost = fc
  .record({
    name: fc.constantFrom('a', 'b', 'c', 'd'),
    macs: fc.array(fc.constantFrom('m1', 'm2', 'm3'), { maxLength: 2 }),
    fixed: fc.array(fc.constantFrom(1, 2, 3), { maxLength: 2 }),
  })
  .map((h) => host(h.name, h.macs, h.fixed));

describe('host index', () => {
  it('updated after any edits to the hosts list equals one built afresh', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryHost, { maxLength: 40 }),
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            remove: fc.nat({ max: 3 }),
            insert: fc.array(arbitraryHost, { maxLength: 3 }),
          }),
          { maxLength: 8 },
        ),
        (start, edits) => {
          let hosts = start;
          let index = runToEnd(buildHostIndex(hosts, keys(), 7));
          for (const e of edits) {
            const at = Math.floor(e.at * hosts.length);
            hosts = [...hosts.slice(0, at), ...e.insert, ...hosts.slice(at + e.remove)];
            index = updateHostIndex(index, hosts) ?? runToEnd(buildHostIndex(hosts, keys(), 7));
            expect(content(index)).toBe(content(runToEnd(buildHostIndex(hosts, keys(), 7))));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives up rather than run out of order keys when hosts keep arriving at one place', () => {
    let hosts = Array.from({ length: 300 }, (_, i) => host(`h${i}`, [`m${i}`], [i]));
    let index = runToEnd(buildHostIndex(hosts, keys(), 50));
    let fallbacks = 0;
    for (let i = 0; i < 200; i++) {
      hosts = [...hosts.slice(0, 101), host('new', ['m100'], [100]), ...hosts.slice(101)];
      const updated = updateHostIndex(index, hosts);
      if (!updated) fallbacks++;
      index = updated ?? runToEnd(buildHostIndex(hosts, keys(), 50));
    }
    expect(fallbacks).toBeGreaterThan(0);
    expect(content(index)).toBe(content(runToEnd(buildHostIndex(hosts, keys(), 50))));
    // Every key the new hosts share with host 100 is reported as repeated, host 100 first.
    const [names, macs] = index.keys;
    expect(names.repeated.has('new')).toBe(true);
    expect(macs.byKey.get('m100')!.map((h) => h.name)).toEqual(['h100', ...Array<string>(200).fill('new')]);
  });
});
