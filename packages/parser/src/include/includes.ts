import { parse, type ParseOptions, type ParseResult } from '../parse.js';
import type { ParseError } from '../ast/errors.js';
import type { ConfigFile, IncludeStatement } from '../ast/nodes.js';
import { findAll, type AnyStatement } from '../ast/walk.js';

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
  /** Passed to parse() for every file (e.g. `{ attachComments: false }` for read-only use). */
  parseOptions?: Omit<ParseOptions, 'uri'>;
}

/**
 * Parses a file through a cache of earlier results by path: an unchanged text is not parsed
 * again, a changed one is re-parsed incrementally from the earlier result (see ParseOptions.previous).
 */
export function parseCached(cache: Map<string, ParseResult>, path: string, text: string, parseOptions: IncludeOptions['parseOptions'] = {}): ParseResult {
  const cached = cache.get(path);
  if (cached && cached.ast.source === text) return cached;
  const result = parse(text, { ...parseOptions, uri: path, previous: cached });
  cache.set(path, result);
  return result;
}

export interface IncludedFile {
  path: string;
  result: ParseResult;
  /** Path of the file that included this one, and the statement that did. */
  includedFrom?: { path: string; statement: IncludeStatement };
}

export interface ResolvedConfig {
  root: string;
  /** Every file reached, root first, in include order. */
  files: IncludedFile[];
  /** Missing files, cycles and too-deep nesting, located at the include statement. */
  errors: ParseError[];
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (p.startsWith('/') ? '/' : '.') : p.slice(0, i);
}

function normalize(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}

/**
 * Where an include path points on this machine. Absolute paths go through `pathMap`, then `root`;
 * relative paths are taken relative to the including file (dhcpd uses its working directory, which
 * the `include-relative-path` lint rule warns about).
 */
export function resolveIncludePath(includePath: string, fromFile: string, options: Pick<IncludeOptions, 'pathMap' | 'root'>): string {
  if (includePath.startsWith('/')) {
    const map = options.pathMap ?? {};
    const prefix = Object.keys(map)
      .filter((k) => includePath === k || includePath.startsWith(k.endsWith('/') ? k : `${k}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) return normalize(map[prefix]! + includePath.slice(prefix.length));
    if (options.root) return normalize(`${options.root}/${includePath}`);
    return normalize(includePath);
  }
  return normalize(`${dirname(fromFile)}/${includePath}`);
}

/** Include statements inside each top-level statement seen, by statement identity. */
const includesInside = new WeakMap<AnyStatement, readonly IncludeStatement[]>();

/**
 * Every include statement of a file, in source order. Top-level statements kept by an incremental
 * re-parse are the same objects, so only the re-parsed ones are searched again: on a large file
 * this is a lookup per statement instead of a walk of the whole tree on every keystroke.
 */
export function includeStatements(ast: ConfigFile, remember = true): IncludeStatement[] {
  // A one-off parse (the CLI) has no later version to serve: one walk, nothing kept.
  if (!remember) return findAll(ast, 'Include');
  const out: IncludeStatement[] = [];
  for (const s of ast.body) {
    if (s.type === 'Include') out.push(s);
    if (!('body' in s)) continue; // nothing nested
    let inside = includesInside.get(s);
    if (inside === undefined) {
      const found = findAll([s], 'Include');
      includesInside.set(s, (inside = found.length ? found : NONE));
    }
    for (const inc of inside) out.push(inc);
  }
  return out;
}

const NONE: readonly IncludeStatement[] = [];

/** Parses a config and every file it includes, following includes depth-first like dhcpd. */
export function loadWithIncludes(rootPath: string, options: IncludeOptions): ResolvedConfig {
  const maxDepth = options.maxDepth ?? 16;
  const files: IncludedFile[] = [];
  const errors: ParseError[] = [];
  const read = (p: string) => options.overrides?.get(p) ?? options.fs.readFile(p);
  const visit = (path: string, stack: string[], from?: IncludedFile['includedFrom']): void => {
    const text = read(path);
    if (text === undefined) {
      if (from) {
        const span = from.statement.path?.span ?? from.statement.span;
        errors.push({ code: 'include-missing', message: `Included file not found: ${from.statement.path?.value ?? ''} (looked for ${path}).`, span, severity: 'error', uri: from.path });
      }
      return;
    }
    const result = options.cache ? parseCached(options.cache, path, text, options.parseOptions) : parse(text, { ...options.parseOptions, uri: path });
    const file: IncludedFile = { path, result, includedFrom: from };
    files.push(file);
    for (const inc of includeStatements(result.ast, options.cache !== undefined)) {
      if (!inc.path) continue;
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
