import { parse } from '../parse.js';
import { findAll } from '../ast/walk.js';
function dirname(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? (p.startsWith('/') ? '/' : '.') : p.slice(0, i);
}
function normalize(p) {
    const abs = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length && out[out.length - 1] !== '..')
                out.pop();
            else if (!abs)
                out.push('..');
        }
        else
            out.push(part);
    }
    return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}
/**
 * Where an include path points on this machine. Absolute paths go through `pathMap`, then `root`;
 * relative paths are taken relative to the including file (dhcpd uses its working directory, which
 * the `include-relative-path` lint rule warns about).
 */
export function resolveIncludePath(includePath, fromFile, options) {
    if (includePath.startsWith('/')) {
        const map = options.pathMap ?? {};
        const prefix = Object.keys(map)
            .filter((k) => includePath === k || includePath.startsWith(k.endsWith('/') ? k : `${k}/`))
            .sort((a, b) => b.length - a.length)[0];
        if (prefix !== undefined)
            return normalize(map[prefix] + includePath.slice(prefix.length));
        if (options.root)
            return normalize(`${options.root}/${includePath}`);
        return normalize(includePath);
    }
    return normalize(`${dirname(fromFile)}/${includePath}`);
}
/** Parses a config and every file it includes, following includes depth-first like dhcpd. */
export function loadWithIncludes(rootPath, options) {
    const maxDepth = options.maxDepth ?? 16;
    const files = [];
    const errors = [];
    const read = (p) => options.overrides?.get(p) ?? options.fs.readFile(p);
    const visit = (path, stack, from) => {
        const text = read(path);
        if (text === undefined) {
            if (from) {
                const span = from.statement.path?.span ?? from.statement.span;
                errors.push({ code: 'include-missing', message: `Included file not found: ${from.statement.path?.value ?? ''} (looked for ${path}).`, span, severity: 'error', uri: from.path });
            }
            return;
        }
        const cached = options.cache?.get(path);
        const result = cached && cached.ast.source === text ? cached : parse(text, { uri: path });
        options.cache?.set(path, result);
        const file = { path, result, includedFrom: from };
        files.push(file);
        for (const inc of findAll(result.ast, 'Include')) {
            if (!inc.path)
                continue;
            const target = resolveIncludePath(inc.path.value, path, options);
            const span = inc.path.span;
            if (stack.includes(target) || target === path) {
                errors.push({ code: 'include-cycle', message: `Include cycle: ${[...stack, path, target].map((p) => p.split('/').pop()).join(' → ')} (dhcpd crashes on this).`, span, severity: 'error', uri: path });
                continue;
            }
            if (stack.length + 1 >= maxDepth) {
                errors.push({ code: 'include-depth', message: `Includes nested deeper than ${maxDepth} levels; not followed further.`, span, severity: 'error', uri: path });
                continue;
            }
            visit(target, [...stack, path], { path, statement: inc });
        }
    };
    visit(normalize(rootPath), []);
    return { root: normalize(rootPath), files, errors };
}
//# sourceMappingURL=includes.js.map