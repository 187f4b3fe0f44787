import { createToken, Lexer } from 'chevrotain';
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
export const allTokenTypes = [Atom, Word, Str, Comma, LParen, RParen, Op, Bad, Semi, LBrace, RBrace];
/** Small integer kinds used by everything after the grammar (cheaper than comparing TokenTypes). */
export var Kind;
(function (Kind) {
    Kind[Kind["Word"] = 1] = "Word";
    Kind[Kind["String"] = 2] = "String";
    Kind[Kind["Comma"] = 3] = "Comma";
    Kind[Kind["LParen"] = 4] = "LParen";
    Kind[Kind["RParen"] = 5] = "RParen";
    Kind[Kind["Op"] = 6] = "Op";
    Kind[Kind["Bad"] = 7] = "Bad";
    Kind[Kind["Semi"] = 8] = "Semi";
    Kind[Kind["LBrace"] = 9] = "LBrace";
    Kind[Kind["RBrace"] = 10] = "RBrace";
})(Kind || (Kind = {}));
export const tokenTypeOfKind = {
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
const tokenOfKind = [];
for (const [kind, tokenType] of Object.entries(tokenTypeOfKind)) {
    tokenOfKind[Number(kind)] = { image: tokenType.name, startOffset: NaN, tokenType, tokenTypeIdx: tokenType.tokenTypeIdx };
}
export function grammarInput(kinds, length) {
    const out = new Array(length);
    for (let i = 0; i < length; i++)
        out[i] = tokenOfKind[kinds[i]];
    return out;
}
//# sourceMappingURL=tokens.js.map