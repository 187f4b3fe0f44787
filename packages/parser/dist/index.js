export { parse } from './parse.js';
export { LineIndex } from './text/line-index.js';
export { walk, findAll, findNodeAt, childStatements, contextOf, wordAt } from './ast/walk.js';
export { classifyWord, parseIPv4, formatIPv4, isIPv6, decodeString, quoteString } from './ast/literals.js';
export { print } from './print/printer.js';
export { renderStatement, renderWords } from './print/render.js';
export { scan, TokenVector } from './lexer/scanner.js';
export * from './spec/statements.js';
export * from './spec/options.js';
export * from './spec/values.js';
export { parseExpression } from './expr/parse.js';
export * from './edit/edit.js';
export * as b from './edit/builders.js';
export { format, formatEdits } from './print/formatter.js';
export * from './include/includes.js';
//# sourceMappingURL=index.js.map