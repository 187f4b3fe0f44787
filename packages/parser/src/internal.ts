// @dhcplint/parser/internal: what the linter, the language server, the benchmark and the parser's
// own tests need beyond the public API. No compatibility promise: these change with the parser.
export { scan, TokenVector, MAX_WHITESPACE_RUN, type ScanResult, type LexicalIssue } from './lexer/scanner.js';
export { renderStatement, renderWords } from './print/render.js';
export { parseExpression } from './expr/parse.js';
export { shapeOfFormat } from './spec/options.js';
export { splitOnCommas } from './spec/values.js';
export { MULTIWORD_KEYWORDS, STATEMENT_KEYWORDS } from './spec/statements.js';
export { parseCached, pathExcerpt, readThrough } from './include/includes.js';
export { expectDefined } from './invariant.js';
export { parseSteps, type ParseStepsOptions, type ParseProgress } from './parse.js';
