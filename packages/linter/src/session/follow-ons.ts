// Follow-on diagnostics: a statement dhcpd would refuse (an unknown option or statement, a value
// of the wrong type) is reported by the rule that found the error. The rules that judge the
// collected facts (failover consistency, the pair and host-context checks) would judge a value
// that is not one (`peer port 64x7` "is not a port number", "64x7 here but 647 on serv2"), so
// their diagnostics on that statement, or pointing at it from the partner, are dropped. Rules
// about the statement itself (a deprecated spelling, a missing ';') still speak: they say more.
import { findNodeAt, type Span } from '@dhcplint/parser';
import { expectDefined } from '@dhcplint/parser/internal';
import { getOrAdd } from '../model/maps.js';
import { ruleById } from '../rules/index.js';
import type { Diagnostic, SourceFile } from '../types.js';

/** Categories of the rules that judge facts collected from the statements. */
const FACT_RULES = new Set(['failover', 'pair', 'host-context']);

/** Rules that report a statement dhcpd would not read as written. */
const STATEMENT_ERRORS = new Set([
  'invalid-value',
  'unknown-option',
  'unknown-statement',
  'option-value-type',
  'syntax',
]);

/** Where the statement errors start, by file, sorted: the evidence a follow-on is looked up in. */
function errorStarts(diagnostics: readonly Diagnostic[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' || !STATEMENT_ERRORS.has(d.ruleId)) continue;
    getOrAdd(out, d.uri, () => []).push(d.span.start);
  }
  for (const starts of out.values()) starts.sort((a, b) => a - b);
  return out;
}

/** Whether a sorted list holds a value in [from, to). */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (expectDefined(sorted[mid], 'a binary search probes inside the list') < from) lo = mid + 1;
    else hi = mid;
  }
  const first = sorted[lo]; // the first value from `from` on, if any
  return first !== undefined && first < to;
}

/** Diagnostics that are never a follow-on: other rules' than the fact rules', and any that carries a fix (it is the remedy). */
const kept = (d: Diagnostic) => !FACT_RULES.has(ruleById.get(d.ruleId)?.category ?? '') || d.fix !== undefined;

/**
 * The diagnostics without the follow-ons of statement errors (`errors`: the diagnostics that may
 * hold them): a fact rule's diagnostic at a statement (not a block: an error on a subnet's line
 * does not silence its body) that has such an error, or (`related`: pair diagnostics) one whose
 * counterpart is such a statement. Only the few fact diagnostics are looked up in the tree (one
 * findNodeAt each), never every error: a file with thousands of errors costs no more.
 */
export function withoutFollowOns(
  diagnostics: Diagnostic[],
  errors: readonly Diagnostic[],
  fileOf: (uri: string) => SourceFile | undefined,
  related = false,
): Diagnostic[] {
  if (diagnostics.every(kept)) return diagnostics;
  const starts = errorStarts(errors);
  if (starts.size === 0) return diagnostics;
  const errored = (uri: string, span: Span): boolean => {
    const inFile = starts.get(uri);
    const ast = inFile && fileOf(uri)?.ast;
    const node = ast && findNodeAt(ast, span.start)?.node;
    if (!node || ('body' in node && node.body)) return false;
    return anyWithin(inFile, node.span.start, node.span.end);
  };
  return diagnostics.filter(
    (d) => kept(d) || !(errored(d.uri, d.span) || (related && (d.related ?? []).some((r) => errored(r.uri, r.span)))),
  );
}
