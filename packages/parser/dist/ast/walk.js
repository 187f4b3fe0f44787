/** Child statements of a statement, in source order (if-chains include their branches' bodies). */
export function childStatements(s) {
    const out = [];
    if ('body' in s && s.body)
        out.push(...s.body.body);
    if (s.type === 'If') {
        for (const e of s.elsif)
            out.push(e);
        if (s.else)
            out.push(s.else);
    }
    return out;
}
/** Depth-first walk over every statement of a file or of a statement list. */
export function walk(root, visitor) {
    const ancestors = [];
    const visit = (s) => {
        const descend = visitor.enter?.(s, ancestors);
        if (descend !== false) {
            ancestors.push(s);
            for (const c of childStatements(s))
                visit(c);
            ancestors.pop();
        }
        visitor.leave?.(s, ancestors);
    };
    const list = Array.isArray(root) ? root : root.body;
    for (const s of list)
        visit(s);
}
/** Every statement of a given type, in source order. */
export function findAll(root, type) {
    const out = [];
    walk(root, {
        enter(s) {
            if (s.type === type)
                out.push(s);
        },
    });
    return out;
}
/** The innermost statement whose span contains `offset`, with its ancestors. */
export function findNodeAt(file, offset) {
    let list = file.body;
    const ancestors = [];
    let found;
    for (;;) {
        const hit = binarySearch(list, offset);
        if (!hit)
            break;
        if (found)
            ancestors.push(found);
        found = hit;
        list = childStatements(hit);
    }
    return found ? { node: found, ancestors } : undefined;
}
function binarySearch(list, offset) {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = list[mid];
        if (offset < s.span.start)
            hi = mid - 1;
        else if (offset > s.span.end)
            lo = mid + 1;
        else {
            // Prefer a later sibling that starts exactly here (end of one touches start of next).
            const next = list[mid + 1];
            if (next && offset >= next.span.start && offset <= next.span.end)
                return next;
            return s;
        }
    }
    return undefined;
}
/** The word (value) at an offset inside a statement, if any. */
export function wordAt(s, offset) {
    for (const w of s.words)
        if (offset >= w.span.start && offset <= w.span.end)
            return w;
    return undefined;
}
/** The context name (for spec lookups) of the block a statement's children live in. */
export function contextOf(s) {
    if (!s)
        return 'global';
    switch (s.type) {
        case 'Subnet':
            return 'subnet';
        case 'Subnet6':
            return 'subnet6';
        case 'SharedNetwork':
            return 'shared-network';
        case 'Group':
            return 'group';
        case 'Host':
            return 'host';
        case 'Pool':
            return s.v6 ? 'pool6' : 'pool';
        case 'Class':
        case 'Subclass':
            return 'class';
        case 'FailoverPeer':
            return 'failover-peer';
        case 'Key':
            return 'key';
        case 'Zone':
            return 'zone';
        case 'If':
        case 'Else':
            return 'if';
        case 'On':
            return 'on';
        default:
            return 'global';
    }
}
//# sourceMappingURL=walk.js.map