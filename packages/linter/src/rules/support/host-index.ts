// Which hosts share a key (a name, a hardware address, a fixed address, …). Built once, then
// updated from the hosts that changed: in the language server an edit re-reads a few statements,
// and the hosts of all the others are the same objects as before (see FactsFragment), so a
// keystroke in a config of 100,000 hosts touches a handful of index entries instead of 300,000.
import { expectDefined } from '@dhcplint/parser/internal';
import type { HostFacts } from '../../model/facts.js';

/** One kind of key: the hosts holding each key, in document order. */
export interface KeyIndex<K> {
  keysOf(h: HostFacts): Iterable<K>;
  byKey: Map<K, HostFacts[]>;
  /** Keys held by two or more hosts. */
  repeated: Set<K>;
}

export interface HostIndex<Keys extends KeyIndex<unknown>[] = KeyIndex<unknown>[]> {
  /** The hosts list this index describes (a server's `facts.hosts`, in document order). */
  hosts: readonly HostFacts[];
  /** Order keys: they never change for a host, and new hosts get keys between their neighbours'. */
  order: Map<HostFacts, number>;
  keys: Keys;
}

/** An empty key index; `keysOf` should not repeat a key for one host. */
export function keyIndex<K>(keysOf: (h: HostFacts) => Iterable<K>): KeyIndex<K> {
  return { keysOf, byKey: new Map(), repeated: new Set() };
}

/** A host's order key: every host of the index gets one before its keys are added. */
function orderOf(order: Map<HostFacts, number>, h: HostFacts): number {
  return expectDefined(order.get(h), 'every indexed host has an order key');
}

function add<K>(index: KeyIndex<K>, key: K, h: HostFacts, order: Map<HostFacts, number>): void {
  const list = index.byKey.get(key);
  if (!list) {
    index.byKey.set(key, [h]);
    return;
  }
  // Lists are short (usually one host); keep them in document order: after the last host before h.
  const at = orderOf(order, h);
  list.splice(list.findLastIndex((other) => orderOf(order, other) <= at) + 1, 0, h);
  index.repeated.add(key);
}

function remove<K>(index: KeyIndex<K>, key: K, h: HostFacts): void {
  const list = index.byKey.get(key);
  if (!list) return;
  const i = list.indexOf(h);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) index.byKey.delete(key);
  if (list.length < 2) index.repeated.delete(key);
}

function addHost(index: HostIndex, h: HostFacts): void {
  for (const k of index.keys) for (const key of k.keysOf(h)) add(k, key, h, index.order);
}

function removeHost(index: HostIndex, h: HostFacts): void {
  for (const k of index.keys) for (const key of k.keysOf(h)) remove(k, key, h);
  index.order.delete(h);
}

/** A new index of `hosts` over the given (empty) key indexes, pausing every `perPause` hosts. */
export function* buildHostIndex<Keys extends KeyIndex<unknown>[]>(
  hosts: readonly HostFacts[],
  keys: Keys,
  perPause: number,
): Generator<void, HostIndex<Keys>, void> {
  const index: HostIndex<Keys> = { hosts, order: new Map(), keys };
  let count = 0;
  for (const h of hosts) {
    index.order.set(h, count++);
    addHost(index, h);
    if (count % perPause === 0) yield;
  }
  return index;
}

/**
 * Updates `index` to describe `hosts`, or returns undefined when that is not worth it (most hosts
 * changed). The changed hosts are the window between the longest common prefix and suffix of the
 * old and new lists (by identity).
 */
export function updateHostIndex<Keys extends KeyIndex<unknown>[]>(
  index: HostIndex<Keys>,
  hosts: readonly HostFacts[],
): HostIndex<Keys> | undefined {
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
  // The hosts around them are kept ones (the common prefix and suffix), so they have order keys.
  const hostBefore = prefix > 0 ? hosts[prefix - 1] : undefined;
  const hostAfter = suffix > 0 ? hosts[hosts.length - suffix] : undefined;
  const before = hostBefore && orderOf(index.order, hostBefore);
  const after = hostAfter && orderOf(index.order, hostAfter);
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

/**
 * The index of `hosts` kept in `memo` from the last run, updated; or a new one over `fresh()`
 * keys. The memo is unset while this works, so a run stopped part-way leaves none behind.
 */
export function* keptHostIndex<Keys extends KeyIndex<unknown>[]>(
  memo: { value?: unknown },
  hosts: readonly HostFacts[],
  fresh: () => Keys,
  perPause: number,
): Generator<void, HostIndex<Keys>, void> {
  const kept = memo.value as HostIndex<Keys> | undefined;
  memo.value = undefined;
  const index = (kept && updateHostIndex(kept, hosts)) ?? (yield* buildHostIndex(hosts, fresh(), perPause));
  memo.value = index;
  return index;
}
