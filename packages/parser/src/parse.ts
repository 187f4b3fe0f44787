import { scan } from './lexer/scanner.js';
import { parseStructure } from './grammar/structure.js';
import { AstBuilder } from './ast/build.js';
import { attachComments } from './ast/attach.js';
import type { ConfigFile } from './ast/nodes.js';
import type { ParseError } from './ast/errors.js';
import { LineIndex } from './text/line-index.js';

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
}

export interface ParseResult {
  ast: ConfigFile;
  /** Syntax errors, sorted by position. Empty for a well-formed file. */
  errors: ParseError[];
  /** Line/column conversion for this text. */
  lines: LineIndex;
}

/**
 * Parses dhcpd.conf text. Never throws on any input: problems come back in `errors` and the
 * AST still covers every statement that could be recognised.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const uri = options.uri ?? 'untitled:dhcpd.conf';
  const { tokens, comments } = scan(text);
  const structure = parseStructure(tokens);
  const builder = new AstBuilder(text, tokens);
  builder.reportStructure(structure.issues);
  const body = builder.statements(structure.body);
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const ast: ConfigFile = {
    type: 'ConfigFile',
    uri,
    source: text,
    span: { start: 0, end: text.length },
    body,
    comments,
    eol: crlf >= 0 && crlf < lf ? '\r\n' : '\n',
    bom: text.charCodeAt(0) === 0xfeff,
  };
  if (options.attachComments !== false) attachComments(ast);
  const errors = builder.errors.sort((a, b) => a.span.start - b.span.start);
  return { ast, errors, lines: new LineIndex(text) };
}
