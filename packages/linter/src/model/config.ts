import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  childStatements,
  loadWithIncludes,
  resolveIncludePath,
  type AnyStatement,
  type FileSystem,
  type IncludeError,
  type IncludeOptions,
  type ParseError,
  type ReadRefusal,
  type ResolvedConfig,
} from '@dhcplint/parser';
import { readThrough } from '@dhcplint/parser/internal';
import type { SourceFile } from '../types.js';
import { readConfigFile, type ReadLimits } from '../io/read.js';
import type { DiskHost } from '../session/disk.js';

/**
 * Files on disk through the safe reader (io/read.ts: regular files only, size cap, no binary),
 * decoded losslessly (io/encoding.ts). `readFile` gives undefined for a missing or refused file;
 * `read` says why a file was refused.
 */
export function diskFs(limits: ReadLimits = {}): FileSystem {
  const read = (path: string): string | ReadRefusal | undefined => {
    const r = readConfigFile(path, limits);
    return 'text' in r ? r.text : 'refused' in r ? r : undefined;
  };
  return {
    read,
    readFile(path: string) {
      const r = read(path);
      return typeof r === 'string' ? r : undefined;
    },
  };
}

/** The disk with the default limits. */
export const nodeFs: FileSystem = diskFs();

/** An in-memory file system for tests and editors. */
export function memoryFs(files: Record<string, string>): FileSystem {
  return { readFile: (p) => files[p] };
}

/** Folders a server's files may be read from, and how to name them in a refusal. */
export interface ReadScope {
  /** Absolute folders; a file is read only when it lies inside one, before and after resolving symlinks. */
  folders: string[];
  /** Files named by the user (on the command line, in the rc file): read wherever they are. */
  named?: string[];
  /** Completes "… is outside <what>": "the server root". */
  what: string;
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What confinement asks of the disk: where a path really is, and what a folder lists. */
export type ConfinementDisk = Pick<DiskHost, 'realpath' | 'readdir'>;

/**
 * A path with its symlinks resolved; 'missing' when nothing is there (an unsaved buffer, a
 * memory file), 'unresolved' when something is there whose links lead nowhere readable (its
 * folder lists it, though it cannot be resolved: a dangling or looping symlink).
 */
function realPath(disk: ConfinementDisk, path: string): string | 'missing' | 'unresolved' {
  const real = disk.realpath(path);
  if (real !== undefined) return real;
  try {
    return disk.readdir(dirname(path)).includes(basename(path)) ? 'unresolved' : 'missing';
  } catch {
    return 'missing';
  }
}

/**
 * `fs` confined to a scope: a path outside the scope's folders, or a symlink leading out of them,
 * is refused before anything is opened or even looked up outside. Symlinks are resolved through
 * `disk` (the session's DiskHost), so the session decides what is on disk. Paths that exist
 * nowhere on it (editor buffers, memory files) are checked by name only.
 */
export function confinedFs(fs: FileSystem, scope: ReadScope, disk: ConfinementDisk): FileSystem {
  const folders = scope.folders.map((f) => resolve(f));
  const named = new Set((scope.named ?? []).map((f) => resolve(f)));
  let realFolders: string[] | undefined;
  const read = (path: string): string | ReadRefusal | undefined => {
    const abs = resolve(path);
    if (named.has(abs)) return readThrough(fs, path);
    if (!folders.some((f) => inside(f, abs))) return { refused: `outside ${scope.what}` };
    const real = realPath(disk, abs);
    if (real === 'unresolved') return { refused: 'a symlink that cannot be resolved' };
    if (real !== 'missing') {
      realFolders ??= folders.map((f) => {
        const r = realPath(disk, f);
        return r === 'missing' || r === 'unresolved' ? f : r;
      });
      if (!realFolders.some((f) => inside(f, real))) return { refused: `a symlink leading outside ${scope.what}` };
    }
    return readThrough(fs, path);
  };
  return {
    read,
    readFile(path: string) {
      const r = read(path);
      return typeof r === 'string' ? r : undefined;
    },
  };
}

/** One server's configuration: its main file plus everything it includes. */
export interface ServerConfig {
  /** Name for messages (the server root folder, or the main file). */
  name: string;
  main: SourceFile;
  files: SourceFile[];
  parseErrors: { file: SourceFile; error: ParseError }[];
  includeErrors: { file: SourceFile; error: IncludeError }[];
  /** Included file path for each include statement (by statement identity). */
  includeTargets: Map<AnyStatement, SourceFile>;
  options: Pick<IncludeOptions, 'pathMap' | 'root'>;
}

export type ServerConfigOptions = Omit<IncludeOptions, 'fs'> & {
  fs?: FileSystem;
  name?: string;
  sourceFiles?: Map<string, SourceFile>;
};

export function loadServerConfig(mainPath: string, opts: ServerConfigOptions): ServerConfig | undefined {
  const r = loadServerConfigOrReason(mainPath, opts);
  return 'unread' in r ? undefined : r;
}

/** `loadServerConfig`, saying why the main file was not read ("not a regular file (FIFO)"). */
export function loadServerConfigOrReason(
  mainPath: string,
  opts: ServerConfigOptions,
): ServerConfig | { unread: string } {
  // Rules only read the tree: comment attachment and printer layout are skipped (see ParseOptions).
  const resolved: ResolvedConfig = loadWithIncludes(mainPath, {
    parseOptions: { attachComments: false },
    ...opts,
    fs: opts.fs ?? nodeFs,
  });
  const files: SourceFile[] = resolved.files.map((f) =>
    sourceFile(f.path, f.result.ast, f.result.lines, opts.sourceFiles),
  );
  const main = files[0];
  if (!main) return { unread: resolved.rootRefused ?? 'cannot read file' };
  const byUri = new Map(files.map((f) => [f.uri, f]));
  const fileOf = (path: string | undefined) => (path === undefined ? undefined : byUri.get(path));
  const includeTargets = new Map<AnyStatement, SourceFile>();
  for (const f of resolved.files) {
    const target = fileOf(f.path);
    if (f.includedFrom && target) includeTargets.set(f.includedFrom.statement, target);
  }
  return {
    name: opts.name ?? mainPath,
    main,
    files,
    parseErrors: resolved.files.flatMap((f) =>
      f.result.errors.map((error) => ({ file: fileOf(f.path) ?? main, error })),
    ),
    includeErrors: resolved.errors.map((error) => ({ file: fileOf(error.uri) ?? main, error })),
    includeTargets,
    options: { pathMap: opts.pathMap, root: opts.root },
  };
}

/** The SourceFile for a path: the known object updated in place (see LintSettings.sourceFiles), or a new one. */
function sourceFile(
  uri: string,
  ast: SourceFile['ast'],
  lines: SourceFile['lines'],
  known?: Map<string, SourceFile>,
): SourceFile {
  const file = known?.get(uri);
  if (!file) {
    const created = { uri, ast, lines };
    known?.set(uri, created);
    return created;
  }
  file.ast = ast;
  file.lines = lines;
  return file;
}

export interface ConfigVisitor {
  enter?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void | boolean;
  leave?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void;
}

/**
 * Walks a server's statements in the order dhcpd reads them: an include's statements are visited
 * where the include stands, with the include's ancestors. Each file is entered once (cycles stop).
 */
export function walkConfig(config: ServerConfig, visitor: ConfigVisitor): void {
  runToEnd(walkConfigSteps(config, visitor));
}

/** Statements visited between two pauses of a stepped walk, unless the caller says otherwise. */
export const STATEMENTS_PER_PAUSE = 256;

/** One list of statements being walked: a file's body, or a block's children. */
interface WalkFrame {
  list: readonly AnyStatement[];
  index: number;
  file: SourceFile;
  /** The statement whose children these are; it is left when the list is done. */
  owner?: AnyStatement;
  /** Whether the owner was pushed onto the ancestors (an include is not: it has no children). */
  ownerIsAncestor: boolean;
}

/**
 * `walkConfig` as a generator that pauses every few hundred statements, so a caller can spread a
 * long walk over several turns of the event loop (the language server answers requests between
 * them). The walk keeps an explicit stack instead of recursing: a pause can happen at any depth,
 * inside included files too.
 */
export function* walkConfigSteps(
  config: ServerConfig,
  visitor: ConfigVisitor,
  statementsPerPause = STATEMENTS_PER_PAUSE,
): Generator<void, void, void> {
  const seen = new Set<SourceFile>([config.main]);
  const ancestors: AnyStatement[] = [];
  const stack: WalkFrame[] = [
    { list: config.main.ast?.body ?? [], index: 0, file: config.main, ownerIsAncestor: false },
  ];
  let budget = statementsPerPause;
  for (let frame = stack[0]; frame !== undefined; frame = stack[stack.length - 1]) {
    const s = frame.list[frame.index];
    if (s === undefined) {
      stack.pop();
      if (frame.owner) {
        if (frame.ownerIsAncestor) ancestors.pop();
        visitor.leave?.(frame.owner, ancestors, frame.file);
      }
      continue;
    }
    if (--budget === 0) {
      budget = statementsPerPause;
      yield;
    }
    frame.index++;
    if (visitor.enter?.(s, ancestors, frame.file) === false) {
      visitor.leave?.(s, ancestors, frame.file);
    } else if (s.type === 'Include') {
      // The included file is walked where the include stands, with the include's ancestors;
      // the include is left after it.
      stack.push({ list: [], index: 0, file: frame.file, owner: s, ownerIsAncestor: false });
      const target = config.includeTargets.get(s);
      if (target && !seen.has(target)) {
        seen.add(target);
        stack.push({ list: target.ast?.body ?? [], index: 0, file: target, ownerIsAncestor: false });
      }
    } else {
      const children = childStatements(s);
      // Most statements (host lines, options) hold nothing: left at once, no frame to allocate.
      if (children.length === 0) visitor.leave?.(s, ancestors, frame.file);
      else {
        ancestors.push(s);
        stack.push({ list: children, index: 0, file: frame.file, owner: s, ownerIsAncestor: true });
      }
    }
  }
}

/** Runs a stepped computation to its end without pausing. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export { resolveIncludePath };
