// Applying text replacements to a string: the one routine behind the formatter's `format`, the
// linter's `--fix` and anything else that turns a list of edits into new text.

/** A replacement of text[span.start, span.end) by newText. Offsets are UTF-16, into the original text. */
export interface TextReplacement {
  span: { start: number; end: number };
  newText: string;
}

/**
 * Applies replacements to `text`, in order of position (ties: as given). A replacement that
 * overlaps one already applied, or reaches past the end of the text, is skipped: its offsets no
 * longer mean what they meant, and the caller can compute it again from the new text.
 */
export function applyTextEdits(text: string, edits: readonly TextReplacement[]): { text: string; applied: number } {
  // Array.prototype.sort is stable, so equal positions keep the caller's order (insertions in sequence).
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let pos = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.span.start < pos || e.span.end > text.length || e.span.end < e.span.start) continue;
    parts.push(text.slice(pos, e.span.start), e.newText);
    pos = e.span.end;
    applied++;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied };
}
