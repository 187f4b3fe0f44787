// Making the two halves of a pair agree. A pair diagnostic whose two sides are the same statement
// (`default-lease-time` here and on the partner, the same option, the same failover timer) can be
// fixed in either direction by copying one statement's text over the other's. The language
// server offers both as quick fixes; `dhcplint --fix-pair primary|secondary` applies the one that
// copies from the chosen server.
import { findNodeAt, type AnyStatement, type Span } from '@dhcplint/parser';
import type { Server, ServerPair } from './engine.js';
import type { Diagnostic, SourceFile } from './types.js';

export interface FileEdit {
  uri: string;
  span: Span;
  text: string;
}

export interface MatchingEdits {
  /** Replaces this side's statement with the partner's. */
  take: FileEdit;
  /** Replaces the partner's statement with this side's. */
  write: FileEdit;
  /** The partner file (where `write` applies). */
  partnerUri: string;
}

/** Whether two statements set the same thing, so one may replace the other's text. */
function sameSetting(a: AnyStatement, b: AnyStatement): boolean {
  if (a.type === 'Parameter' && b.type === 'Parameter') return a.known && a.name === b.name && !a.body && !b.body;
  if (a.type === 'Option' && b.type === 'Option') return a.space === b.space && a.name === b.name;
  if (a.type === 'Range' && b.type === 'Range') return true; // the overlapping failover ranges of pair-failover-pools
  return false;
}

/** The two ways to make a pair diagnostic's sides agree, when its sides are the same statement. */
export function matchingEdits(d: Pick<Diagnostic, 'ruleId' | 'uri' | 'span' | 'related'>, fileOf: (uri: string) => SourceFile | undefined): MatchingEdits | undefined {
  if (!d.ruleId.startsWith('pair-')) return undefined;
  const file = fileOf(d.uri);
  if (!file?.ast) return undefined;
  for (const rel of d.related ?? []) {
    if (rel.uri === d.uri) continue;
    const partner = fileOf(rel.uri);
    if (!partner?.ast) continue;
    const here = findNodeAt(file.ast, d.span.start)?.node;
    const there = findNodeAt(partner.ast, rel.span.start)?.node;
    if (!here || !there || !sameSetting(here, there)) continue;
    const hereText = file.ast.source.slice(here.span.start, here.span.end);
    const thereText = partner.ast.source.slice(there.span.start, there.span.end);
    if (hereText === thereText) continue;
    return {
      take: { uri: d.uri, span: { start: here.span.start, end: here.span.end }, text: thereText },
      write: { uri: rel.uri, span: { start: there.span.start, end: there.span.end }, text: hereText },
      partnerUri: rel.uri,
    };
  }
  return undefined;
}

/** The role a server plays in a pair: its failover peer's `primary;` or `secondary;`. */
function roleOf(server: Server, peer: string): 'primary' | 'secondary' | undefined {
  return server.facts.peers.get(peer)?.[0]?.role;
}

/**
 * Fixes (as diagnostics carrying a `fix`, for fixFiles) that copy each matching pair setting from
 * the server with the given failover role to its partner.
 */
export function pairFixesFrom(role: 'primary' | 'secondary', diagnostics: readonly Diagnostic[], pairs: readonly ServerPair[]): Diagnostic[] {
  // Each file once: its parsed source and the server and pair it belongs to.
  const files = new Map<string, { file: SourceFile; server: Server; pair: ServerPair }>();
  for (const pair of pairs) for (const server of [pair.a, pair.b]) for (const file of server.config.files) if (!files.has(file.uri)) files.set(file.uri, { file, server, pair });
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const edits = matchingEdits(d, (u) => files.get(u)?.file);
    const here = edits && files.get(d.uri);
    if (!edits || !here) continue;
    const edit = roleOf(here.server, here.pair.peer) === role ? edits.write : edits.take;
    out.push({ ...d, uri: edit.uri, span: edit.span, fix: { span: edit.span, text: edit.text } });
  }
  return out;
}
