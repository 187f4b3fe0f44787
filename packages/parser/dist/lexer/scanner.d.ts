import type { IToken } from 'chevrotain';
import { Kind } from './tokens.js';
import type { Span } from '../text/line-index.js';
/** A token as the grammar and the AST builder see it: a Chevrotain IToken plus our small kind. */
export interface Tok extends IToken {
    /** Offset of the token's last character (Chevrotain's inclusive convention); always set. */
    endOffset: number;
    kind: Kind;
    /** Position of the token in the vector, so statements can be kept as index ranges. */
    idx: number;
    /** True when a line break (or the file start) precedes the token: used to locate missing semicolons. */
    nl: boolean;
}
export interface Comment extends Span {
    type: 'Comment';
    /** The comment text including its leading '#'. */
    text: string;
}
export interface ScanResult {
    tokens: Tok[];
    comments: Comment[];
}
/**
 * One pass over the text. Never throws: anything unexpected becomes a Bad token that the
 * grammar carries along and the builder reports with a precise span.
 */
export declare function scan(text: string): ScanResult;
//# sourceMappingURL=scanner.d.ts.map