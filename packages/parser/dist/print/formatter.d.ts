import type { Span } from '../text/line-index.js';
export interface FormatOptions {
    /** Spaces per indentation level (default 2); ignored when useTabs. */
    indentSize?: number;
    useTabs?: boolean;
    /** Only edits inside this span are returned / applied (range formatting). */
    range?: Span;
}
/** A replacement of source[span.start, span.end) by newText. */
export interface TextEdit {
    span: Span;
    newText: string;
}
/**
 * Computes the edits that bring a file to canonical layout. Only the whitespace between tokens
 * and comments is ever changed, so no token or comment can be dropped, added or reordered.
 * Files with structural syntax errors are left alone (their structure is unknown).
 */
export declare function formatEdits(text: string, options?: FormatOptions): TextEdit[];
/** Returns the text in canonical layout (see formatEdits). */
export declare function format(text: string, options?: FormatOptions): string;
export declare function applyEdits(text: string, edits: readonly TextEdit[]): string;
//# sourceMappingURL=formatter.d.ts.map