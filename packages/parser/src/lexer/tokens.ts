import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/**
 * Token types. The scanner in scanner.ts produces these directly (one hand-written pass is
 * ~10x faster than a regex lexer on 10 MB files); Chevrotain only sees the token vector.
 * Every token except ; { } belongs to the Atom category: the structural grammar treats the
 * words of a statement uniformly and statement shapes are interpreted from spec tables.
 */
export const Atom = createToken({ name: 'Atom', pattern: Lexer.NA });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA, categories: [Atom] });
export const Str = createToken({ name: 'String', pattern: Lexer.NA, categories: [Atom] });
export const Comma = createToken({ name: 'Comma', pattern: Lexer.NA, categories: [Atom] });
export const LParen = createToken({ name: 'LParen', pattern: Lexer.NA, categories: [Atom] });
export const RParen = createToken({ name: 'RParen', pattern: Lexer.NA, categories: [Atom] });
export const Op = createToken({ name: 'Operator', pattern: Lexer.NA, categories: [Atom] });
export const Bad = createToken({ name: 'Invalid', pattern: Lexer.NA, categories: [Atom] });
export const Semi = createToken({ name: 'Semicolon', pattern: Lexer.NA });
export const LBrace = createToken({ name: 'LBrace', pattern: Lexer.NA });
export const RBrace = createToken({ name: 'RBrace', pattern: Lexer.NA });

export const allTokenTypes: TokenType[] = [Atom, Word, Str, Comma, LParen, RParen, Op, Bad, Semi, LBrace, RBrace];

/** Small integer kinds used by everything after the grammar (cheaper than comparing TokenTypes). */
export const enum Kind {
  Word = 1,
  String = 2,
  Comma = 3,
  LParen = 4,
  RParen = 5,
  Op = 6,
  Bad = 7,
  Semi = 8,
  LBrace = 9,
  RBrace = 10,
}

export const tokenTypeOfKind: Record<number, TokenType> = {
  [Kind.Word]: Word,
  [Kind.String]: Str,
  [Kind.Comma]: Comma,
  [Kind.LParen]: LParen,
  [Kind.RParen]: RParen,
  [Kind.Op]: Op,
  [Kind.Bad]: Bad,
  [Kind.Semi]: Semi,
  [Kind.LBrace]: LBrace,
  [Kind.RBrace]: RBrace,
};

/**
 * The grammar only looks at token types, so each kind is one shared IToken and the grammar's
 * input is a vector of references to these (positions come from the parser's own index).
 */
const tokenOfKind: IToken[] = [];
for (const [kind, tokenType] of Object.entries(tokenTypeOfKind)) {
  tokenOfKind[Number(kind)] = { image: tokenType.name, startOffset: NaN, tokenType, tokenTypeIdx: tokenType.tokenTypeIdx! };
}

export function grammarInput(kinds: Uint8Array, length: number): IToken[] {
  const out = new Array<IToken>(length);
  for (let i = 0; i < length; i++) out[i] = tokenOfKind[kinds[i]!]!;
  return out;
}
