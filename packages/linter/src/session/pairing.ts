// Failover pairs: which servers pair up, and the pair stage (pair rules, missing partners,
// refused host files, host context) over them.
import { pathExcerpt } from '@dhcplint/parser';
import type { PeerFacts } from '../model/facts.js';
import { textFile } from '../model/host-context.js';
import { allPairRules } from '../rules/index.js';
import { hostContextProblems } from '../rules/pair.js';
import type { Diagnostic } from '../types.js';
import { severityFor, toDiagnostic, type ResolvedReportInput } from './diagnostics.js';
import type { LintResult, Server, ServerPair } from './results.js';
import type { LintSettings } from './settings.js';

/** Where and how to say that a peer's partner was not given. */
function partnerMissing(peer: PeerFacts): ResolvedReportInput {
  const nameSpan = peer.decl.nameNode?.span ?? peer.span;
  return {
    file: peer.file,
    span: { start: peer.span.start, end: Math.max(nameSpan.end, peer.span.start) },
    message: `Failover peer "${peer.name}": no partner configuration was given, so the pair checks did not run. Lint both servers together (dhcplint A B, both server roots, or a folder holding both), pair them with --pair A=B or "pairs", or describe them in a "servers" manifest.`,
  };
}

/** Pairs servers by failover peer name; two servers with one differently named peer each are paired too. */
export function findPairs(servers: Server[], settings: LintSettings = {}): ServerPair[] {
  const pairs: ServerPair[] = [];
  for (const [x, y] of settings.pairs ?? []) {
    // A pair names a server by its name, its main file or its root folder.
    const named = (s: Server, n: string) => s.name === n || s.config.main.uri === n || (s.config.options.root !== undefined && s.config.options.root.replace(/\/+$/, '') === n.replace(/\/+$/, ''));
    const a = servers.find((s) => named(s, x));
    const b = servers.find((s) => named(s, y));
    if (a && b) pairs.push({ a, b, peer: [...a.facts.peers.keys()][0] ?? '' });
  }
  if (pairs.length) return pairs;
  const byPeer = new Map<string, Server[]>();
  for (const s of servers) for (const name of s.facts.peers.keys()) (byPeer.get(name) ?? byPeer.set(name, []).get(name)!).push(s);
  for (const [peer, list] of byPeer) if (list.length === 2) pairs.push({ a: list[0]!, b: list[1]!, peer });
  if (!pairs.length && servers.length === 2 && servers.every((s) => s.facts.peers.size === 1)) pairs.push({ a: servers[0]!, b: servers[1]!, peer: [...servers[0]!.facts.peers.keys()][0]! });
  return pairs;
}

/**
 * The pair stage's diagnostics (before directives): every pair rule on every pair, a note for each
 * server whose peer found no partner, refused host files, host-context problems. Pauses between
 * pair rules; a rule that throws is recorded in `internalErrors`.
 */
export function* pairStageSteps(servers: Server[], pairs: ServerPair[], settings: LintSettings, internalErrors: LintResult['internalErrors']): Generator<void, Diagnostic[], void> {
  const pairDiags: Diagnostic[] = [];
  for (const { a, b, peer } of pairs) {
    for (const rule of allPairRules) {
      const sev = severityFor(rule.meta.id, rule.meta.defaultSeverity, settings);
      if (!sev) continue;
      try {
        rule.check({ a: a.facts, b: b.facts, peerName: peer, report: (r) => pairDiags.push(toDiagnostic(rule.meta.id, sev, r)) });
      } catch (e) {
        internalErrors.push({ ruleId: rule.meta.id, message: String(e) });
      }
      yield;
    }
  }
  // Never a silent pass: a server that declares a failover peer but was not paired says so.
  const missingSev = severityFor('pair-partner-missing', 'info', settings);
  if (missingSev) for (const s of servers) if (!pairs.some((p) => p.a === s || p.b === s)) for (const [peer] of s.facts.peers.values()) if (peer) pairDiags.push(toDiagnostic('pair-partner-missing', missingSev, partnerMissing(peer)));
  const refusedSev = severityFor('read-refused', 'error', settings);
  for (const s of servers) {
    if (refusedSev) for (const r of s.refusedHostFiles ?? []) pairDiags.push(toDiagnostic('read-refused', refusedSev, { file: textFile(r.path, ''), span: { start: 0, end: 0 }, message: `Host file not read: ${pathExcerpt(r.path)} is ${r.reason}.` }));
    const partner = pairs.find((p) => p.a === s)?.b ?? pairs.find((p) => p.b === s)?.a;
    for (const p of hostContextProblems(s.facts, partner?.facts)) {
      const sev = severityFor(p.ruleId, p.severity, settings);
      if (sev) pairDiags.push(toDiagnostic(p.ruleId, sev, p));
    }
  }
  return pairDiags;
}
