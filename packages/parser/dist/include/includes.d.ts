import { type ParseResult } from '../parse.js';
import type { ParseError } from '../ast/errors.js';
import type { IncludeStatement } from '../ast/nodes.js';
/** The file access the include resolver needs; pass an in-memory one in tests or the LSP. */
export interface FileSystem {
    /** File contents, or undefined when the file does not exist or cannot be read. */
    readFile(path: string): string | undefined;
}
export interface IncludeOptions {
    fs: FileSystem;
    /**
     * Maps absolute include paths into a checkout: `{ '/etc/dhcp': './serv1/etc/dhcp' }`. The longest
     * matching prefix wins.
     */
    pathMap?: Record<string, string>;
    /** Root folder for absolute paths (a server root: `/etc/dhcp/x` → `<root>/etc/dhcp/x`). */
    root?: string;
    /** Deepest include nesting followed (default 16, dhcpd itself has no limit and crashes on cycles). */
    maxDepth?: number;
    /** Already-parsed files (open editor buffers) by path. */
    overrides?: Map<string, string>;
    /**
     * Parse results kept between runs, by path: a file whose text is unchanged is not parsed again
     * (the language server re-checks a whole pair on every keystroke in one file).
     */
    cache?: Map<string, ParseResult>;
}
export interface IncludedFile {
    path: string;
    result: ParseResult;
    /** Path of the file that included this one, and the statement that did. */
    includedFrom?: {
        path: string;
        statement: IncludeStatement;
    };
}
export interface ResolvedConfig {
    root: string;
    /** Every file reached, root first, in include order. */
    files: IncludedFile[];
    /** Missing files, cycles and too-deep nesting, located at the include statement. */
    errors: ParseError[];
}
/**
 * Where an include path points on this machine. Absolute paths go through `pathMap`, then `root`;
 * relative paths are taken relative to the including file (dhcpd uses its working directory, which
 * the `include-relative-path` lint rule warns about).
 */
export declare function resolveIncludePath(includePath: string, fromFile: string, options: Pick<IncludeOptions, 'pathMap' | 'root'>): string;
/** Parses a config and every file it includes, following includes depth-first like dhcpd. */
export declare function loadWithIncludes(rootPath: string, options: IncludeOptions): ResolvedConfig;
//# sourceMappingURL=includes.d.ts.map