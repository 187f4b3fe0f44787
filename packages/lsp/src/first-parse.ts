// The first parse of a large open buffer, in steps. A full parse of a 10 MB file takes seconds
// and cannot pause; the parser's stepped parse (parseSteps) can: it pauses after the scan, after
// the structure pass and after every few thousand top-level statements, and returns what a full
// parse returns. Between steps the server answers requests.
import { LineIndex, parse, type ConfigFile, type ParseResult } from '@dhcplint/parser';
import { parseSteps, type ParseProgress } from '@dhcplint/parser/internal';

/** Buffers shorter than this (characters) are parsed in one go, as before: that takes a few tens of ms. */
export const STEPPED_PARSE_MIN_CHARS = 256 * 1024;

/** Top-level statements built per step: about 10 ms here (the slicing runs steps in ~20 ms slices). */
const STEP_STATEMENTS = 500;

/** A first parse in progress. */
export class SteppedParse {
  /** The parse of `parsing`, while it runs. */
  private steps: Generator<ParseProgress, ParseResult, void> | undefined;
  /** The text the running steps parse (`text` until the buffer is edited). */
  private parsing: string;
  private progress: ParseProgress | undefined;
  /** The finished parse: of `text` once `done`, else of an earlier text. */
  private parsed: ParseResult | undefined;
  /** The partial tree handed out last (built on demand, kept until the next step). */
  private view: ParseResult | undefined;

  constructor(
    readonly path: string,
    public text: string,
    /** Top-level statements built per step (tests make it small). */
    private readonly stepStatements = STEP_STATEMENTS,
  ) {
    this.parsing = text;
  }

  /** Where the tree handed out by `partial` ends in the text. */
  get parsedTo(): number {
    if (this.parsed) return this.parsed.ast.source === this.text ? this.text.length : 0;
    return this.progress?.parsedTo ?? 0;
  }

  /**
   * What exists of the tree: the full parse once done; while the parse runs, the top-level
   * statements built so far, as the parse of the text they cover (no errors yet); undefined after
   * an edit inside that part.
   */
  get partial(): ParseResult | undefined {
    if (this.parsed) return this.parsed.ast.source === this.text ? this.parsed : undefined;
    if (this.view) return this.view;
    const progress = this.progress;
    if (!progress || progress.parsedTo === 0) return undefined;
    const prefix = this.parsing.slice(0, progress.parsedTo);
    if (this.parsing !== this.text && !this.text.startsWith(prefix)) return undefined;
    // A copy: the parse goes on appending to its list.
    const firstLf = prefix.indexOf('\n');
    const ast: ConfigFile = {
      type: 'ConfigFile',
      uri: this.path,
      source: prefix,
      span: { start: 0, end: prefix.length },
      body: [...progress.statements],
      comments: [], // what a request reads from a partial tree is its statements
      eol: firstLf > 0 && prefix.charCodeAt(firstLf - 1) === 13 ? '\r\n' : '\n',
      bom: prefix.charCodeAt(0) === 0xfeff,
    };
    return (this.view = { ast, errors: [], lines: new LineIndex(prefix) });
  }

  /**
   * The buffer changed before the parse finished. The running parse goes on over the text it
   * started with; the new text is then parsed incrementally from its result (a local reparse of
   * what the edits touched), so typing while a large file is first parsed does not start it over.
   */
  retarget(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.view = undefined;
  }

  /** Whether the whole text is parsed. */
  get done(): boolean {
    return this.parsed !== undefined && this.parsed.ast.source === this.text;
  }

  /** Parses one more stretch of the text. */
  step(): void {
    this.view = undefined;
    if (this.parsed) {
      // The text was edited during the parse: an incremental reparse from the parse of the old text.
      this.parsed = parse(this.text, { uri: this.path, attachComments: false, previous: this.parsed });
      return;
    }
    // The options of the session's own parse (LintSession.parseFile), so the result is the one it would make.
    const steps = (this.steps ??= parseSteps(this.parsing, {
      uri: this.path,
      attachComments: false,
      statementsPerStep: this.stepStatements,
    }));
    const next = steps.next();
    if (next.done) {
      this.parsed = next.value;
      this.steps = this.progress = undefined;
    } else this.progress = next.value;
  }
}
