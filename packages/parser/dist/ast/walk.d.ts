import type * as N from './nodes.js';
export type AnyStatement = N.Statement | N.ElseClause;
/** Where a statement sits: its ancestors from the file down to its parent. */
export interface NodePath {
    node: AnyStatement;
    /** Ancestor statements, outermost first (empty at the top level). */
    ancestors: AnyStatement[];
}
export interface Visitor {
    /** Called for every statement before its children; return false to skip the children. */
    enter?(node: AnyStatement, ancestors: readonly AnyStatement[]): void | boolean;
    leave?(node: AnyStatement, ancestors: readonly AnyStatement[]): void;
}
/** Child statements of a statement, in source order (if-chains include their branches' bodies). */
export declare function childStatements(s: AnyStatement): AnyStatement[];
/** Depth-first walk over every statement of a file or of a statement list. */
export declare function walk(root: N.ConfigFile | readonly AnyStatement[], visitor: Visitor): void;
/** Every statement of a given type, in source order. */
export declare function findAll<T extends AnyStatement['type']>(root: N.ConfigFile | readonly AnyStatement[], type: T): Extract<AnyStatement, {
    type: T;
}>[];
/** The innermost statement whose span contains `offset`, with its ancestors. */
export declare function findNodeAt(file: N.ConfigFile, offset: number): NodePath | undefined;
/** The word (value) at an offset inside a statement, if any. */
export declare function wordAt(s: AnyStatement, offset: number): N.Value | undefined;
/** The context name (for spec lookups) of the block a statement's children live in. */
export declare function contextOf(s: AnyStatement | undefined): import('../spec/statements.js').Context;
//# sourceMappingURL=walk.d.ts.map