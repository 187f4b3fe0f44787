import type { IRecognitionException } from 'chevrotain';
import type { Expression, Value } from '../ast/nodes.js';
import { excerpt } from '../text/excerpt.js';
import { expectDefined } from '../invariant.js';
import { ExpressionFailure, expressionGrammar, type ExpressionGrammar } from './grammar.js';
import { BINARY_PRECEDENCE, toTokens, type ValueToken } from './tokens.js';

/**
 * Deepest nesting of parentheses, 'not' and function calls that is read. The grammar recurses
 * once per level, so the bound, checked before the grammar runs, keeps it far from the end of the
 * call stack; real conditions are a few levels deep. Chains of binary operators (10,000 'or's,
 * which dhcpd accepts) are read in a loop and cost no depth.
 */
export const MAX_EXPRESSION_DEPTH = 1000;

export interface ExprError {
  /** Set when the expression was too deep to read (a limit of this tool, not a syntax error). */
  code?: 'nested-too-deep';
  message: string;
  start: number;
  end: number;
}

export interface ExpressionResult {
  expression?: Expression;
  errors: ExprError[];
  /** Index in `words` of the first word after the expression (`end` when it ran to the end). */
  position: number;
}

/**
 * The first word at which words[start, end) nests deeper than MAX_EXPRESSION_DEPTH, or -1.
 * Depth counts open parentheses and the 'not's still waiting for their operand, as the grammar
 * would recurse on them; a call's parentheses count three times (its arguments are read two
 * rules and three nested alternatives down, about three times the stack of a parenthesis).
 */
function tooDeepAt(tokens: readonly ValueToken[], n: number): number {
  // Pending 'not's per open parenthesis level (level 0 is the expression itself), and the depth
  // each parenthesis added.
  const nots: number[] = [0];
  const weights: number[] = [];
  let depth = 1;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    const t = token.text;
    const level = nots.length - 1;
    if (t === 'not' || t === '!') {
      nots[level] = (nots[level] ?? 0) + 1;
      depth++;
    } else if (t === '(') {
      const before = tokens[i - 1];
      const weight = before && before.payload.type === 'Word' && BINARY_PRECEDENCE[before.text] === undefined ? 3 : 1;
      weights.push(weight);
      nots.push(0);
      depth += weight;
    } else if (t === ')') {
      if (level === 0) continue;
      depth -= (weights.pop() ?? 0) + (nots.pop() ?? 0);
      // The parenthesis closed an operand: the 'not's before it have theirs.
      depth -= nots[level - 1] ?? 0;
      nots[level - 1] = 0;
    } else if (token.payload.type === 'Word' || token.payload.type === 'String') {
      depth -= nots[level] ?? 0;
      nots[level] = 0;
    }
    if (depth > MAX_EXPRESSION_DEPTH) return i;
  }
  return -1;
}

/** Token objects reused from one expression to the next, and the input array handed to the grammar. */
const pool: ValueToken[] = [];
const input: ValueToken[] = [];
const POOL_LIMIT = 4096;

/** Parses the expression at the start of words[start, end), stopping where it can no longer continue. */
export function parseExpressionPrefix(words: readonly Value[], start: number, end: number): ExpressionResult {
  const grammar = expressionGrammar(); // first: it gives the token types their indices
  const n = toTokens(words, start, end, pool);
  try {
    const deep = tooDeepAt(pool, n);
    if (deep >= 0) return tooDeep(expectDefined(words[start + deep], 'tooDeepAt returns the index of a word'), end);
    return parseTokens(grammar, words, start, end, n);
  } finally {
    // Keep a working set of token objects, not the longest expression ever read.
    if (pool.length > POOL_LIMIT) pool.length = input.length = POOL_LIMIT;
  }
}

function parseTokens(
  grammar: ExpressionGrammar,
  words: readonly Value[],
  start: number,
  end: number,
  n: number,
): ExpressionResult {
  input.length = n;
  for (let i = 0; i < n; i++) input[i] = expectDefined(pool[i], 'toTokens wrote n tokens to the pool');
  grammar.input = input;
  grammar.arityProblem = undefined;
  let expression: Expression | undefined;
  let failure: ExpressionFailure | undefined;
  try {
    expression = grammar.expression(1);
  } catch (e) {
    // The depth bound keeps the grammar's recursion short; should the stack still run out
    // (parse called from deep in a caller's stack), the expression is reported as not checked.
    if (e instanceof RangeError)
      return tooDeep(expectDefined(words[start], 'an expression has at least one word'), end);
    if (!(e instanceof ExpressionFailure)) throw e;
    failure = e;
    expression = undefined;
  }
  // Words left after a complete expression are the caller's to judge (parseExpression, case labels).
  const recognition = grammar.errors.find((e) => e.name !== 'NotAllInputParsedException');
  if (recognition) {
    failure ??= noViableExpression(recognition, expectDefined(words[end - 1], 'an expression has at least one word'));
    expression = undefined;
  }
  const next = grammar.next();
  const position = next ? start + input.indexOf(next) : end;
  const first = grammar.arityProblem ?? failure;
  return {
    expression,
    errors: first ? [{ message: first.message, start: first.start, end: first.end }] : [],
    position,
  };
}

function tooDeep(at: Value, end: number): ExpressionResult {
  return {
    errors: [
      {
        code: 'nested-too-deep',
        message: `This expression is nested deeper than ${MAX_EXPRESSION_DEPTH} levels; it is not checked.`,
        start: at.span.start,
        end: at.span.end,
      },
    ],
    position: end,
  };
}

/** The grammar met no alternative for a token where an operand belongs. */
function noViableExpression(e: IRecognitionException, last: Value): ExpressionFailure {
  const t = e.token as ValueToken;
  if (!t.payload) return new ExpressionFailure('Expected an expression here.', last.span.end, last.span.end);
  const v = t.payload;
  return new ExpressionFailure(
    `Unexpected '${excerpt(v.type === 'String' ? v.raw : v.text)}' in an expression.`,
    t.startOffset,
    t.endOffset ?? t.startOffset,
  );
}

/** Parses words[start, end) as one expression; reports trailing words as an error. */
export function parseExpression(
  words: readonly Value[],
  start: number,
  end: number,
): { expression?: Expression; errors: ExprError[] } {
  const r = parseExpressionPrefix(words, start, end);
  const extra = r.position < end ? words[r.position] : undefined;
  if (r.expression && extra && r.errors.length === 0) {
    r.errors.push({
      message: `Unexpected '${excerpt(extra.type === 'String' ? extra.raw : extra.text)}' after the expression; is an operator or ';' missing?`,
      start: extra.span.start,
      end: extra.span.end,
    });
  }
  return { expression: r.expression, errors: r.errors };
}
