import { Kind } from './tokens.js';
import type { Span } from '../text/line-index.js';
/**
 * The token vector as parallel typed arrays: kind, start, end and a line-break flag per token.
 * A 10 MB config has over a million tokens; one object each cost ~115 bytes and most of the
 * parse time in allocation and GC, while these arrays cost 10 bytes a token. Token text is
 * sliced from the source only when a value node needs it.
 */
export declare class TokenVector {
    readonly text: string;
    length: number;
    kinds: Uint8Array;
    starts: Int32Array;
    /** Exclusive end offsets. */
    ends: Int32Array;
    /** 1 when a line break (or the file start) precedes the token: used to locate missing semicolons. */
    newline: Uint8Array;
    constructor(text: string, capacity?: number);
    push(kind: Kind, start: number, end: number, nl: boolean): void;
    kind(i: number): Kind | undefined;
    image(i: number): string;
    /** The token's text lower-cased; '' out of range. */
    lower(i: number): string;
    /** Token records, for tools and tests (the parser itself reads the arrays). */
    [Symbol.iterator](): IterableIterator<{
        kind: Kind;
        start: number;
        end: number;
        image: string;
    }>;
    private grow;
}
export interface Comment extends Span {
    type: 'Comment';
    /** The comment text including its leading '#'. */
    text: string;
}
export interface ScanResult {
    tokens: TokenVector;
    comments: Comment[];
}
/**
 * One pass over the text. Never throws: anything unexpected becomes a Bad token that the
 * grammar carries along and the builder reports with a precise span.
 */
export declare function scan(text: string): ScanResult;
//# sourceMappingURL=scanner.d.ts.map