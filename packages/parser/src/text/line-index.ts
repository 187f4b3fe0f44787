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

export class LineIndex {
  /** Offset at which each line starts; built once per text. */
  readonly lineStarts: number[];
  /** `lineStarts`, when given, must be exactly what scanning `text` would find (see `afterEdit`). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    let i = -1;
    // \n ends a line; a lone \r (old Mac) also does, so columns stay right on mixed files.
    for (;;) {
      i = text.indexOf('\n', i + 1);
      if (i < 0) break;
      starts.push(i + 1);
    }
    if (text.includes('\r')) {
      for (let j = 0; j < text.length; j++) {
        if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) !== 10) starts.push(j + 1);
      }
      starts.sort((a, b) => a - b);
    }
    this.lineStarts = starts;
  }
  /**
   * The index of `text`, an edit of `previous.text` that replaced [start, oldEnd) with the text
   * now at [start, newEnd): line starts before the edit are kept, those after it shifted, and only
   * the edited part rescanned, so a keystroke in a 10 MB file costs no scan of the whole text.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = previous.lineStarts;
    const delta = newEnd - oldEnd;
    // A line starts at p when p-1 is '\n', or p-1 is a '\r' not followed by '\n' at p: it depends
    // on characters p-1 and p. Starts below `start` read only unchanged characters before the
    // edit; starts above `oldEnd` only unchanged ones after it; those in between are rescanned.
    let keep = 0;
    for (let hi = old.length; keep < hi; ) {
      const mid = (keep + hi) >> 1;
      if ((old[mid] ?? 0) < start) keep = mid + 1;
      else hi = mid;
    }
    let from = keep;
    for (let hi = old.length; from < hi; ) {
      const mid = (from + hi) >> 1;
      if ((old[mid] ?? 0) <= oldEnd) from = mid + 1;
      else hi = mid;
    }
    const starts = old.slice(0, keep);
    for (let p = Math.max(1, start); p <= newEnd && p <= text.length; p++) {
      const before = text.charCodeAt(p - 1);
      if (before === 10 || (before === 13 && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    if (start === 0) starts.unshift(0);
    for (let k = from; k < old.length; k++) starts.push((old[k] ?? 0) + delta);
    return new LineIndex(text, starts);
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.startOf(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.startOf(lo) };
  }
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.startOf(pos.line);
    const next = this.startOf(pos.line + 1);
    return Math.min(start + Math.max(0, pos.character), next);
  }
  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
  /** Text of a line without its line terminator. */
  lineText(line: number): string {
    return this.text.slice(this.startOf(line), this.startOf(line + 1)).replace(/\r?\n$|\r$/, '');
  }
  /** Where a line starts; a line past the last (or before the first) starts at the end of the text. */
  private startOf(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }
}
