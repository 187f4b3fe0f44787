export { parse, type ParseOptions, type ParseResult } from './parse.js';
export type * from './ast/nodes.js';
export type { ParseError, ParseErrorCode } from './ast/errors.js';
export { LineIndex, type Position, type Range, type Span } from './text/line-index.js';
export { walk, findAll, findNodeAt, childStatements, contextOf, wordAt, type Visitor, type NodePath, type AnyStatement } from './ast/walk.js';
export { classifyWord, parseIPv4, formatIPv4, isIPv6, decodeString, quoteString } from './ast/literals.js';
export { print } from './print/printer.js';
export { renderStatement, renderWords } from './print/render.js';
export { scan, TokenVector, type ScanResult } from './lexer/scanner.js';
export * from './spec/statements.js';
export * from './spec/options.js';
export * from './spec/values.js';
export { parseExpression } from './expr/parse.js';
export * from './edit/edit.js';
export * as b from './edit/builders.js';
export { format, formatEdits, type FormatOptions, type TextEdit } from './print/formatter.js';
export * from './include/includes.js';
//# sourceMappingURL=index.d.ts.map