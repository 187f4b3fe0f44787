// The public API of @dhcplint/parser, listed name by name: adding a name here is a decision, not a
// side effect of exporting something from a module. What only the linter and the language server
// need (the scanner, the renderer, caches) is in ./internal.ts (`@dhcplint/parser/internal`).

// Parsing and the tree
export { parse, type ParseOptions, type ParseResult } from './parse.js';
export type * from './ast/nodes.js';
export type { ParseError, ParseErrorCode } from './ast/errors.js';
export { LineIndex, type Position, type Range, type Span } from './text/line-index.js';
export { type SourceFile, sourceFileOf, textSourceFile } from './source-file.js';
export { MAX_NESTING_DEPTH } from './grammar/structure.js';
export { MAX_EXPRESSION_DEPTH } from './expr/parse.js';

// Reading the tree
export {
  walk,
  findAll,
  findNodeAt,
  childStatements,
  contextOf,
  wordAt,
  type Visitor,
  type NodePath,
  type AnyStatement,
} from './ast/walk.js';
export { containerOf, parentStatementOf, type Container } from './ast/parents.js';
export { classifyWord, parseIPv4, formatIPv4, isIPv6, decodeString, quoteString } from './ast/literals.js';
export { excerpt, EXCERPT_LENGTH } from './text/excerpt.js';

// Editing, printing, formatting
export {
  insertStatement,
  removeStatement,
  replaceStatement,
  setParameter,
  setRange,
  setOptionValues,
  renameFailoverPeer,
  addHost,
  findHostByMac,
  findFailoverPeer,
  findSubnet,
} from './edit/edit.js';
// The builders as one namespace (b.option(…), b.host(…)): every name in builders.ts is public.
import * as b from './edit/builders.js';
export { b };
export { normalizeMac } from './edit/mac.js';
export { spansAreCurrent, assertSpansCurrent, StaleSpansError, refresh, editVersion } from './edit/spans.js';
export { applyTextEdits, type TextReplacement } from './edit/text-edits.js';
export { print } from './print/printer.js';
export { format, formatBlocker, formatEdits, type FormatOptions, type TextEdit } from './print/formatter.js';

// Includes
export {
  loadWithIncludes,
  resolveIncludePath,
  includeStatements,
  DEFAULT_MAX_INCLUDE_DEPTH,
  type FileSystem,
  type ReadRefusal,
  type IncludeOptions,
  type IncludedFile,
  type IncludeError,
  type IncludeErrorCode,
  type ResolvedConfig,
} from './include/includes.js';

// dhcpd's statement and option tables and value checks (the linter, hover and completion read them)
export {
  STATEMENTS,
  SCOPES,
  PERMITS,
  EXPRESSION_FUNCTIONS,
  EXPRESSION_KEYWORDS,
  statementSpec,
  statementSpecs,
  contextAllows,
  failoverDefault,
  type Context,
  type ArgSyntax,
  type StatementSpec,
} from './spec/statements.js';
export { OPTIONS, OPTION_SPACES, optionSpec, optionByCode, parseUserFormat, type OptionSpec } from './spec/options.js';
export { HOST_NAME, checkAtom, checkOptionValues, checkParameterArgs, type ValueProblem } from './spec/values.js';
