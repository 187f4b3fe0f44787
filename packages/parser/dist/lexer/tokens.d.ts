import { type IToken, type TokenType } from 'chevrotain';
/**
 * Token types. The scanner in scanner.ts produces these directly (one hand-written pass is
 * ~10x faster than a regex lexer on 10 MB files); Chevrotain only sees the token vector.
 * Every token except ; { } belongs to the Atom category: the structural grammar treats the
 * words of a statement uniformly and statement shapes are interpreted from spec tables.
 */
export declare const Atom: TokenType;
export declare const Word: TokenType;
export declare const Str: TokenType;
export declare const Comma: TokenType;
export declare const LParen: TokenType;
export declare const RParen: TokenType;
export declare const Op: TokenType;
export declare const Bad: TokenType;
export declare const Semi: TokenType;
export declare const LBrace: TokenType;
export declare const RBrace: TokenType;
export declare const allTokenTypes: TokenType[];
/** Small integer kinds used by everything after the grammar (cheaper than comparing TokenTypes). */
export declare const enum Kind {
    Word = 1,
    String = 2,
    Comma = 3,
    LParen = 4,
    RParen = 5,
    Op = 6,
    Bad = 7,
    Semi = 8,
    LBrace = 9,
    RBrace = 10
}
export declare const tokenTypeOfKind: Record<number, TokenType>;
export declare function grammarInput(kinds: Uint8Array, length: number): IToken[];
//# sourceMappingURL=tokens.d.ts.map