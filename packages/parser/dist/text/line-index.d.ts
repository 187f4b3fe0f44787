/** Offset ↔ line/character conversion (0-based, UTF-16 code units, the LSP convention). */
export interface Position {
    line: number;
    character: number;
}
export interface Range {
    start: Position;
    end: Position;
}
/** Half-open source span [start, end) in UTF-16 offsets. */
export interface Span {
    start: number;
    end: number;
}
export declare class LineIndex {
    readonly text: string;
    /** Offset at which each line starts; built once per text. */
    readonly lineStarts: number[];
    constructor(text: string);
    get lineCount(): number;
    positionAt(offset: number): Position;
    offsetAt(pos: Position): number;
    rangeOf(span: Span): Range;
    /** Text of a line without its line terminator. */
    lineText(line: number): string;
}
//# sourceMappingURL=line-index.d.ts.map