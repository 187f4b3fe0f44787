import type * as N from './nodes.js';
/**
 * Attaches comments to statements (Prettier's model: an end-of-line comment trails the statement
 * on its line, an own-line comment leads the next statement, the rest dangle in the block) and
 * records each statement's layout extent for the lossless printer.
 */
export declare function attachComments(file: N.ConfigFile): void;
//# sourceMappingURL=attach.d.ts.map