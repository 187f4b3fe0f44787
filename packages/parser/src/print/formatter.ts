import { scan, type TokenVector } from '../lexer/scanner.js';
import { Kind } from '../lexer/tokens.js';
import { breaksStructure, labelEnd, parseStructure } from '../grammar/structure.js';
import { applyTextEdits } from '../edit/text-edits.js';
import { parse } from '../parse.js';
import type { Span } from '../text/line-index.js';
import { expectDefined } from '../invariant.js';

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
 * Files `formatBlocker` objects to are left alone (their layout would be a guess).
 */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  const { tokens, comments } = scan(text);
  if (blockerIn(tokens) ?? missingSemicolon(text)) return [];
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
    else if (it.kind === 0 && newlines === 0)
      want = ' '; // end-of-line comment stays on its line
    else if (
      prev.kind === Kind.Semi ||
      prev.kind === Kind.LBrace ||
      prev.kind === Kind.RBrace ||
      prev.kind === 0 ||
      prev.label ||
      it.kind === Kind.RBrace ||
      (it.kind === 0 && newlines > 0)
    ) {
      const blank = newlines >= 2 && !afterOpen && it.kind !== Kind.RBrace ? eol : '';
      const extra = statementOpen && it.kind !== Kind.RBrace && prev.kind === 0 ? 1 : 0;
      want = blank + eol + indent(depth + extra);
      // A label's lone ':' goes tight after a string (`case "a":`), not after a word it would join.
    } else if (
      it.kind === Kind.Semi ||
      (it.label && it.end - it.start === 1 && prev.kind !== Kind.Word) ||
      it.kind === Kind.Comma ||
      it.kind === Kind.RParen ||
      prev.kind === Kind.LParen
    )
      want = '';
    else if (it.kind === Kind.LParen && gap === '') want = '';
    else if (newlines > 0)
      want = eol + indent(depth + 1); // continuation line of a long statement
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
  if (text.slice(tailStart) !== wantTail)
    edits.push({ span: { start: tailStart, end: text.length }, newText: wantTail });
  const r = options.range;
  return r ? edits.filter((e) => e.span.start >= r.start && e.span.end <= r.end) : edits;
}

/** Returns the text in canonical layout (see formatEdits). */
export function format(text: string, options: FormatOptions = {}): string {
  return applyTextEdits(text, formatEdits(text, options)).text;
}

/**
 * Why a file cannot be formatted, or undefined when it can. Indentation follows the statements
 * and blocks: with unbalanced braces, or a missing ';' that joins two statements, the layout
 * would be a guess, so the CLI's `fmt` and the editor's formatting both leave such a file alone.
 */
export function formatBlocker(text: string): string | undefined {
  return blockerIn(scan(text).tokens) ?? missingSemicolon(text);
}

/**
 * A missing ';' between two statements on different lines (`range a b` newline `option …;`) is
 * one statement to the brace pass; only the builder sees that its words cannot belong together.
 */
function missingSemicolon(text: string): string | undefined {
  return parse(text).errors.some((e) => e.code === 'missing-semicolon')
    ? BLOCKER_REASONS['missing-semicolon']
    : undefined;
}

const BLOCKER_REASONS: Record<string, string> = {
  'unclosed-block': "a '{' is never closed",
  'stray-close-brace': "a '}' closes nothing",
  'nested-too-deep': 'blocks nested too deep to follow',
  'missing-semicolon': "a statement is missing its ';'",
};

function blockerIn(tokens: TokenVector): string | undefined {
  if (tokens.kinds.subarray(0, tokens.length).includes(Kind.Bad)) return 'it holds a token dhcpd cannot read';
  // The grammar decides what is unbalanced or unterminated, as it does for the parser.
  const issue = parseStructure(tokens).issues.find((i) => breaksStructure(i) || i.code === 'missing-semicolon');
  return issue && BLOCKER_REASONS[issue.code];
}

/** Indices of the tokens that end a switch label: a label starts where a statement may. */
function labelEnds(tokens: TokenVector): Set<number> {
  const ends = new Set<number>();
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind(i);
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
    const start = tokens.start(i);
    for (let c = comments[ci]; c && c.start < start; c = comments[++ci]) out.push({ ...c, kind: 0 });
    const end = tokens.end(i);
    const kind = expectDefined(tokens.kind(i), 'i < tokens.length');
    out.push(labels.has(i) ? { start, end, kind, label: 1 } : { start, end, kind });
  }
  for (const c of comments.slice(ci)) out.push({ ...c, kind: 0 });
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
