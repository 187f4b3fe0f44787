import { scan, type TokenVector } from '../lexer/scanner.js';
import { Kind } from '../lexer/tokens.js';
import { labelEnd, parseStructure } from '../grammar/structure.js';
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
 * Indentation stops growing at this depth. A 10,000-deep file (which dhcpd accepts) indented in
 * full would be 100 MB of spaces, and 100,000 levels more than a string can hold.
 */
export const MAX_INDENT_LEVELS = 100;

interface Item {
  start: number;
  end: number;
  kind: Kind | 0; // 0 = comment
  /** 1 on the last token of a switch label (`case "a":`, `default:`), which ends like a statement. */
  label?: 1;
}

/**
 * Computes the edits that bring a file to canonical layout. Only the whitespace between tokens
 * and comments is ever changed, so no token or comment can be dropped, added or reordered.
 * Files with structural syntax errors are left alone (their structure is unknown).
 */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  const { tokens, comments } = scan(text);
  if (hasStructuralErrors(tokens)) return [];
  const unit = options.useTabs ? '\t' : ' '.repeat(options.indentSize ?? 2);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const items = merge(tokens, comments, labelEnds(tokens));
  const edits: TextEdit[] = [];
  const start0 = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let depth = 0;
  const indents: string[] = [];
  const indent = (levels: number): string => {
    const capped = Math.min(levels, MAX_INDENT_LEVELS);
    return (indents[capped] ??= unit.repeat(capped));
  };
  let prev: Item | undefined;
  let statementOpen = false; // inside a statement's words (after its first word, before ; or {)
  let afterOpen = false; // nothing but comments since the last '{'
  for (const it of items) {
    const gapStart = prev ? prev.end : start0;
    const gap = text.slice(gapStart, it.start);
    const newlines = countNewlines(gap);
    if (it.kind === Kind.RBrace) depth = Math.max(0, depth - 1);
    let want: string;
    if (!prev) want = '';
    else if (it.kind === 0 && newlines === 0) want = ' '; // end-of-line comment stays on its line
    else if (prev.kind === Kind.Semi || prev.kind === Kind.LBrace || prev.kind === Kind.RBrace || prev.kind === 0 || prev.label || it.kind === Kind.RBrace || (it.kind === 0 && newlines > 0)) {
      const blank = newlines >= 2 && !afterOpen && it.kind !== Kind.RBrace ? eol : '';
      const extra = statementOpen && it.kind !== Kind.RBrace && prev.kind === 0 ? 1 : 0;
      want = blank + eol + indent(depth + extra);
      // A label's lone ':' goes tight after a string (`case "a":`), not after a word it would join.
    } else if (it.kind === Kind.Semi || (it.label && it.end - it.start === 1 && prev.kind !== Kind.Word) || it.kind === Kind.Comma || it.kind === Kind.RParen || prev.kind === Kind.LParen) want = '';
    else if (it.kind === Kind.LParen && gap === '') want = '';
    else if (newlines > 0) want = eol + indent(depth + 1); // continuation line of a long statement
    else want = ' ';
    if (gap !== want) edits.push({ span: { start: gapStart, end: it.start }, newText: want });
    if (it.kind === Kind.LBrace) depth++;
    if (it.kind !== 0) afterOpen = it.kind === Kind.LBrace;
    if (it.kind === Kind.Semi || it.kind === Kind.LBrace || it.kind === Kind.RBrace || it.label) statementOpen = false;
    else if (it.kind !== 0) statementOpen = true;
    prev = it;
  }
  // Exactly one line break at the end of a non-empty file; none in an empty one.
  const tailStart = prev ? prev.end : start0;
  const wantTail = prev ? eol : '';
  if (text.slice(tailStart) !== wantTail) edits.push({ span: { start: tailStart, end: text.length }, newText: wantTail });
  const r = options.range;
  return r ? edits.filter((e) => e.span.start >= r.start && e.span.end <= r.end) : edits;
}

/** Returns the text in canonical layout (see formatEdits). */
export function format(text: string, options: FormatOptions = {}): string {
  return applyEdits(text, formatEdits(text, options));
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}

function hasStructuralErrors(tokens: TokenVector): boolean {
  if (tokens.kinds.subarray(0, tokens.length).includes(Kind.Bad)) return true;
  // The grammar decides what is unbalanced, as it does for the parser.
  return parseStructure(tokens).issues.some((i) => i.code === 'unclosed-block' || i.code === 'stray-close-brace' || i.code === 'nested-too-deep');
}

/** Indices of the tokens that end a switch label: a label starts where a statement may. */
function labelEnds(tokens: TokenVector): Set<number> {
  const ends = new Set<number>();
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kinds[i]!;
    if (statementStart && kind === Kind.Word) {
      const end = labelEnd(tokens, i);
      if (end > 0) {
        ends.add(end - 1);
        i = end - 1;
        continue;
      }
    }
    statementStart = kind === Kind.Semi || kind === Kind.LBrace || kind === Kind.RBrace;
  }
  return ends;
}

function merge(tokens: TokenVector, comments: { start: number; end: number }[], labels: Set<number>): Item[] {
  const out: Item[] = [];
  let ci = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.starts[i]!;
    while (ci < comments.length && comments[ci]!.start < start) out.push({ ...comments[ci++]!, kind: 0 });
    out.push(labels.has(i) ? { start, end: tokens.ends[i]!, kind: tokens.kinds[i]!, label: 1 } : { start, end: tokens.ends[i]!, kind: tokens.kinds[i]! });
  }
  while (ci < comments.length) out.push({ ...comments[ci++]!, kind: 0 });
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
