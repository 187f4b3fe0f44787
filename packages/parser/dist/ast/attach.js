/**
 * Attaches comments to statements (Prettier's model: an end-of-line comment trails the statement
 * on its line, an own-line comment leads the next statement, the rest dangle in the block) and
 * records each statement's layout extent for the lossless printer.
 */
export function attachComments(file) {
    const { source, comments } = file;
    let ci = 0;
    const sameLine = (from, to) => {
        for (let i = from; i < to; i++) {
            const c = source.charCodeAt(i);
            if (c === 10 || c === 13)
                return false;
        }
        return true;
    };
    const processBlock = (b) => {
        const r = processBody(b.body, b.open.end, b.close ? b.close.start : b.span.end);
        if (r.dangling)
            b.danglingComments = r.dangling;
        b.contentEnd = r.contentEnd;
    };
    // Blocks of a statement in source order (an if's own block, then its elsif/else branches).
    const processBlocks = (s) => {
        if ('body' in s && s.body)
            processBlock(s.body);
        if (s.type === 'If') {
            for (const e of s.elsif)
                processBlocks(e);
            if (s.else)
                processBlock(s.else.body);
        }
    };
    const processBody = (body, bodyStart, bodyEnd) => {
        let prev;
        for (const s of body) {
            let leading;
            while (ci < comments.length && comments[ci].start < s.span.start) {
                const c = comments[ci++];
                if (c.start < bodyStart)
                    continue;
                if (prev && !prev.trailingComment && !leading && sameLine(prev.span.end, c.start))
                    prev.trailingComment = c;
                else
                    (leading ??= []).push(c);
            }
            if (leading)
                s.leadingComments = leading;
            processBlocks(s);
            // Comments between the words of a statement stay unattached; the printer keeps them anyway.
            while (ci < comments.length && comments[ci].start < s.span.end)
                ci++;
            prev = s;
        }
        let dangling;
        while (ci < comments.length && comments[ci].start < bodyEnd) {
            const c = comments[ci++];
            if (prev && !prev.trailingComment && !dangling && sameLine(prev.span.end, c.start))
                prev.trailingComment = c;
            else
                (dangling ??= []).push(c);
        }
        return { dangling, contentEnd: computeLayout(body, bodyStart, source) };
    };
    const r = processBody(file.body, file.bom ? 1 : 0, source.length);
    if (r.dangling)
        file.danglingComments = r.dangling;
    file.contentEnd = r.contentEnd;
}
/** Fills `layout` and `blankLinesBefore` for each statement; returns the end of the last extent. */
function computeLayout(body, bodyStart, source) {
    let cursor = bodyStart;
    for (const s of body) {
        let start = s.leadingComments?.[0]?.start ?? s.span.start;
        // Take in the indentation before the statement when only whitespace precedes it on its line.
        let i = start;
        while (i > cursor) {
            const c = source.charCodeAt(i - 1);
            if (c === 32 || c === 9)
                i--;
            else
                break;
        }
        if (i === cursor || source.charCodeAt(i - 1) === 10 || source.charCodeAt(i - 1) === 13)
            start = i;
        let end = s.trailingComment ? s.trailingComment.end : s.span.end;
        let j = end;
        while (j < source.length && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9))
            j++;
        if (source.charCodeAt(j) === 13 && source.charCodeAt(j + 1) === 10)
            end = j + 2;
        else if (source.charCodeAt(j) === 10 || source.charCodeAt(j) === 13)
            end = j + 1;
        let newlines = 0;
        for (let k = cursor; k < start; k++)
            if (source.charCodeAt(k) === 10)
                newlines++;
        if (newlines > 0)
            s.blankLinesBefore = Math.min(newlines, 2);
        s.layout = { gap: cursor, start, end };
        cursor = end;
    }
    return cursor;
}
//# sourceMappingURL=attach.js.map