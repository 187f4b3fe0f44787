import type { ConfigFile } from './ast/nodes.js';
import type { ParseError } from './ast/errors.js';
import { LineIndex } from './text/line-index.js';
export interface ParseOptions {
    /** Identifies the file in the AST and in diagnostics. */
    uri?: string;
}
export interface ParseResult {
    ast: ConfigFile;
    /** Syntax errors, sorted by position. Empty for a well-formed file. */
    errors: ParseError[];
    /** Line/column conversion for this text. */
    lines: LineIndex;
}
/**
 * Parses dhcpd.conf text. Never throws on any input: problems come back in `errors` and the
 * AST still covers every statement that could be recognised.
 */
export declare function parse(text: string, options?: ParseOptions): ParseResult;
//# sourceMappingURL=parse.d.ts.map