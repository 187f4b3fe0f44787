import { scan } from './lexer/scanner.js';
import { parseStructure } from './grammar/structure.js';
import { AstBuilder } from './ast/build.js';
import { attachComments } from './ast/attach.js';
import { LineIndex } from './text/line-index.js';
/**
 * Parses dhcpd.conf text. Never throws on any input: problems come back in `errors` and the
 * AST still covers every statement that could be recognised.
 */
export function parse(text, options = {}) {
    const uri = options.uri ?? 'untitled:dhcpd.conf';
    const { tokens, comments } = scan(text);
    const structure = parseStructure(tokens);
    const builder = new AstBuilder(text, tokens);
    builder.reportStructure(structure.issues);
    const body = builder.statements(structure.body);
    const crlf = text.indexOf('\r\n');
    const lf = text.indexOf('\n');
    const ast = {
        type: 'ConfigFile',
        uri,
        source: text,
        span: { start: 0, end: text.length },
        body,
        comments,
        eol: crlf >= 0 && crlf < lf ? '\r\n' : '\n',
        bom: text.charCodeAt(0) === 0xfeff,
    };
    attachComments(ast);
    const errors = builder.errors.sort((a, b) => a.span.start - b.span.start);
    return { ast, errors, lines: new LineIndex(text) };
}
//# sourceMappingURL=parse.js.map