// Which hosts share a name, a hardware address or a fixed address. Built once, then updated from
// the hosts that changed: in the language server an edit re-reads a few statements, and the
// hosts of all the others are the same objects as before (see FactsFragment), so a keystroke in
// a config of 100,000 hosts touches a handful of index entries instead of 300,000.
import type { HostFacts } from '../model/facts.js';

type Keys<K> = Map<K, HostFacts[]>;

export interface HostIndex {
  /** The hosts list this index describes (a server's `facts.hosts`, in document order). */
  hosts: readonly HostFacts[];
  /** Order keys: they never change for a host, and new hosts get keys between their neighbours'. */
  order: Map<HostFacts, number>;
  names: Keys<string>;
  macs: Keys<string>;
  fixed: Keys<number>;
  /** Keys held by two or more hosts: the only ones anything is reported for. */
  repeated: { names: Set<string>; macs: Set<string>; fixed: Set<number> };
}

const keysOf = (h: HostFacts) => ({
  name: h.name,
  macs: new Set(h.macs.map((m) => m.value)),
  fixed: new Set(h.fixed.map((f) => f.address)),
});

function add<K>(keys: Keys<K>, repeated: Set<K>, key: K, h: HostFacts, order: Map<HostFacts, number>): void {
  const list = keys.get(key);
  if (!list) {
    keys.set(key, [h]);
    return;
  }
  // Lists are short (usually one host); keep them in document order.
  const at = order.get(h)!;
  let i = list.length;
  while (i > 0 && order.get(list[i - 1]!)! > at) i--;
  list.splice(i, 0, h);
  repeated.add(key);
}

function remove<K>(keys: Keys<K>, repeated: Set<K>, key: K, h: HostFacts): void {
  const list = keys.get(key);
  if (!list) return;
  const i = list.indexOf(h);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) keys.delete(key);
  if (list.length < 2) repeated.delete(key);
}

function addHost(index: HostIndex, h: HostFacts): void {
  const k = keysOf(h);
  add(index.names, index.repeated.names, k.name, h, index.order);
  for (const m of k.macs) add(index.macs, index.repeated.macs, m, h, index.order);
  for (const f of k.fixed) add(index.fixed, index.repeated.fixed, f, h, index.order);
}

function removeHost(index: HostIndex, h: HostFacts): void {
  const k = keysOf(h);
  remove(index.names, index.repeated.names, k.name, h);
  for (const m of k.macs) remove(index.macs, index.repeated.macs, m, h);
  for (const f of k.fixed) remove(index.fixed, index.repeated.fixed, f, h);
  index.order.delete(h);
}

/** A new index of `hosts`, pausing every `perPause` hosts. */
export function* buildHostIndex(hosts: readonly HostFacts[], perPause: number): Generator<void, HostIndex, void> {
  const index: HostIndex = { hosts, order: new Map(), names: new Map(), macs: new Map(), fixed: new Map(), repeated: { names: new Set(), macs: new Set(), fixed: new Set() } };
  for (let i = 0; i < hosts.length; i++) {
    index.order.set(hosts[i]!, i);
    addHost(index, hosts[i]!);
    if ((i + 1) % perPause === 0) yield;
  }
  return index;
}

/**
 * Updates `index` to describe `hosts`, or returns undefined when that is not worth it (a new
 * server, or most hosts changed). The changed hosts are the window between the longest common
 * prefix and suffix of the old and new lists (by identity).
 */
export function updateHostIndex(index: HostIndex, hosts: readonly HostFacts[]): HostIndex | undefined {
  const old = index.hosts;
  const max = Math.min(old.length, hosts.length);
  let prefix = 0;
  while (prefix < max && old[prefix] === hosts[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === hosts[hosts.length - 1 - suffix]) suffix++;
  const removed = old.slice(prefix, old.length - suffix);
  const added = hosts.slice(prefix, hosts.length - suffix);
  if (removed.length + added.length > hosts.length / 4 + 64) return undefined;
  for (const h of removed) removeHost(index, h);
  // Order keys for the new hosts, evenly between the hosts around them.
  const before = prefix > 0 ? index.order.get(hosts[prefix - 1]!)! : undefined;
  const after = suffix > 0 ? index.order.get(hosts[hosts.length - suffix]!)! : undefined;
  const lo = before ?? (after !== undefined ? after - added.length - 1 : 0);
  const hi = after ?? lo + added.length + 1;
  const step = (hi - lo) / (added.length + 1);
  // Keys too close to tell apart (after very many insertions in one place): start afresh.
  if (added.length && !(step > Math.abs(hi) * 1e-9)) return undefined;
  added.forEach((h, i) => index.order.set(h, lo + step * (i + 1)));
  for (const h of added) addHost(index, h);
  index.hosts = hosts;
  return index;
}
