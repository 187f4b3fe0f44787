// What the pair rules share: how messages name the two servers, the peer declarations of both
// sides, effective failover values, and where something missing on the partner would go (the
// related location of a "missing on the partner" report, and where the copy quick fix writes).
import { failoverDefault, type AnyStatement, type Span } from '@dhcplint/parser';
import type { PeerFacts, ServerFacts, Setting, SubnetFacts } from '../../model/facts.js';
import type { SourceFile } from '../../types.js';
import type { PairContext } from '../rule.js';
import { PEER_FO, POOL_FO, SECONDARY_FO } from './examples.js';
import { spanOfWords } from './spans.js';

/** The primary of the pair examples: peer "fo" and its pool. */
export const PRIMARY = PEER_FO() + POOL_FO;

/** The matching secondary. */
export const SECONDARY = SECONDARY_FO + POOL_FO;

/** A place in the partner's files that a related location points at. */
export interface Anchor {
  file: SourceFile;
  span: Span;
}

/**
 * How the messages name the two servers: the last part of each server's name (its root folder or
 * config file), as the run summary does, so the meaningful part of a message is not pushed out of
 * a Problems row by a path. Two servers whose last parts are the same (a/dhcpd.conf and
 * b/dhcpd.conf) keep their folder too.
 */
export function pairLabels(a: ServerFacts, b: ServerFacts): (s: ServerFacts) => string {
  const parts = (s: ServerFacts) => s.name.replace(/\/+$/, '').split('/').filter(Boolean);
  const last = (s: ServerFacts, n: number) => parts(s).slice(-n).join('/') || s.name;
  const n = last(a, 1) === last(b, 1) ? 2 : 1;
  return (s) => last(s, n);
}

const peerOf = (s: ServerFacts, name: string): PeerFacts | undefined => s.peers.get(name)?.[0];

/** The relationship's peer declaration on each server (the first one when the names differ). */
export function bothPeers(ctx: Pick<PairContext, 'a' | 'b' | 'peerName'>): [PeerFacts, PeerFacts] | undefined {
  const a = peerOf(ctx.a, ctx.peerName) ?? [...ctx.a.peers.values()][0]?.[0];
  const b = peerOf(ctx.b, ctx.peerName) ?? [...ctx.b.peers.values()][0]?.[0];
  return a && b ? [a, b] : undefined;
}

/** Each server of the pair as seen from it: its partner and how messages name the partner. */
export function serverSides(ctx: Pick<PairContext, 'a' | 'b'>): [ServerFacts, ServerFacts, string][] {
  const nameOf = pairLabels(ctx.a, ctx.b);
  return [
    [ctx.a, ctx.b, nameOf(ctx.b)],
    [ctx.b, ctx.a, nameOf(ctx.a)],
  ];
}

/** The relationship's peer declarations as seen from each side: this one, the partner's, the partner's name. */
export function peerSides(ctx: Pick<PairContext, 'a' | 'b' | 'peerName'>): [PeerFacts, PeerFacts, string][] {
  const pair = bothPeers(ctx);
  if (!pair) return [];
  const nameOf = pairLabels(ctx.a, ctx.b);
  return [
    [pair[0], pair[1], nameOf(ctx.b)],
    [pair[1], pair[0], nameOf(ctx.a)],
  ];
}

/** A failover setting's value, or dhcpd's default when it is not written ('unset' when dhcpd has none). */
export function effective(p: PeerFacts, key: string): { value: string; setting?: Setting } {
  const s = p.settings.get(key);
  return { value: s?.value ?? failoverDefault(key) ?? 'unset', setting: s };
}

/** Where a report about a peer setting goes: the setting, else the peer declaration. */
export const atPeer = (p: PeerFacts, s?: Setting): Anchor => ({
  file: s?.file ?? p.file,
  span: s?.span ?? spanOfWords(p.decl),
});

/**
 * The last top-level statement of the partner's main file that `wanted` accepts (its last
 * top-level statement when none does): where something the partner lacks would go.
 */
export function lastTopLevel(s: ServerFacts, ...wanted: ((st: AnyStatement) => boolean)[]): Anchor {
  const main = s.config.main;
  const body = main.ast?.body ?? [];
  for (const w of [...wanted, () => true]) {
    const st = body.findLast(w);
    if (st) return { file: main, span: spanOfWords(st) };
  }
  return { file: main, span: { start: 0, end: 0 } };
}

export const isSetting = (st: AnyStatement): boolean => (st.type === 'Parameter' && !st.body) || st.type === 'Option';

/** The partner's subnet with the same network and mask. */
export const sameSubnet = (s: SubnetFacts | undefined, partner: ServerFacts): SubnetFacts | undefined =>
  s ? partner.subnets.find((t) => t.network === s.network && t.mask === s.mask) : undefined;

/** The partner's top-level shared-network of that name, in any of its files. */
function sharedNetwork(partner: ServerFacts, name: string): Anchor | undefined {
  for (const file of partner.config.files) {
    for (const st of file.ast?.body ?? [])
      if (st.type === 'SharedNetwork' && st.name === name) return { file, span: spanOfWords(st) };
  }
  return undefined;
}

/**
 * Where a subnet missing on the partner would go: its shared-network there, else after the partner's subnet just
 * below it.
 */
export function subnetAnchor(s: SubnetFacts, partner: ServerFacts): Anchor {
  if (s.sharedNetwork !== undefined) {
    const shared = sharedNetwork(partner, s.sharedNetwork);
    if (shared) return shared;
  }
  const topLevel = partner.subnets.filter((t) => t.sharedNetwork === undefined);
  const below = topLevel.filter((t) => t.network >>> 0 < s.network >>> 0);
  const after = below[below.length - 1] ?? topLevel[topLevel.length - 1];
  return after ? { file: after.file, span: spanOfWords(after.decl) } : lastTopLevel(partner, isSetting);
}
