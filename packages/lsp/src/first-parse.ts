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
  /** Parse of `text.slice(0, parsedTo)` (of an earlier text while `prefixEdited`); undefined before the first step. */
  private parsed: ParseResult | undefined;
  parsedTo = 0;
  /** The buffer was edited inside the parsed prefix: the next step parses that prefix again (locally). */
  private prefixEdited = false;
  /** Set when the parser could not extend the prefix incrementally: the rest is parsed in one step. */
  private fellBack = false;
  private steps = 0;

  constructor(
    readonly path: string,
    public text: string,
    /** Characters appended per step (tests make it small). */
    private readonly stepChars = STEP_CHARS,
  ) {}

  /** The parse of the text's first `parsedTo` characters, when there is one. */
  get partial(): ParseResult | undefined {
    return this.prefixEdited ? undefined : this.parsed;
  }

  /**
   * The buffer changed before the parse finished. An edit after the parsed prefix keeps it as it
   * is; one inside it (the rest of the text unchanged) keeps it too, to be parsed again locally at
   * the next step, so typing while a large file is first parsed does not start it over.
   */
  retarget(text: string): void {
    if (text === this.text) return;
    const unparsed = this.text.length - this.parsedTo;
    if (this.parsed && !this.prefixEdited && text.startsWith(this.parsed.ast.source)) {
      // appended to, or edited after, the parsed prefix: it still holds
    } else if (this.parsed && text.length >= unparsed && text.endsWith(this.text.slice(this.parsedTo))) {
      this.parsedTo = text.length - unparsed;
      this.prefixEdited = true;
    } else {
      this.parsed = undefined;
      this.parsedTo = 0;
      this.prefixEdited = false;
    }
    this.text = text;
  }

  /** Whether the whole text is parsed. */
  get done(): boolean {
    return this.partial !== undefined && this.parsedTo === this.text.length;
  }

  /** Parses one more stretch of the text. */
  step(): void {
    const previous = this.parsed;
    let cut = this.parsedTo;
    if (this.prefixEdited) this.prefixEdited = false;
    else {
      const size = Math.min(this.stepChars, FIRST_STEP_CHARS * 2 ** Math.min(this.steps++, 16));
      cut = this.fellBack ? this.text.length : nextTopLevelCut(this.text, this.parsedTo, size);
    }
    // The options of the session's own parse (LintSession.parseFile), so the result is the one it would make.
    this.parsed = parse(this.text.slice(0, cut), { uri: this.path, attachComments: false, previous });
    if (previous && cut > this.parsedTo && !this.parsed.incremental) this.fellBack = true;
    this.parsedTo = cut;
  }
}
