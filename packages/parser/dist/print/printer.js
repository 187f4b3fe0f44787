import { renderStatement, renderWords } from './render.js';
/**
 * Lossless printer. Untouched statements are copied from the source byte for byte (with the
 * whitespace and comments around them); statements marked `dirty` or created by the builders are
 * regenerated in the indentation of their neighbours. So `print(parse(x).ast) === x`, and a
 * one-statement edit changes one statement's lines.
 */
export function print(file) {
    const p = new Printer(file);
    return p.file();
}
class Printer {
    f;
    src;
    constructor(f) {
        this.f = f;
        this.src = f.source;
    }
    file() {
        const start = this.f.bom ? 1 : 0;
        let out = this.f.bom ? '\ufeff' : '';
        out += this.body(this.f.body, start, this.f.contentEnd ?? start, this.src.length, '');
        return out;
    }
    /** Prints a statement list whose original text spanned [bodyStart, contentEnd) then trivia up to bodyEnd. */
    body(list, bodyStart, contentEnd, bodyEnd, parentIndent) {
        // Parts are joined once at the end: asking a growing concatenated string for its last
        // character flattens it each time, which made printing large files quadratic.
        const out = new Output();
        const indent = this.indentOf(list, parentIndent);
        let lastEnd = bodyStart;
        for (const s of list) {
            if (!s.layout || s.span.start < 0) {
                // A new statement: on a line of its own after what precedes it.
                if (out.empty && lastEnd === bodyStart && bodyStart > 0 && !isNewline(this.src.charCodeAt(bodyStart - 1)))
                    out.add(this.f.eol);
                else if (!out.empty && !out.endsWithNewline)
                    out.add(this.f.eol);
                out.add(`${this.leading(s, indent)}${indent}${renderStatement(s, indent, this.unit(), this.f.eol)}${s.trailingComment ? ` ${s.trailingComment.text}` : ''}${this.f.eol}`);
                continue;
            }
            const { gap, start, end } = s.layout;
            if (!out.empty && !out.endsWithNewline && gap !== lastEnd)
                out.add(this.f.eol);
            out.add(this.src.slice(gap, s.span.start));
            out.add(this.statement(s, indent));
            out.add(this.src.slice(s.span.end, end));
            lastEnd = end;
        }
        if (!out.empty && !out.endsWithNewline && contentEnd !== lastEnd && this.src.slice(contentEnd, bodyEnd).trim() !== '')
            out.add(this.f.eol);
        out.add(this.src.slice(contentEnd, bodyEnd));
        return out.text();
    }
    leading(s, indent) {
        return (s.leadingComments ?? []).map((c) => `${indent}${c.text}${this.f.eol}`).join('');
    }
    statement(s, indent) {
        const block = 'body' in s ? s.body : undefined;
        const originalBlock = block && block.span.start >= 0 && block.span.end > block.span.start;
        if (s.dirty && !originalBlock)
            return renderStatement(s, indent, this.unit(), this.f.eol);
        if (s.dirty && originalBlock) {
            // A renamed/edited declaration: regenerate its head, keep its block as written.
            const head = renderWords(s.words);
            const bodyEnd = block.close ? block.close.start : block.span.end;
            return `${head}${head ? ' ' : ''}{${this.body(block.body, block.open.end, block.contentEnd ?? block.open.end, bodyEnd, indent)}${this.src.slice(bodyEnd, s.type === 'If' ? block.span.end : s.span.end)}`;
        }
        if (!block || block.span.end <= block.span.start) {
            if (s.type !== 'If')
                return this.src.slice(s.span.start, s.span.end);
        }
        let out = '';
        let pos = s.span.start;
        if (block && block.span.end > block.span.start) {
            out += this.src.slice(s.span.start, block.open.end);
            const bodyEnd = block.close ? block.close.start : block.span.end;
            out += this.body(block.body, block.open.end, block.contentEnd ?? block.open.end, bodyEnd, indent);
            pos = bodyEnd;
            const blockEnd = block.close ? block.close.end : block.span.end;
            out += this.src.slice(pos, blockEnd);
            pos = blockEnd;
        }
        if (s.type === 'If') {
            for (const branch of [...s.elsif, ...(s.else ? [s.else] : [])]) {
                out += this.src.slice(pos, branch.span.start);
                out += this.statement(branch, indent);
                pos = branch.span.end;
            }
        }
        out += this.src.slice(pos, s.span.end);
        return out;
    }
    /** Indentation of the first original statement in a list, else one unit deeper than the parent. */
    indentOf(list, parentIndent) {
        for (const s of list) {
            if (s.layout && s.span.start >= 0) {
                let lineStart = s.span.start;
                while (lineStart > 0 && !isNewline(this.src.charCodeAt(lineStart - 1)))
                    lineStart--;
                const prefix = this.src.slice(lineStart, s.span.start);
                if (/^[ \t]*$/.test(prefix))
                    return prefix;
                break;
            }
        }
        return parentIndent + this.unit();
    }
    unitCache;
    /** The file's indentation unit: its first indented line's leading whitespace, else two spaces. */
    unit() {
        if (this.unitCache !== undefined)
            return this.unitCache;
        const m = /^([ \t]+)\S/m.exec(this.src);
        this.unitCache = m ? m[1] : '  ';
        return this.unitCache;
    }
}
function isNewline(c) {
    return c === 10 || c === 13;
}
/** An append-only list of string parts that knows whether its text ends with a line break. */
class Output {
    parts = [];
    last = -1;
    get empty() {
        return this.last < 0;
    }
    get endsWithNewline() {
        return isNewline(this.last);
    }
    add(part) {
        if (part.length === 0)
            return;
        this.parts.push(part);
        this.last = part.charCodeAt(part.length - 1);
    }
    text() {
        return this.parts.join('');
    }
}
//# sourceMappingURL=printer.js.map