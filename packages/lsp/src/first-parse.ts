// The first parse of a large open buffer, in steps. A full parse of a 10 MB file takes seconds
// and cannot pause; the incremental parse can. Parsing a growing prefix of the text, each prefix
// ending at a top-level statement boundary, makes every step a small incremental parse of the
// statements appended since the last one, and the result is the one a full parse gives (the
// parser guarantees incremental = fresh). Between steps the server answers requests.
import { parse, type ParseResult } from '@dhcplint/parser';

/** Buffers shorter than this (characters) are parsed in one go, as before: that takes a few tens of ms. */
export const STEPPED_PARSE_MIN_CHARS = 256 * 1024;

/**
 * Characters appended per step: about 20 ms of parsing here. Each step also costs the parser
 * a pass over the whole prefix (line index, change detection), so smaller steps cost more in total.
 */
const STEP_CHARS = 64 * 1024;
/**
 * The first steps are smaller: the very first parse also sets the parser up (Chevrotain's
 * grammar, ~130 ms) and runs code not compiled yet, so each step doubles until STEP_CHARS.
 */
const FIRST_STEP_CHARS = 8 * 1024;

const NEWLINE = 10;
const QUOTE = 34;
const HASH = 35;
const BACKSLASH = 92;
const SEMI = 59;
const OPEN = 123;
const CLOSE = 125;

/**
 * The end of the first line at or after `from + atLeast` that ends a top-level statement: brace
 * depth 0 (counted from `from`, itself such a boundary) and `;` or `}` as its last character
 * outside comments and strings. The text's length when there is none. A prefix cut there parses
 * like a whole file, and the next step re-reads only what follows; a wrong guess (a construct this
 * scan does not model) only makes the parser fall back to a full parse of that prefix.
 */
export function nextTopLevelCut(text: string, from: number, atLeast: number): number {
  const wanted = from + atLeast;
  let depth = 0;
  let last = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return text.length;
      i = eol - 1; // the newline itself is handled next
    } else if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      last = QUOTE;
    } else if (c === NEWLINE) {
      if (i + 1 >= wanted && depth === 0 && (last === SEMI || last === CLOSE)) return i + 1;
    } else if (c > 32) {
      if (c === OPEN) depth++;
      else if (c === CLOSE) depth--;
      last = c;
    }
  }
  return text.length;
}

/** A first parse in progress: the parse of the text's prefix so far. */
export class SteppedParse {
  /** Parse of `text.slice(0, parsedTo)`; undefined before the first step. */
  partial: ParseResult | undefined;
  parsedTo = 0;
  /** Set when the parser could not extend the prefix incrementally: the rest is parsed in one step. */
  private fellBack = false;
  private steps = 0;

  constructor(
    readonly path: string,
    public text: string,
    /** Characters appended per step (tests make it small). */
    private readonly stepChars = STEP_CHARS,
  ) {}

  /** The buffer changed before the parse finished: keep the prefix parsed so far if it still holds. */
  retarget(text: string): void {
    if (text === this.text) return;
    if (!this.partial || !text.startsWith(this.partial.ast.source)) {
      this.partial = undefined;
      this.parsedTo = 0;
    }
    this.text = text;
  }

  /** Whether the whole text is parsed. */
  get done(): boolean {
    return this.partial !== undefined && this.parsedTo === this.text.length;
  }

  /** Parses one more stretch of the text. */
  step(): void {
    const size = Math.min(this.stepChars, FIRST_STEP_CHARS * 2 ** Math.min(this.steps++, 16));
    const cut = this.fellBack ? this.text.length : nextTopLevelCut(this.text, this.parsedTo, size);
    const previous = this.partial;
    // The options of the session's own parse (LintSession.parseFile), so the result is the one it would make.
    this.partial = parse(this.text.slice(0, cut), { uri: this.path, attachComments: false, previous });
    if (previous && !this.partial.incremental) this.fellBack = true;
    this.parsedTo = cut;
  }
}
