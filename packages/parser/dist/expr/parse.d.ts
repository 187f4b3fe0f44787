import type { Expression, Value } from '../ast/nodes.js';
export interface ExprError {
    message: string;
    start: number;
    end: number;
}
/**
 * Pratt parser for dhcp-eval(5) expressions over a statement's words. Never throws; reports the
 * first problem and returns what it could build.
 */
export declare class ExpressionParser {
    private readonly words;
    private readonly end;
    private i;
    errors: ExprError[];
    constructor(words: readonly Value[], start: number, end: number);
    get position(): number;
    atEnd(): boolean;
    private peek;
    private text;
    private fail;
    parse(minPrec?: number): Expression | undefined;
    private unary;
    private primary;
}
/** Parses words[start, end) as one expression; reports trailing words as an error. */
export declare function parseExpression(words: readonly Value[], start: number, end: number): {
    expression?: Expression;
    errors: ExprError[];
};
//# sourceMappingURL=parse.d.ts.map