import { Kind } from './tokens.js';
import type { Span } from '../text/line-index.js';

/**
 * The token vector as parallel typed arrays: kind, start, end and a line-break flag per token.
 * A 10 MB config has over a million tokens; one object each cost ~115 bytes and most of the
 * parse time in allocation and GC, while these arrays cost 10 bytes a token. Token text is
 * sliced from the source only when a value node needs it.
 */
export class TokenVector {
  length = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  /** Exclusive end offsets. */
  ends: Int32Array;
  /** 1 when a line break (or the file start) precedes the token: used to locate missing semicolons. */
  newline: Uint8Array;
  /** What dhcpd's lexer refuses between or inside tokens (the builder reports them). */
  lexical: LexicalIssue[] = [];

  constructor(
    readonly text: string,
    capacity = 16,
  ) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.newline = new Uint8Array(capacity);
  }

  push(kind: Kind, start: number, end: number, nl: boolean): void {
    if (this.length === this.kinds.length) this.grow();
    const i = this.length++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.newline[i] = nl ? 1 : 0;
  }

  kind(i: number): Kind | undefined {
    return i >= 0 && i < this.length ? (this.kinds[i] as Kind) : undefined;
  }

  /** The token's start offset; -1 out of range. */
  start(i: number): number {
    return i >= 0 && i < this.length ? (this.starts[i] ?? -1) : -1;
  }

  /** The token's end offset; -1 out of range. */
  end(i: number): number {
    return i >= 0 && i < this.length ? (this.ends[i] ?? -1) : -1;
  }

  image(i: number): string {
    return i >= 0 && i < this.length ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }

  /** The token's text lower-cased; '' out of range. */
  lower(i: number): string {
    return this.image(i).toLowerCase();
  }

  /** Token records, for tools and tests (the parser itself reads the arrays). */
  *[Symbol.iterator](): IterableIterator<{ kind: Kind; start: number; end: number; image: string }> {
    for (let i = 0; i < this.length; i++)
      yield { kind: this.kinds[i] as Kind, start: this.start(i), end: this.end(i), image: this.image(i) };
  }

  private grow(): void {
    const cap = this.kinds.length * 2;
    const kinds = new Uint8Array(cap);
    kinds.set(this.kinds);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    const newline = new Uint8Array(cap);
    newline.set(this.newline);
    Object.assign(this, { kinds, starts, ends, newline });
  }
}

/** A character-level problem dhcpd's lexer (conflex.c) refuses. */
export interface LexicalIssue {
  code: 'byte-order-mark' | 'whitespace-too-long';
  start: number;
  end: number;
}

/** dhcpd keeps a run of whitespace in its 1,500-byte token buffer and gives up at this length. */
export const MAX_WHITESPACE_RUN = 1500;

export interface Comment extends Span {
  type: 'Comment';
  /** The comment text including its leading '#'. */
  text: string;
}

export interface ScanResult {
  tokens: TokenVector;
  comments: Comment[];
  /**
   * Open `option … code N = {` record formats at the end of the scanned range: non-zero means
   * text after the range would be scanned differently (the incremental parser then parses fully).
   */
  recordDepth: number;
  /** A ';' was met inside an open record format: the braces after it read differently from usual. */
  recordLeak: boolean;
}

// Character classes for the hot loop, indexed by char code < 128.
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_.:-]/.test(ch)) WORD[c] = 1;
}
const SPACE = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) SPACE[c] = 1;

function isWordChar(c: number): boolean {
  return c < 128 ? WORD[c] === 1 : c !== 0xfeff; // non-ASCII stays in words so look-alikes surface as one odd word
}

const TWO_CHAR_OPS = new Set(['==', '!=', '~=', '~~']);

/**
 * One pass over the text. Never throws: anything unexpected becomes a Bad token that the
 * grammar carries along and the builder reports with a precise span.
 */
export function scan(text: string, from = 0, to = text.length): ScanResult {
  const state = startScan(text, from, to);
  scanUntil(state, to);
  return scanResult(state);
}

/**
 * `scan` in steps: scans about `charsPerStep` characters, then pauses (yields), until the range is
 * scanned; returns what `scan` returns. The language server scans a 10 MB file this way so a
 * request need not wait for the whole scan (~100 ms). Both run the same loop (`scanUntil`).
 */
export function* scanSteps(
  text: string,
  charsPerStep: number,
  from = 0,
  to = text.length,
): Generator<void, ScanResult, void> {
  const state = startScan(text, from, to);
  const perStep = Math.max(1, charsPerStep);
  while (state.i < to) {
    scanUntil(state, Math.min(to, state.i + perStep));
    if (state.i < to) yield;
  }
  return scanResult(state);
}

/** Where a scan stands between two steps: the loop's variables. */
interface ScanState {
  readonly text: string;
  /** End of the scanned range (exclusive). */
  readonly to: number;
  tokens: TokenVector;
  comments: Comment[];
  i: number;
  /** A line break (or the file start) since the last token. */
  nl: boolean;
  recordDepth: number;
  recordLeak: boolean;
}

function startScan(text: string, from: number, to: number): ScanState {
  // About one token per six characters in real configs; the vector grows if that is short.
  const tokens = new TokenVector(text, ((to - from) >> 2) + 16);
  const state: ScanState = { text, to, tokens, comments: [], i: from, nl: true, recordDepth: 0, recordLeak: false };
  // A byte-order mark is trivia, not a token; dhcpd reads it as text, so it is reported.
  if (from === 0 && text.charCodeAt(0) === 0xfeff) {
    tokens.lexical.push({ code: 'byte-order-mark', start: 0, end: 1 });
    state.i = 1;
  }
  return state;
}

function scanResult(state: ScanState): ScanResult {
  const { tokens, comments, recordDepth, recordLeak } = state;
  return { tokens, comments, recordDepth, recordLeak };
}

/**
 * Scans tokens from `state.i` while they start before `stop` (the last may end past it). The
 * state is read into locals and written back once, so the loop runs as fast as a one-shot scan.
 */
function scanUntil(state: ScanState, stop: number): void {
  const { text, tokens, comments } = state;
  // `from`/`to` scan part of the text (the incremental parser); offsets stay absolute.
  const n = state.to;
  let i = state.i;
  let nl = state.nl;
  // Inside `option x code N = { … }` the braces delimit a record format, not a block.
  let recordDepth = state.recordDepth;
  let recordLeak = state.recordLeak;
  const push = (kind: Kind, start: number, end: number) => {
    tokens.push(kind, start, end, nl);
    nl = false;
  };
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c < 128 && SPACE[c] === 1) {
      // The whole run at once: its length is what dhcpd's lexer buffer limits.
      const runStart = i;
      for (let d = c; i < n && d < 128 && SPACE[d] === 1; d = text.charCodeAt(++i)) if (d === 10 || d === 13) nl = true;
      if (i - runStart >= MAX_WHITESPACE_RUN)
        tokens.lexical.push({ code: 'whitespace-too-long', start: runStart, end: i });
      continue;
    }
    if (c === 35 /* # */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10 || d === 13) break;
        j++;
      }
      comments.push({ type: 'Comment', start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 34 /* " */) {
      // A string may run past `to`: its end depends on the whole text, not on the range.
      const limit = text.length;
      let j = i + 1;
      let closed = false;
      while (j < limit) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) {
          j += 2;
          continue;
        }
        if (d === 34) {
          closed = true;
          j++;
          break;
        }
        j++;
      }
      if (closed) {
        push(Kind.String, i, j);
        i = j;
      } else {
        // Unterminated: stop at the end of the line so the rest of the file still parses.
        let k = i + 1;
        while (k < limit && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
        push(Kind.Bad, i, k);
        i = k;
      }
      continue;
    }
    if (isWordChar(c) || (c === 47 /* / */ && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      let sawColon = c === 58;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) {
          if (d === 58) sawColon = true;
          j++;
        } else if (d === 47 && sawColon && isDigit(text.charCodeAt(j + 1))) {
          j++; // IPv6 prefix length: 2001:db8::/64
        } else break;
      }
      push(Kind.Word, i, j);
      i = j;
      continue;
    }
    switch (c) {
      case 59:
        if (recordDepth > 0) recordLeak = true;
        push(Kind.Semi, i, i + 1);
        break;
      case 123:
        if (recordDepth > 0 || startsRecordFormat(tokens)) {
          recordDepth++;
          push(Kind.Op, i, i + 1);
        } else push(Kind.LBrace, i, i + 1);
        break;
      case 125:
        if (recordDepth > 0) {
          recordDepth--;
          push(Kind.Op, i, i + 1);
        } else push(Kind.RBrace, i, i + 1);
        break;
      case 44:
        push(Kind.Comma, i, i + 1);
        break;
      case 40:
        push(Kind.LParen, i, i + 1);
        break;
      case 41:
        push(Kind.RParen, i, i + 1);
        break;
      default: {
        const two = text.slice(i, i + 2);
        if (TWO_CHAR_OPS.has(two)) {
          push(Kind.Op, i, i + 2);
          i += 2;
          continue;
        }
        // Control characters and the BOM in mid-file are invalid; printable punctuation is an operator.
        push(c < 32 || c === 127 || c === 0xfeff ? Kind.Bad : Kind.Op, i, i + 1);
      }
    }
    i++;
  }
  state.i = i;
  state.nl = nl;
  state.recordDepth = recordDepth;
  state.recordLeak = recordLeak;
}

/** True after `code N =` (or `code N = array of`), where '{' opens a record format rather than a block. */
function startsRecordFormat(tokens: TokenVector): boolean {
  let n = tokens.length;
  if (
    n >= 2 &&
    tokens.kind(n - 1) === Kind.Word &&
    tokens.lower(n - 1) === 'of' &&
    tokens.kind(n - 2) === Kind.Word &&
    tokens.lower(n - 2) === 'array'
  )
    n -= 2;
  if (n < 3) return false;
  return (
    tokens.kind(n - 1) === Kind.Op &&
    tokens.image(n - 1) === '=' &&
    tokens.kind(n - 2) === Kind.Word &&
    tokens.kind(n - 3) === Kind.Word &&
    tokens.lower(n - 3) === 'code'
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
