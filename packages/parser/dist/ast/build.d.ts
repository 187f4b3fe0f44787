import type { TokenVector, Comment } from '../lexer/scanner.js';
import type { RawBlock, RawStatement, StructureIssue } from '../grammar/structure.js';
import type * as N from './nodes.js';
import type { ParseError, ParseErrorCode } from './errors.js';
/**
 * Turns the statement skeleton into typed AST nodes, interpreting each statement's words.
 * Never throws: every oddity becomes a ParseError plus a node that keeps its span.
 */
export declare class AstBuilder {
    private readonly text;
    private readonly tokens;
    readonly errors: ParseError[];
    private readonly values;
    constructor(text: string, tokens: TokenVector);
    private start;
    private end;
    private spanOf;
    error(code: ParseErrorCode, message: string, start: number, end: number): void;
    value(i: number): N.Value;
    reportStructure(issues: StructureIssue[]): void;
    /** Whether the '}' at index `close` ends a `key NAME { … }` block. */
    private closesKeyBlock;
    block(raw: RawBlock): N.Block;
    statements(raws: RawStatement[]): N.Statement[];
    /** Interprets tokens [from, raw.headEnd) of a raw statement, pushing one or more statements. */
    private statement;
    private hasEquals;
    /** Builds the node for words [from, headEnd) with the raw statement's ';' or block. */
    private interpret;
}
export type { Comment };
//# sourceMappingURL=build.d.ts.map