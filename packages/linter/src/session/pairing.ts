// Failover pairs: which servers pair up, and the pair stage (pair rules, missing partners,
// refused host files, host context) over them.
import { dirname, relative } from 'node:path';
import { expectDefined } from '@dhcplint/parser/internal';
import type { PeerFacts } from '../model/facts.js';
import { textFile } from '../model/host-context.js';
import { allPairRules } from '../rules/index.js';
import { partnerMissingReport } from '../rules/pair-partner-missing.js';
import { readRefusedHostFileReport } from '../rules/read-refused.js';
import { hostContextProblems } from '../rules/support/host-context.js';
import { shortServerName } from '../summary.js';
import type { Diagnostic, RelatedLocation } from '../types.js';
import { severityFor, toDiagnostic, type ResolvedReportInput } from './diagnostics.js';
import { pushAll, type LintResult, type Server, type ServerPair } from './results.js';
import type { LintSettings } from './settings.js';
import { getOrAdd } from '../model/maps.js';

/** Why a peer's partner was not paired: none given, only copies of this side (`candidates`), or several that could be it. */
function partnerMissing(peer: PeerFacts, server: Server, candidates: Server[]): ResolvedReportInput {
  if (!candidates.length) return partnerMissingReport(peer);
  const role = roleOf(server, peer.name);
  const here = dirname(server.config.main.uri);
  const named = (c: Server) => relative(here, c.config.options.root ?? c.config.main.uri) || c.name;
  const declare = `declare${candidates.length === 1 ? 's' : ''}`;
  // Copies of this side elsewhere (a backup, another site's primary) are no partner.
  if (candidates.every((c) => roleOf(c, peer.name) === role))
    return partnerMissingReport(peer, {
      messageId: 'sameRole',
      candidates: candidates.map(named).join(', '),
      declare,
      role,
    });
  return partnerMissingReport(peer, {
    messageId: 'ambiguous',
    candidates: candidates.map((c) => `${named(c)} as ${roleOf(c, peer.name)}`).join(', '),
    declare,
  });
}

/** The folder group a server is paired in first: sibling server roots share their parent folder, configs their own folder. */
const groupOf = (s: Server): string => dirname(s.config.options.root?.replace(/\/+$/, '') ?? s.config.main.uri);

/** The role of a server's side of a relationship (dhcpd takes a peer that names none as primary). */
const roleOf = (s: Server, peer: string): string => s.facts.peers.get(peer)?.[0]?.role ?? 'primary';

const firstPeer = (s: Server): string => [...s.facts.peers.keys()][0] ?? '';

/** The two servers of a list of exactly two (a pair's candidates), else undefined. */
function exactlyTwo(list: readonly Server[]): [Server, Server] | undefined {
  const [a, b] = list;
  return list.length === 2 && a && b ? [a, b] : undefined;
}

/**
 * Pairs servers: explicit pairs first (--pair, "pairs"), then by failover peer name within each
 * folder group (the configs of one folder or manifest, sibling server roots), where the two
 * configs of a relationship are its two sides, and two configs with one differently named peer
 * each are paired too (pair-peer-name says what differs). Across folders only a primary and a
 * secondary are paired, and only when no third config declares the relationship: copies of one
 * half in two folders are never a pair. Lastly, a run of exactly two configs with one peer each
 * is that pair. Servers left out get pair-partner-missing, naming the configs that made the
 * choice ambiguous.
 */
export function findPairs(servers: Server[], settings: LintSettings = {}): ServerPair[] {
  const pairs: ServerPair[] = [];
  /** Relationships already paired, per server (a server may have several). */
  const claimed = new Map<Server, Set<string>>();
  const pair = (a: Server, b: Server, peer: string, names: string[] = [peer]) => {
    pairs.push({ a, b, peer });
    for (const s of [a, b])
      for (const n of names) if (s.facts.peers.has(n)) getOrAdd(claimed, s, () => new Set()).add(n);
  };
  for (const [x, y] of settings.pairs ?? []) {
    // A pair names a server by its name, its main file or its root folder.
    const named = (s: Server, n: string) =>
      s.name === n ||
      s.config.main.uri === n ||
      (s.config.options.root !== undefined && s.config.options.root.replace(/\/+$/, '') === n.replace(/\/+$/, ''));
    const a = servers.find((s) => named(s, x));
    const b = servers.find((s) => named(s, y));
    // An explicit pair claims both servers whole.
    if (a && b && a !== b) pair(a, b, firstPeer(a), [...a.facts.peers.keys(), ...b.facts.peers.keys()]);
  }
  /** The servers of `list` declaring each relationship not yet paired. */
  const byPeer = (list: Server[]) => {
    const m = new Map<string, Server[]>();
    for (const s of list)
      for (const name of s.facts.peers.keys()) if (!claimed.get(s)?.has(name)) getOrAdd(m, name, () => []).push(s);
    return m;
  };
  const groups = new Map<string, Server[]>();
  for (const s of servers) getOrAdd(groups, groupOf(s), () => []).push(s);
  for (const group of groups.values()) {
    for (const [peer, list] of byPeer(group)) {
      const two = exactlyTwo(list);
      if (two) pair(two[0], two[1], peer);
    }
    const unpaired = exactlyTwo(group.filter((s) => s.facts.peers.size > 0 && !claimed.has(s)));
    if (unpaired && unpaired.every((s) => s.facts.peers.size === 1))
      pair(unpaired[0], unpaired[1], firstPeer(unpaired[0]), unpaired.map(firstPeer));
  }
  for (const [peer, list] of byPeer(servers)) {
    const two = exactlyTwo(list);
    if (two && roleOf(two[0], peer) !== roleOf(two[1], peer)) pair(two[0], two[1], peer);
  }
  const onlyTwo = exactlyTwo(servers);
  if (!pairs.length && onlyTwo && onlyTwo.every((s) => s.facts.peers.size === 1))
    pair(onlyTwo[0], onlyTwo[1], firstPeer(onlyTwo[0]), onlyTwo.map(firstPeer));
  return pairs;
}

/**
 * The pair stage's diagnostics (before directives): every pair rule on every pair, a note for each
 * server whose peer found no partner, refused host files, host-context problems. Pauses between
 * pair rules; a rule that throws is recorded in `internalErrors`.
 */
export function* pairStageSteps(
  servers: Server[],
  pairs: ServerPair[],
  settings: LintSettings,
  internalErrors: LintResult['internalErrors'],
): Generator<void, Diagnostic[], void> {
  const pairDiags: Diagnostic[] = [];
  for (const { a, b, peer } of pairs) {
    for (const rule of allPairRules) {
      const sev = severityFor(rule.meta.id, rule.meta.defaultSeverity, settings);
      if (!sev) continue;
      try {
        rule.check({
          a: a.facts,
          b: b.facts,
          peerName: peer,
          report: (r) => pairDiags.push(toDiagnostic(rule.meta.id, sev, r)),
        });
      } catch (e) {
        internalErrors.push({ ruleId: rule.meta.id, message: String(e) });
      }
      yield;
    }
  }
  // Never a silent pass: a server that declares a failover peer but was not paired says so.
  const missingSev = severityFor('pair-partner-missing', 'info', settings);
  const inPair = (s: Server) => pairs.some((p) => p.a === s || p.b === s);
  if (missingSev) {
    for (const s of servers) {
      if (inPair(s)) continue;
      for (const [peer] of s.facts.peers.values()) {
        if (!peer) continue;
        const candidates = servers.filter((t) => t !== s && !inPair(t) && t.facts.peers.has(peer.name));
        pairDiags.push(toDiagnostic('pair-partner-missing', missingSev, partnerMissing(peer, s, candidates)));
      }
    }
  }
  const refusedSev = severityFor('read-refused', 'error', settings);
  const hostDiags: { server: Server; d: Diagnostic }[] = [];
  for (const s of servers) {
    if (refusedSev)
      for (const r of s.refusedHostFiles ?? [])
        pairDiags.push(toDiagnostic('read-refused', refusedSev, readRefusedHostFileReport(textFile(r.path, ''), r)));
    const partner = pairs.find((p) => p.a === s)?.b ?? pairs.find((p) => p.b === s)?.a;
    for (const p of hostContextProblems(s.facts, partner?.facts)) {
      const sev = severityFor(p.ruleId, p.severity, settings);
      if (sev) hostDiags.push({ server: s, d: toDiagnostic(p.ruleId, sev, p) });
    }
  }
  return pushAll(pairDiags, namedInSharedFiles(hostDiags, servers));
}

/**
 * Host-context diagnostics in a host file several servers read (a manifest's shared defaults
 * file): each problem once, naming the servers it is about, instead of once per server with
 * nothing to tell them apart.
 */
function namedInSharedFiles(items: { server: Server; d: Diagnostic }[], servers: Server[]): Diagnostic[] {
  const readers = new Map<string, number>();
  for (const s of servers)
    for (const f of [
      ...(s.facts.host?.netplanFiles ?? []),
      ...(s.facts.host?.defaults ? [s.facts.host.defaults.file] : []),
    ])
      readers.set(f.uri, (readers.get(f.uri) ?? 0) + 1);
  const out: Diagnostic[] = [];
  const same = new Map<string, { server: Server; d: Diagnostic }[]>();
  for (const it of items) {
    if ((readers.get(it.d.uri) ?? 0) < 2) out.push(it.d);
    else {
      const key = [it.d.ruleId, it.d.uri, it.d.span.start, it.d.span.end, it.d.message].join('\0');
      getOrAdd(same, key, () => []).push(it);
    }
  }
  for (const list of same.values()) {
    const names = [...new Set(list.map((x) => shortServerName(x.server)))];
    const related: RelatedLocation[] = [];
    for (const r of list.flatMap((x) => x.d.related ?? []))
      if (!related.some((y) => y.uri === r.uri && y.span.start === r.span.start && y.message === r.message))
        related.push(r);
    const last = names.pop();
    const who = names.length ? `${names.join(', ')} and ${last}` : last;
    const { d } = expectDefined(list[0], 'a group holds the diagnostic that opened it');
    out.push({ ...d, message: `${who}: ${d.message}`, related });
  }
  return out;
}
