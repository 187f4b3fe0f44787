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
        let out = '';
        const indent = this.indentOf(list, parentIndent);
        let lastEnd = bodyStart;
        for (const s of list) {
            if (!s.layout || s.span.start < 0) {
                // A new statement: on a line of its own after what precedes it.
                if (out.length === 0 && lastEnd === bodyStart && !this.endsWithNewline(this.src.slice(0, bodyStart)) && bodyStart > 0)
                    out += this.f.eol;
                else if (out.length > 0 && !this.endsWithNewline(out))
                    out += this.f.eol;
                out += `${this.leading(s, indent)}${indent}${renderStatement(s, indent, this.unit(), this.f.eol)}${s.trailingComment ? ` ${s.trailingComment.text}` : ''}${this.f.eol}`;
                continue;
            }
            const { gap, start, end } = s.layout;
            if (out.length > 0 && !this.endsWithNewline(out) && gap !== lastEnd)
                out += this.f.eol;
            out += this.src.slice(gap, start);
            out += this.src.slice(start, s.span.start);
            out += this.statement(s, indent);
            out += this.src.slice(s.span.end, end);
            lastEnd = end;
        }
        if (out.length > 0 && !this.endsWithNewline(out) && contentEnd !== lastEnd && this.src.slice(contentEnd, bodyEnd).trim() !== '')
            out += this.f.eol;
        out += this.src.slice(contentEnd, bodyEnd);
        return out;
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
    endsWithNewline(s) {
        const c = s.charCodeAt(s.length - 1);
        return c === 10 || c === 13;
    }
    /** Indentation of the first original statement in a list, else one unit deeper than the parent. */
    indentOf(list, parentIndent) {
        for (const s of list) {
            if (s.layout && s.span.start >= 0) {
                const lineStart = Math.max(this.src.lastIndexOf('\n', s.span.start - 1), this.src.lastIndexOf('\r', s.span.start - 1)) + 1;
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
//# sourceMappingURL=printer.js.map