import type * as N from '../ast/nodes.js';
/** Regenerates the text of a statement from its words (used for new or edited statements only). */
export declare function renderWords(words: readonly N.Value[]): string;
/** Text of a regenerated statement at a given indentation. Children are rendered one level deeper. */
export declare function renderStatement(s: N.Statement | N.ElseClause, indent: string, unit: string, eol: string): string;
//# sourceMappingURL=render.d.ts.map