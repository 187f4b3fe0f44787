import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { Value } from '../ast/nodes.js';

// The expression language's terminals, as Chevrotain token types. dhcpd reserves no words, so
// every word-like token is also an `AnyWord` (an operand or a name wherever one is expected), and
// the operator words are also `BinaryOp` (their precedence is in BINARY_PRECEDENCE).
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
export const Not = createToken({ name: 'Not', pattern: Lexer.NA });

export const PlainWord = createToken({ name: 'PlainWord', pattern: Lexer.NA, categories: [AnyWord] });
export const OptionKw = createToken({ name: 'OptionKw', pattern: Lexer.NA, categories: [AnyWord] });
export const ExistsKw = createToken({ name: 'ExistsKw', pattern: Lexer.NA, categories: [AnyWord] });
export const DefinedKw = createToken({ name: 'DefinedKw', pattern: Lexer.NA, categories: [AnyWord] });
export const EncapsulateKw = createToken({ name: 'EncapsulateKw', pattern: Lexer.NA, categories: [AnyWord] });
export const NotWord = createToken({ name: 'NotWord', pattern: Lexer.NA, categories: [AnyWord, Not] });
/** `or`, `and` and arithmetic the scanner keeps as a word (`-`). */
export const WordOp = createToken({ name: 'WordOp', pattern: Lexer.NA, categories: [AnyWord, BinaryOp] });
export const PunctOp = createToken({ name: 'PunctOp', pattern: Lexer.NA, categories: [BinaryOp] });
export const Bang = createToken({ name: 'Bang', pattern: Lexer.NA, categories: [Not] });
export const Str = createToken({ name: 'Str', pattern: Lexer.NA });
export const LParen = createToken({ name: 'LParen', pattern: Lexer.NA });
export const RParen = createToken({ name: 'RParen', pattern: Lexer.NA });
export const Comma = createToken({ name: 'Comma', pattern: Lexer.NA });
/** Any other punctuation, and what the scanner could not read. */
export const Other = createToken({ name: 'Other', pattern: Lexer.NA });

export const ALL_TOKENS: TokenType[] = [
  AnyWord,
  BinaryOp,
  Not,
  PlainWord,
  OptionKw,
  ExistsKw,
  DefinedKw,
  EncapsulateKw,
  NotWord,
  WordOp,
  PunctOp,
  Bang,
  Str,
  LParen,
  RParen,
  Comma,
  Other,
];

/** dhcp-eval(5) binary operators, loosest first (dhcpd's expr_precedence). */
export const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '=': 3,
  '==': 3,
  '!=': 3,
  '~=': 3,
  '~~': 3,
  '|': 4,
  '^': 5,
  '&': 6,
  '+': 7,
  '-': 7,
  '*': 8,
  '/': 8,
  '%': 8,
};

/** The token type of a word (a switch: most words are names, and a keyed lookup of each cost more). */
function wordType(text: string): TokenType {
  switch (text) {
    case 'option':
    case 'config-option':
      return OptionKw;
    case 'exists':
      return ExistsKw;
    case 'defined':
      return DefinedKw;
    case 'encapsulate':
      return EncapsulateKw;
    case 'not':
      return NotWord;
    case 'or':
    case 'and':
    case '-':
      return WordOp;
    default:
      return PlainWord;
  }
}

function punctType(text: string): TokenType {
  switch (text) {
    case '(':
      return LParen;
    case ')':
      return RParen;
    case ',':
      return Comma;
    case '!':
      return Bang;
    default:
      return BINARY_PRECEDENCE[text] !== undefined ? PunctOp : Other;
  }
}

/** The operator or keyword text of a value: lower-cased words, punctuation as is, '' otherwise. */
export function textOf(v: Value): string {
  return v.type === 'Word' ? v.text.toLowerCase() : v.type === 'Punct' ? v.text : '';
}

function typeOf(v: Value, text: string): TokenType {
  switch (v.type) {
    case 'String':
      return Str;
    case 'Word':
      return wordType(text);
    case 'Punct':
      return punctType(text);
    default:
      return Other;
  }
}

/** A Chevrotain token for one of a statement's words; `payload` is the word itself. */
export interface ValueToken extends IToken {
  payload: Value;
  /** textOf(payload), computed once. */
  text: string;
}

/**
 * Chevrotain tokens for words[start, end), written into `pool` (reused between expressions: a
 * large file has hundreds of thousands of them). Returns how many were written.
 */
export function toTokens(words: readonly Value[], start: number, end: number, pool: ValueToken[]): number {
  let n = 0;
  for (let i = start; i < end; i++, n++) {
    const v = words[i];
    if (v === undefined) break;
    const text = textOf(v);
    const tokenType = typeOf(v, text);
    // A bare word creates its span object only when asked (ast/build.ts's WordNode): not here.
    const lazy = v as { spanStart?: number; spanEnd?: number };
    const startOffset = lazy.spanStart ?? v.span.start;
    const endOffset = lazy.spanEnd ?? v.span.end;
    const t = pool[n];
    if (t) {
      t.payload = v;
      t.text = text;
      t.tokenType = tokenType;
      t.tokenTypeIdx = tokenType.tokenTypeIdx ?? 0;
      t.startOffset = startOffset;
      t.endOffset = endOffset;
    } else {
      pool[n] = {
        image: '',
        payload: v,
        text,
        tokenType,
        tokenTypeIdx: tokenType.tokenTypeIdx ?? 0,
        startOffset,
        endOffset,
      };
    }
  }
  return n;
}
