import { scanSteps } from './lexer/scanner.js';
import { parseStructureSteps } from './grammar/structure.js';
import { AstBuilder } from './ast/build.js';
import { attachComments } from './ast/attach.js';
import { configFileNode, type ConfigFile, type Statement } from './ast/nodes.js';
import type { ParseError } from './ast/errors.js';
import { LineIndex } from './text/line-index.js';
import { markReusable, reparse } from './incremental.js';

export interface ParseOptions {
  /** Identifies the file in the AST and in diagnostics. */
  uri?: string;
  /**
   * Attach comments to statements and record each statement's layout (default true). The lossless
   * printer and the edit API need it; a linter that only reads the tree can skip it (a large file
   * has hundreds of thousands of statements, so this saves time and memory). `ast.comments` is
   * filled either way.
   */
  attachComments?: boolean;
  /**
   * The result of parsing an earlier version of the same text (with `attachComments: false`).
   * Statements the edit did not touch are reused instead of parsed again (the language server
   * re-parses on every keystroke). The result equals a full parse; `previous` must not be used
   * afterwards, since its statements now belong to the new tree.
   */
  previous?: ParseResult;
}

export interface ParseResult {
  ast: ConfigFile;
  /** Syntax errors, sorted by position. Empty for a well-formed file. */
  errors: ParseError[];
  /** Line/column conversion for this text. */
  lines: LineIndex;
  /** Set when `previous` was reused: how many top-level statements were kept and how many parsed again. */
  incremental?: { reused: number; reparsed: number };
}

/**
 * Parses dhcpd.conf text. Never throws on any input: problems come back in `errors` and the
 * AST still covers every statement that could be recognised.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(text, { ...options, statementsPerStep: Infinity });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `parse`'s options, and how much `parseSteps` does between two pauses. */
export interface ParseStepsOptions extends ParseOptions {
  /** Top-level statements built between two pauses (default 2,000: a few ms of work). */
  statementsPerStep?: number;
  /** Characters scanned between two pauses (default 1 MiB: ~10 ms). */
  charsPerStep?: number;
  /** Tokens read by the structure pass between two pauses (default 200,000: ~10 ms). */
  tokensPerStep?: number;
}

/** What a stepped parse has built when it pauses. */
export interface ParseProgress {
  /**
   * The top-level statements built so far, in order (the array grows as the parse goes on; an
   * if/elsif chain is folded only at the end, so its pieces may still stand apart here).
   */
  statements: readonly Statement[];
  /** Where the last of them ends in the text (0 before the first). */
  parsedTo: number;
}

/**
 * `parse`, in steps: pauses (yields) every `charsPerStep` characters scanned, every
 * `tokensPerStep` tokens read by the structure pass and every `statementsPerStep` top-level
 * statements built (and after the scan and after the structure pass), so a caller that must stay
 * responsive (the language server opening a 10 MB file) can do other work between steps. The
 * caller resumes it with `next()`; the generator's return value is exactly what `parse` returns
 * for the same text and options (`parse` runs this same code without pausing).
 */
export function* parseSteps(
  text: string,
  options: ParseStepsOptions = {},
): Generator<ParseProgress, ParseResult, void> {
  const uri = options.uri ?? 'untitled:dhcpd.conf';
  if (options.previous && options.attachComments === false) {
    if (options.previous.ast.source === text && options.previous.ast.uri === uri) return options.previous;
    const r = reparse(options.previous, text, uri);
    if (r) return r;
  }
  const perStep = Math.max(1, options.statementsPerStep ?? 2000);
  const out: Statement[] = [];
  const progress: ParseProgress = { statements: out, parsedTo: 0 };
  const pausing = perStep < Infinity;
  const scanning = scanSteps(text, pausing ? (options.charsPerStep ?? 1 << 20) : Infinity);
  let scanned = scanning.next();
  for (; !scanned.done; scanned = scanning.next()) yield progress;
  const { tokens, comments, recordLeak } = scanned.value;
  if (pausing) yield progress;
  const structuring = parseStructureSteps(tokens, pausing ? (options.tokensPerStep ?? 200_000) : Infinity);
  let structured = structuring.next();
  for (; !structured.done; structured = structuring.next()) yield progress;
  const structure = structured.value;
  if (pausing) yield progress;
  const builder = new AstBuilder(text, tokens);
  builder.reportStructure(structure.issues);
  const raws = structure.body;
  for (let from = 0; from < raws.length; from += perStep) {
    builder.buildStatements(raws, from, Math.min(raws.length, from + perStep), out);
    if (from + perStep < raws.length && pausing) {
      progress.parsedTo = out[out.length - 1]?.span.end ?? 0;
      yield progress;
    }
  }
  const ast = configFileNode(text, uri, builder.finishList(out), comments);
  if (options.attachComments !== false) attachComments(ast);
  // A record format left open across statements changes how every later brace reads: such a
  // tree is not a safe base for incremental reparsing.
  else if (!recordLeak) markReusable(ast);
  const errors = builder.errors.sort((a, b) => a.span.start - b.span.start);
  return { ast, errors, lines: new LineIndex(text) };
}
