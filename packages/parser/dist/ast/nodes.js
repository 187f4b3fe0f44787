/** Statements that own a block. */
export function bodyOf(s) {
    return 'body' in s ? s.body : undefined;
}
//# sourceMappingURL=nodes.js.map