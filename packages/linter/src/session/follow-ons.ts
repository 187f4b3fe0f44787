// Follow-on diagnostics: a statement dhcpd would refuse (an unknown option or statement, a value
// of the wrong type) is reported by the rule that found the error. The rules that judge the
// collected facts (failover consistency, the pair and host-context checks) would judge a value
// that is not one (`peer port 64x7` "is not a port number", "64x7 here but 647 on serv2"), so
// their diagnostics on that statement, or pointing at it from the partner, are dropped. Rules
// about the statement itself (a deprecated spelling, a missing ';') still speak: they say more.
import { findNodeAt, type Span } from '@dhcplint/parser';
import { ruleById } from '../rules/index.js';
import type { Diagnostic, SourceFile } from '../types.js';

/** Categories of the rules that judge facts collected from the statements. */
const FACT_RULES = new Set(['failover', 'pair', 'host-context']);

/** Rules that report a statement dhcpd would not read as written. */
const STATEMENT_ERRORS = new Set(['invalid-value', 'unknown-option', 'unknown-statement', 'option-value-type', 'syntax']);

/** The statements (not blocks: an error on a subnet's line does not silence its body) that carry such an error, by file. */
export function erroredStatements(diagnostics: readonly Diagnostic[], fileOf: (uri: string) => SourceFile | undefined): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' || !STATEMENT_ERRORS.has(d.ruleId)) continue;
    const ast = fileOf(d.uri)?.ast;
    const node = ast && findNodeAt(ast, d.span.start)?.node;
    if (!node || ('body' in node && node.body)) continue;
    (out.get(d.uri) ?? out.set(d.uri, []).get(d.uri)!).push(node.span);
  }
  return out;
}

const within = (errored: Map<string, Span[]>, uri: string, span: Span) => errored.get(uri)?.some((s) => span.start >= s.start && span.start < s.end) === true;

/** Diagnostics that are never a follow-on: other rules' than the fact rules', and any that carries a fix (it is the remedy). */
const kept = (d: Diagnostic) => !FACT_RULES.has(ruleById.get(d.ruleId)?.category ?? '') || d.fix !== undefined;

/**
 * The diagnostics without the follow-ons of the errored statements: another rule's diagnostic at
 * such a statement, or (`related`: pair diagnostics) one whose counterpart is such a statement.
 */
export function withoutFollowOns(diagnostics: Diagnostic[], errored: Map<string, Span[]>, related = false): Diagnostic[] {
  if (errored.size === 0) return diagnostics;
  return diagnostics.filter((d) => kept(d) || !(within(errored, d.uri, d.span) || (related && (d.related ?? []).some((r) => within(errored, r.uri, r.span)))));
}
