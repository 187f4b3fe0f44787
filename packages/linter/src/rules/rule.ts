import type { AnyStatement, Span } from '@dhcplint/parser';
import type { ServerConfig } from '../model/config.js';
import type { ServerFacts } from '../model/facts.js';
import type { Fix, ReportInput, RuleMeta, SourceFile } from '../types.js';

export interface RuleContext {
  config: ServerConfig;
  facts: ServerFacts;
  report(r: ReportInput): void;
  /**
   * Where a rule may keep data for its next run on the same server (the language server passes
   * one; the CLI does not). Facts objects of unchanged statements are the same objects next time,
   * so a rule can update what it built instead of building it again. A run that stops part-way
   * must leave `value` undefined or whole.
   */
  memo?: { value?: unknown };
}

export interface RuleHandlers {
  statement?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void;
  /**
   * The statement types `statement` looks at; it is not called for others (most statements of a
   * large config are host lines no rule but a few cares about). Omitted: every statement.
   */
  statementTypes?: readonly AnyStatement['type'][];
  /** Of Parameter statements, the names `statement` looks at. Omitted: every parameter. */
  parameterNames?: readonly string[];
  /**
   * Runs after the walk. A pass over every host or range of a large server may be written as a
   * generator that yields every ITEMS_PER_PAUSE items: the language server answers requests at
   * each pause (see `walkConfigSteps`).
   */
  end?(): void | Generator<void, void, void>;
}

/** How many items a generator `end()` handles between two pauses. */
export const ITEMS_PER_PAUSE = 4096;

/** A rule over one server's configuration (its main file and includes), run during one shared walk. */
export interface ConfigRule {
  meta: RuleMeta;
  create(ctx: RuleContext): RuleHandlers;
}

export interface PairContext {
  /** The two servers of a failover pair, `a` being the one listed first. */
  a: ServerFacts;
  b: ServerFacts;
  peerName: string;
  report(r: ReportInput): void;
}

/** A rule over a failover pair (two servers). */
export interface PairRule {
  meta: RuleMeta;
  check(ctx: PairContext): void;
}

export function defineRule(meta: RuleMeta, create: (ctx: RuleContext) => RuleHandlers): ConfigRule {
  return { meta, create };
}

export function definePairRule(meta: RuleMeta, check: (ctx: PairContext) => void): PairRule {
  return { meta, check };
}

export const spanOf = (n: { span: Span }): Span => n.span;

/**
 * Removes a statement: its whole line (indentation, a trailing comment, the line break) when it is
 * alone on it, otherwise just the statement and the spaces after it.
 */
export function removeStatementFix(file: SourceFile, s: AnyStatement): Fix {
  const src = file.ast?.source ?? '';
  let start = s.span.start;
  while (start > 0 && (src[start - 1] === ' ' || src[start - 1] === '\t')) start--;
  const aloneBefore = start === 0 || src[start - 1] === '\n' || src[start - 1] === '\r';
  let end = s.span.end;
  while (end < src.length && (src[end] === ' ' || src[end] === '\t')) end++;
  if (src[end] === '#') while (end < src.length && src[end] !== '\n' && src[end] !== '\r') end++;
  const aloneAfter = end >= src.length || src[end] === '\n' || src[end] === '\r';
  if (aloneBefore && aloneAfter) return { span: { start, end: src.startsWith('\r\n', end) ? end + 2 : Math.min(src.length, end + 1) }, text: '' };
  return { span: { start: s.span.start, end: src[s.span.end] === ' ' ? s.span.end + 1 : s.span.end }, text: '' };
}

/** Damerau-free Levenshtein distance, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/**
 * Longest word did-you-mean looks at: no keyword is anywhere near it, and the distance costs
 * length × candidate length per candidate (a 1 MB word took 21 s).
 */
export const SUGGEST_MAX_LENGTH = 64;

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > SUGGEST_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-');
  for (const c of candidates) {
    const d = distance(w, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 4)) ? best : undefined;
}
