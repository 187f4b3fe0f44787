// Hosts that share a name, a hardware address or a fixed address, found once for host-duplicates
// and host-duplicate-address: in one pass (the CLI), or from an index kept between runs (the
// language server), with the same results.
import type { HostFacts, Located } from '../../model/facts.js';
import { ITEMS_PER_PAUSE, type RuleContext } from '../rule.js';
import { keptHostIndex, keyIndex, type KeyIndex } from './host-index.js';

/** One use of an address by a host. */
export interface Use {
  host: HostFacts;
  loc: Located;
}

/** What a rule reports for each kind of clash; a kind it leaves out is not looked for. */
export interface HostClashes {
  /** `host` has the name of the earlier `first`. */
  name?(host: HostFacts, first: HostFacts): void;
  /** `use` gives a hardware address (`mac`, as written) that `holder`, another host, has. */
  hardware?(mac: string, use: Use, holder: Use): void;
  /** `use` gives a fixed address (`text`, as written) that `holder`, another host, has. */
  fixed?(text: string, use: Use, holder: Use): void;
}

/** A hardware address as dhcpd compares it: its type and its bytes. */
type MacFact = HostFacts['macs'][number];
type FixedFact = HostFacts['fixed'][number];

const hardwareKey = (m: MacFact): string => `${m.type} ${m.value}`;

/** The keys indexed: names, hardware addresses, fixed addresses. */
const duplicateKeys = (): [KeyIndex<string>, KeyIndex<string>, KeyIndex<number>] => [
  keyIndex((h) => [h.name]),
  keyIndex((h) => new Set(h.macs.map(hardwareKey))),
  keyIndex((h) => new Set(h.fixed.map((f) => f.address))),
];

/** Reports every clash of the kinds `clashes` handles, pausing every ITEMS_PER_PAUSE hosts. */
export function* reportHostClashes(context: RuleContext, clashes: HostClashes): Generator<void, void, void> {
  if (!context.memo) {
    yield* reportOnce(context, clashes);
    return;
  }
  // With a memo (the language server), the index of the last run is updated from the hosts that changed.
  const index = yield* keptHostIndex(context.memo, context.facts.hosts, duplicateKeys, ITEMS_PER_PAUSE);
  const [names, macs, fixed] = index.keys;
  // What the check reports, key by key, exactly as one pass over the hosts in order would: the
  // first host of a name keeps it; a hardware or fixed address belongs to the last host of the
  // name that had it, and any other host using it is reported.
  if (clashes.name) {
    for (const name of names.repeated) {
      const [first, ...later] = names.byKey.get(name) ?? [];
      if (first) for (const h of later) clashes.name(h, first);
    }
  }
  if (clashes.hardware) {
    const report = clashes.hardware;
    for (const mac of macs.repeated) {
      const uses = (macs.byKey.get(mac) ?? []).flatMap((h) =>
        h.macs.filter((m) => hardwareKey(m) === mac).map((m) => ({ host: h, loc: m.loc, text: m.value })),
      );
      claim(uses, (u, holder) => report(u.text, u, holder));
    }
  }
  if (clashes.fixed) {
    const report = clashes.fixed;
    for (const address of fixed.repeated) {
      const uses = (fixed.byKey.get(address) ?? []).flatMap((h) =>
        h.fixed.filter((f) => f.address === address).map((f) => ({ host: h, loc: f.loc, text: f.text })),
      );
      claim(uses, (u, holder) => report(u.text, u, holder));
    }
  }
}

/** The host holding an address so far, and the fact that gave it; its location is built only for a report. */
interface Holder<F extends { readonly loc: Located }> {
  host: HostFacts;
  fact: F;
}

const useOf = <F extends { readonly loc: Located }>(h: Holder<F>): Use => ({ host: h.host, loc: h.fact.loc });

/**
 * The same check in one pass over the hosts, keeping nothing (the CLI lints once): a map per
 * kind of key holds the host that key belongs to so far. Hardware addresses are kept by type,
 * then by bytes, so no key string is built per address; a kind no handler asks for is not mapped.
 */
function* reportOnce(context: RuleContext, clashes: HostClashes): Generator<void, void, void> {
  const { name: onName, hardware: onHardware, fixed: onFixed } = clashes;
  const names = new Map<string, HostFacts>();
  const macsByType = new Map<string, Map<string, Holder<MacFact>>>();
  const fixed = new Map<number, Holder<FixedFact>>();
  const hosts = context.facts.hosts;
  let count = 0;
  for (const h of hosts) {
    if (onName) {
      const first = names.get(h.name);
      if (first) onName(h, first);
      else names.set(h.name, h);
    }
    if (onHardware)
      for (const m of h.macs) {
        let macs = macsByType.get(m.type);
        if (!macs) macsByType.set(m.type, (macs = new Map()));
        const holder = macs.get(m.value);
        if (!holder || holder.host.name === h.name) macs.set(m.value, { host: h, fact: m });
        else onHardware(m.value, { host: h, loc: m.loc }, useOf(holder));
      }
    if (onFixed)
      for (const f of h.fixed) {
        const holder = fixed.get(f.address);
        if (!holder || holder.host.name === h.name) fixed.set(f.address, { host: h, fact: f });
        else onFixed(f.text, { host: h, loc: f.loc }, useOf(holder));
      }
    if (++count % ITEMS_PER_PAUSE === 0) yield;
  }
}

/** Walks the uses of one address in order: a use by another host than the current holder's name is a clash. */
function claim<U extends { host: HostFacts }>(uses: U[], clash: (use: U, holder: U) => void): void {
  let holder: U | undefined;
  for (const u of uses) {
    if (!holder || holder.host.name === u.host.name) holder = u;
    else clash(u, holder);
  }
}
