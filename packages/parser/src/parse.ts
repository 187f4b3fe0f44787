import { scan } from './lexer/scanner.js';
import { parseStructure } from './grammar/structure.js';
import { AstBuilder } from './ast/build.js';
import { attachComments } from './ast/attach.js';
import { configFileNode, type ConfigFile } from './ast/nodes.js';
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
  const uri = options.uri ?? 'untitled:dhcpd.conf';
  if (options.previous && options.attachComments === false) {
    if (options.previous.ast.source === text && options.previous.ast.uri === uri) return options.previous;
    const r = reparse(options.previous, text, uri);
    if (r) return r;
  }
  const { tokens, comments, recordLeak } = scan(text);
  const structure = parseStructure(tokens);
  const builder = new AstBuilder(text, tokens);
  builder.reportStructure(structure.issues);
  const body = builder.statements(structure.body);
  const ast = configFileNode(text, uri, body, comments);
  if (options.attachComments !== false) attachComments(ast);
  // A record format left open across statements changes how every later brace reads: such a
  // tree is not a safe base for incremental reparsing.
  else if (!recordLeak) markReusable(ast);
  const errors = builder.errors.sort((a, b) => a.span.start - b.span.start);
  return { ast, errors, lines: new LineIndex(text) };
}
