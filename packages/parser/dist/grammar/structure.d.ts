import type { TokenVector } from '../lexer/scanner.js';
/**
 * The statement/block skeleton of a dhcpd.conf file, as token index ranges.
 * dhcpd's keywords are not reserved and each statement has its own shape, so the grammar
 * here only decides structure (statements end with ';' or a block) and the AST builder
 * interprets each statement's words against the spec tables.
 */
export interface RawStatement {
    /** Index of the first token (an atom, ';' or '{'). */
    first: number;
    /** Index one past the last atom of the statement head. */
    headEnd: number;
    /** Index of the terminating ';', or -1. */
    semi: number;
    block?: RawBlock;
}
export interface RawBlock {
    open: number;
    /** Index of the closing '}', or -1 when the file ended first. */
    close: number;
    body: RawStatement[];
}
export interface StructureIssue {
    code: 'missing-semicolon' | 'unclosed-block' | 'stray-close-brace' | 'empty-statement';
    /** Token index the issue is anchored to. */
    token: number;
}
export interface StructureResult {
    body: RawStatement[];
    issues: StructureIssue[];
}
/** Parses the token vector into its statement skeleton. One parser instance per process. */
export declare function parseStructure(tokens: TokenVector): StructureResult;
//# sourceMappingURL=structure.d.ts.map