import type * as N from '../ast/nodes.js';
/**
 * Lossless printer. Untouched statements are copied from the source byte for byte (with the
 * whitespace and comments around them); statements marked `dirty` or created by the builders are
 * regenerated in the indentation of their neighbours. So `print(parse(x).ast) === x`, and a
 * one-statement edit changes one statement's lines.
 */
export declare function print(file: N.ConfigFile): string;
//# sourceMappingURL=printer.d.ts.map