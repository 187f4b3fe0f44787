// Incremental reparsing: after an edit, only the top-level statements the edit touched are
// scanned and parsed again; every other statement keeps its node objects (shifted when they sit
// after the edit). A 10 MB file is ~150,000 top-level statements, so one keystroke costs a few
// of them plus a shift instead of a full parse. Whenever the edit could change how text
// outside the re-parsed region reads (an unclosed brace or string, an if/else chain, a
// statement without its ';'), the caller falls back to a full parse, so the result is always
// the one a full parse gives (a property test checks exactly that).
import { scan } from './lexer/scanner.js';
import { Kind } from './lexer/tokens.js';
import { breaksStructure, parseStructure } from './grammar/structure.js';
import { AstBuilder } from './ast/build.js';
import { shiftStatement } from './ast/shift.js';
import * as N from './ast/nodes.js';
import type { ParseError } from './ast/errors.js';
import { LineIndex } from './text/line-index.js';
import { expectDefined } from './invariant.js';

interface Parsed {
  ast: N.ConfigFile;
  errors: ParseError[];
  lines: LineIndex;
  incremental?: { reused: number; reparsed: number };
}

/**
 * Trees parsed without comment attachment. Only those can be reused: attached comments and the
 * printer's layout offsets would need shifting too, and the printer's users re-parse anyway.
 */
const reusableTrees = new WeakSet<N.ConfigFile>();

export function markReusable(ast: N.ConfigFile): void {
  reusableTrees.add(ast);
}

/** Tokens that cannot run into the next statement's first token when the region ends right after them. */
const CLEAN_END = new Set<number>([
  Kind.Semi,
  Kind.LBrace,
  Kind.RBrace,
  Kind.String,
  Kind.Comma,
  Kind.LParen,
  Kind.RParen,
]);

function terminated(s: N.Statement | undefined): boolean {
  if (!s) return true; // no statement, nothing to run on
  const body = (s as { body?: N.Block }).body;
  return s.semicolon !== undefined || body?.close !== undefined;
}

/** Statements whose meaning depends on their neighbours: if/elsif/else chains are folded across statements. */
function chainSensitive(s: N.Statement | undefined): boolean {
  if (!s) return false;
  if (s.type === 'If' || (s.type as string) === 'Else') return true;
  const head = s.words[0];
  return s.type === 'Error' && head?.type === 'Word' && /^(else|elsif)$/i.test(head.text);
}

/** The first index of `list` whose item `atOrAfter` holds for (it must be monotone along the list), or its length. */
function lowerBound<T>(list: readonly T[], atOrAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(expectDefined(list[mid], 'a binary search probes inside the list'))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const CHUNK = 1 << 14;

/** Lengths of the common prefix and suffix (not overlapping): chunks compare natively, then chars. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const min = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + CHUNK <= min && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < min && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = min - prefix;
  while (
    suffix + CHUNK <= room &&
    a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)
  )
    suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * Statements other statements' errors depend on (see reparse): `option space` and `include`, which
 * decide whether an `encapsulate` in an option definition names a known space.
 */
const SPACE_DEPENDENCY = /(?:^|[;{}])[ \t]*(?:option\s+space|include)\b/im;
/** Likewise `class` and `include` decide whether the class an `add` names is declared. */
const CLASS_DEPENDENCY = /(?:^|[;{}])[ \t]*(?:class|include)\b/im;

/**
 * A whole-text pattern counted once per parse and then updated from each edit's changed part.
 * `width` is the most characters a match reads from where it starts (the match and any lookahead),
 * `lookbehind` the most it reads before it (`\b`).
 */
interface CountedPattern {
  regex: RegExp; // global, so counting can start anywhere
  width: number;
  lookbehind: number;
}
const ENCAPSULATE: CountedPattern = { regex: /encapsulate/gi, width: 11, lookbehind: 0 };
const ADD: CountedPattern = { regex: /\badd\s/gi, width: 4, lookbehind: 1 };

/** Matches of `pattern` in `text` starting in [from, to), overlapping ones included. */
function countMatches(pattern: CountedPattern, text: string, from: number, to: number): number {
  const { regex } = pattern;
  let n = 0;
  regex.lastIndex = Math.max(0, from);
  for (let m = regex.exec(text); m && m.index < to; m = regex.exec(text)) {
    n++;
    regex.lastIndex = m.index + 1;
  }
  return n;
}

/**
 * The count in the edited text, from the count before the edit ([start, oldEnd) of `old` became
 * [start, newEnd) of `text`): a match whose characters (lookbehind included) all lie outside the
 * edit is in both texts, so only the matches starting near the edit are counted again.
 */
function recount(
  pattern: CountedPattern,
  before: number,
  old: string,
  text: string,
  edit: { start: number; oldEnd: number; newEnd: number },
): number {
  const from = edit.start - pattern.width + 1;
  return (
    before -
    countMatches(pattern, old, from, edit.oldEnd + pattern.lookbehind) +
    countMatches(pattern, text, from, edit.newEnd + pattern.lookbehind)
  );
}

/** What a parse remembers about its text and errors, so an edit needs no scan of the whole of either. */
interface Remembered {
  encapsulate: number;
  add: number;
  /** Where the first unterminated-string error starts (Infinity without one). */
  firstUnterminatedString: number;
}
const remembered = new WeakMap<N.ConfigFile, Remembered>();

function firstUnterminatedString(errors: readonly ParseError[]): number {
  return errors.find((e) => e.code === 'unterminated-string')?.span.start ?? Infinity;
}

/** The remembered facts about a parse, computed (once per full parse) when missing. */
function rememberedOf(parsed: Parsed): Remembered {
  let r = remembered.get(parsed.ast);
  if (!r) {
    const text = parsed.ast.source;
    r = {
      encapsulate: countMatches(ENCAPSULATE, text, 0, text.length),
      add: countMatches(ADD, text, 0, text.length),
      firstUnterminatedString: firstUnterminatedString(parsed.errors),
    };
    remembered.set(parsed.ast, r);
  }
  return r;
}

/**
 * Parses `text` reusing `previous` (a parse of an earlier version of the same file, without
 * comment attachment). Returns undefined when the edit cannot be handled locally. On success the
 * previous result's statement objects now belong to the new tree: the previous result must not
 * be used afterwards.
 */
export function reparse(previous: Parsed, text: string, uri: string): Parsed | undefined {
  const old = previous.ast.source;
  if (!reusableTrees.has(previous.ast)) return undefined;
  // The changed region: common prefix and suffix of the two texts.
  const { prefix, suffix } = commonEnds(old, text);
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;
  const edit = { start: prefix, oldEnd: oldChangeEnd, newEnd: oldChangeEnd + delta };
  const facts = rememberedOf(previous);

  // Statements touching the change, one more on each side, and any unterminated neighbours
  // (their words would run on into the next statement).
  const body = previous.ast.body;
  let i = Math.max(0, lowerBound(body, (s) => s.span.end >= prefix) - 1);
  let j = Math.min(body.length, lowerBound(body, (s) => s.span.start > oldChangeEnd) + 1);
  while (i > 0 && !terminated(body[i - 1])) i--;
  while (j < body.length && j > 0 && !terminated(body[j - 1])) j++;
  if (chainSensitive(body[i - 1]) || chainSensitive(body[j])) return undefined;
  // A lone ';' is reported by what precedes it (`};` after a key block is fine, after others not).
  const next = body[j];
  if (next && next.type === 'Error' && next.words.length === 0 && next.semicolon) return undefined;
  for (let k = i; k < j; k++) if (chainSensitive(body[k])) return undefined;
  const regionStart = body[i - 1]?.span.end ?? 0;
  // An unterminated string before the region ends where the file offers no closing quote, so a
  // quote typed further down can change how it (and everything after it) reads.
  if (facts.firstUnterminatedString < regionStart) return undefined;
  const oldRegionEnd = body[j]?.span.start ?? old.length;
  const regionEnd = oldRegionEnd + delta;
  // Definitions that encapsulate an option space are checked against the `option space` and
  // `include` statements before them: editing one of those can change errors outside the region.
  const encapsulate = recount(ENCAPSULATE, facts.encapsulate, old, text, edit);
  const add = recount(ADD, facts.add, old, text, edit);
  if (
    encapsulate > 0 &&
    (SPACE_DEPENDENCY.test(old.slice(regionStart, oldRegionEnd)) ||
      SPACE_DEPENDENCY.test(text.slice(regionStart, regionEnd)))
  )
    return undefined;
  if (
    add > 0 &&
    (CLASS_DEPENDENCY.test(old.slice(regionStart, oldRegionEnd)) ||
      CLASS_DEPENDENCY.test(text.slice(regionStart, regionEnd)))
  )
    return undefined;

  const { tokens, comments, recordDepth, recordLeak } = scan(text, regionStart, regionEnd);
  if (recordDepth !== 0 || recordLeak) return undefined;
  if (regionEnd < text.length) {
    const last = tokens.length - 1;
    const lastEnd = tokens.end(last); // -1 without tokens
    const lastKind = tokens.kind(last);
    if (lastEnd > regionEnd || (lastEnd === regionEnd && (lastKind === undefined || !CLEAN_END.has(lastKind))))
      return undefined;
    const lastComment = comments[comments.length - 1];
    if (lastComment && lastComment.end >= regionEnd) return undefined; // cut off by the region's end
  }
  if (tokens.length > 0 && tokens.kinds[0] === Kind.Semi) return undefined; // `};` after a key block reads its neighbour
  const structure = parseStructure(tokens);
  if (structure.issues.some(breaksStructure)) return undefined;
  const lastRaw = structure.body[structure.body.length - 1];
  if (lastRaw && regionEnd < text.length && lastRaw.semi < 0 && !(lastRaw.block && lastRaw.block.close >= 0))
    return undefined;
  const builder = new AstBuilder(text, tokens);
  builder.reportStructure(structure.issues);
  const fresh = builder.statements(structure.body);
  if (fresh.some(chainSensitive)) return undefined;

  // A region reaching a file edge owns the (zero-width) errors at that edge. Errors are sorted
  // by where they start, so the kept ones are found by binary search.
  const oldErrors = previous.errors;
  const errorsBefore =
    i === 0
      ? []
      : oldErrors.slice(
          0,
          lowerBound(oldErrors, (e) => e.span.start >= regionStart),
        );
  // An error reaching from before the region into it is the region's (a full parse decides).
  if ((errorsBefore[errorsBefore.length - 1]?.span.end ?? 0) > regionStart) return undefined;
  const errorsAfter =
    j === body.length ? [] : oldErrors.slice(lowerBound(oldErrors, (e) => e.span.start >= oldRegionEnd));

  // Splice: statements, comments and errors before the region stay, those after it shift.
  const after = body.slice(j);
  if (delta !== 0) for (const s of after) shiftStatement(s, delta); // a same-length edit moves nothing
  const newBody = [...body.slice(0, i), ...fresh, ...after];
  const oldComments = previous.ast.comments;
  const ci = lowerBound(oldComments, (c) => c.start >= regionStart);
  const cj = lowerBound(oldComments, (c) => c.start >= oldRegionEnd);
  const commentsAfter = oldComments.slice(cj);
  for (const c of commentsAfter) {
    c.start += delta;
    c.end += delta;
  }
  const newComments = [...oldComments.slice(0, ci), ...comments, ...commentsAfter];
  for (const e of errorsAfter) e.span = { start: e.span.start + delta, end: e.span.end + delta };
  const regionErrors = builder.errors.sort((a, b) => a.span.start - b.span.start);
  const errors = [...errorsBefore, ...regionErrors, ...errorsAfter];
  // The first unterminated string is at or after the region (checked above): in it, or after it.
  const firstAfter =
    j === body.length
      ? Infinity
      : facts.firstUnterminatedString >= oldRegionEnd
        ? facts.firstUnterminatedString + delta
        : firstUnterminatedString(errorsAfter);

  const ast = N.configFileNode(text, uri, newBody, newComments);
  markReusable(ast);
  remembered.set(ast, {
    encapsulate,
    add,
    firstUnterminatedString: Math.min(firstUnterminatedString(regionErrors), firstAfter),
  });
  return {
    ast,
    errors,
    lines: LineIndex.afterEdit(previous.lines, text, edit.start, edit.oldEnd, edit.newEnd),
    incremental: { reused: newBody.length - fresh.length, reparsed: fresh.length },
  };
}
