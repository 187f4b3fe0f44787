import { parse, type ParseOptions, type ParseResult } from '../parse.js';
import type { ParseError } from '../ast/errors.js';
import type { ConfigFile, IncludeStatement, StringLit } from '../ast/nodes.js';
import { findAll, type AnyStatement } from '../ast/walk.js';

/** A file that exists but was not read, and why: completes "… is <refused>" ("outside the server root"). */
export interface ReadRefusal {
  refused: string;
}

/** The file access the include resolver needs; pass an in-memory one in tests or the LSP. */
export interface FileSystem {
  /** File contents, or undefined when the file does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /**
   * Like readFile, but a file that exists and was refused (outside the server root, not a regular
   * file, too large, binary) says why, so the diagnostic is not "not found". Used instead of
   * readFile when present; file systems without it keep working (refusals read as missing).
   */
  read?(path: string): string | ReadRefusal | undefined;
}

/** A file's text through `fs.read` when the file system has it, else `fs.readFile`. */
export function readThrough(fs: FileSystem, path: string): string | ReadRefusal | undefined {
  return fs.read ? fs.read(path) : fs.readFile(path);
}

/** Include nesting followed by default: dhcpd follows at least this deep (tested with dhcpd 4.4.3). */
export const DEFAULT_MAX_INCLUDE_DEPTH = 200;

export interface IncludeOptions {
  fs: FileSystem;
  /**
   * Maps absolute include paths into a checkout: `{ '/etc/dhcp': './serv1/etc/dhcp' }`. The longest
   * matching prefix wins.
   */
  pathMap?: Record<string, string>;
  /** Root folder for absolute paths (a server root: `/etc/dhcp/x` → `<root>/etc/dhcp/x`). */
  root?: string;
  /**
   * Include statements followed one inside another (default DEFAULT_MAX_INCLUDE_DEPTH); a deeper
   * one is reported as `include-depth`. dhcpd itself has no limit and crashes on cycles.
   */
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
export function parseCached(
  cache: Map<string, ParseResult>,
  path: string,
  text: string,
  parseOptions: IncludeOptions['parseOptions'] = {},
): ParseResult {
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

/** Problems of an include statement; each code is also the linter's rule id. */
export type IncludeErrorCode = 'include-missing' | 'include-cycle' | 'include-depth' | 'read-refused';

export interface IncludeError extends Omit<ParseError, 'code'> {
  code: IncludeErrorCode;
}

export interface ResolvedConfig {
  root: string;
  /** Every file reached, root first, in include order. */
  files: IncludedFile[];
  /** Missing, refused, cyclic and too deeply nested includes, located at the include statement. */
  errors: IncludeError[];
  /** Why the root file itself was not read, when it exists but was refused. */
  rootRefused?: string;
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
 * Where an include path points on this machine. Absolute paths are normalised first, so `..`
 * stops at `/` as it does on the server (`/etc/dhcp/../../../x` is `/x`), then go through
 * `pathMap`, then `root`: the result never climbs above the mapped folder or the root. Relative
 * paths are taken relative to the including file (dhcpd uses its working directory, which the
 * `include-relative-path` lint rule warns about); they can leave the root, which the reader refuses.
 */
export function resolveIncludePath(
  includePath: string,
  fromFile: string,
  options: Pick<IncludeOptions, 'pathMap' | 'root'>,
): string {
  if (includePath.startsWith('/')) {
    const onServer = normalize(includePath);
    const map = options.pathMap ?? {};
    // The longest mapped prefix of the path wins.
    const [prefix, folder] =
      Object.entries(map)
        .filter(([k]) => onServer === k || onServer.startsWith(k.endsWith('/') ? k : `${k}/`))
        .sort(([a], [b]) => b.length - a.length)[0] ?? [];
    if (prefix !== undefined && folder !== undefined) return normalize(`${folder}/${onServer.slice(prefix.length)}`);
    if (options.root) return normalize(`${options.root}/${onServer}`);
    return onServer;
  }
  return normalize(`${dirname(fromFile)}/${includePath}`);
}

/** The start of a path as written, for messages: a config may hold a path of any length. */
export function pathExcerpt(path: string, max = 120): string {
  return path.length <= max ? path : `${path.slice(0, max)}…`;
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

/** An include statement that names a file (one that lost its path is the parser's error, not followed). */
type PathInclude = IncludeStatement & { path: StringLit };

/** A file being read, with the includes still to follow. */
interface LoadFrame {
  path: string;
  includes: PathInclude[];
  next: number;
}

/**
 * Parses a config and every file it includes, following includes depth-first like dhcpd. The
 * walk keeps its own stack (no recursion), so the depth limit is a setting, not the call stack.
 */
export function loadWithIncludes(rootPath: string, options: IncludeOptions): ResolvedConfig {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_INCLUDE_DEPTH;
  const files: IncludedFile[] = [];
  const errors: IncludeError[] = [];
  const read = (p: string) => options.overrides?.get(p) ?? readThrough(options.fs, p);
  const parseFile = (path: string, text: string, from?: IncludedFile['includedFrom']): LoadFrame => {
    const result = options.cache
      ? parseCached(options.cache, path, text, options.parseOptions)
      : parse(text, { ...options.parseOptions, uri: path });
    files.push({ path, result, includedFrom: from });
    return {
      path,
      includes: includeStatements(result.ast, options.cache !== undefined).filter(
        (inc): inc is PathInclude => inc.path !== undefined,
      ),
      next: 0,
    };
  };
  const root = normalize(rootPath);
  const rootText = read(root);
  if (rootText === undefined) return { root, files, errors };
  if (typeof rootText !== 'string') return { root, files, errors, rootRefused: rootText.refused };
  const stack: LoadFrame[] = [parseFile(root, rootText)];
  const onStack = new Set<string>([root]);
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    const statement = top.includes[top.next];
    if (!statement) {
      stack.pop();
      onStack.delete(top.path);
      continue;
    }
    top.next++;
    const written = statement.path.value;
    const target = resolveIncludePath(written, top.path, options);
    const span = statement.path.span;
    const report = (code: IncludeErrorCode, message: string) =>
      errors.push({ code, message, span, severity: 'error', uri: top.path });
    if (onStack.has(target)) {
      report(
        'include-cycle',
        `Include cycle: ${[...stack.map((f) => f.path), target].map((p) => p.split('/').pop()).join(' → ')} (dhcpd crashes on this).`,
      );
      continue;
    }
    // The file that would be read sits at depth stack.length (the root file is at depth 0).
    if (stack.length > maxDepth) {
      report(
        'include-depth',
        `Includes nested deeper than ${maxDepth} levels; ${pathExcerpt(written)} is not followed.`,
      );
      continue;
    }
    const text = read(target);
    if (text === undefined)
      report(
        'include-missing',
        `Included file not found: ${pathExcerpt(written)} (looked for ${pathExcerpt(target)}).`,
      );
    else if (typeof text !== 'string')
      report('read-refused', `Included file not read: ${pathExcerpt(written)} is ${text.refused}.`);
    else {
      stack.push(parseFile(target, text, { path: top.path, statement }));
      onStack.add(target);
    }
  }
  return { root, files, errors };
}
