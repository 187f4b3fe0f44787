import { readFileSync } from 'node:fs';
import { childStatements, loadWithIncludes, resolveIncludePath, type AnyStatement, type FileSystem, type IncludeOptions, type ParseError, type ResolvedConfig } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { decodeConfigBytes } from '../io/encoding.js';

/** Reads files from disk, decoded losslessly (see io/encoding.ts); undefined when missing or unreadable. */
export const nodeFs: FileSystem = {
  readFile(path: string) {
    try {
      return decodeConfigBytes(readFileSync(path)).text;
    } catch {
      return undefined;
    }
  },
};

/** An in-memory file system for tests and editors. */
export function memoryFs(files: Record<string, string>): FileSystem {
  return { readFile: (p) => files[p] };
}

/** One server's configuration: its main file plus everything it includes. */
export interface ServerConfig {
  /** Name for messages (the server root folder, or the main file). */
  name: string;
  main: SourceFile;
  files: SourceFile[];
  parseErrors: { file: SourceFile; error: ParseError }[];
  includeErrors: { file: SourceFile; error: ParseError }[];
  /** Included file path for each include statement (by statement identity). */
  includeTargets: Map<AnyStatement, SourceFile>;
  options: Pick<IncludeOptions, 'pathMap' | 'root'>;
}

export function loadServerConfig(mainPath: string, opts: Omit<IncludeOptions, 'fs'> & { fs?: FileSystem; name?: string; sourceFiles?: Map<string, SourceFile> }): ServerConfig | undefined {
  // Rules only read the tree: comment attachment and printer layout are skipped (see ParseOptions).
  const resolved: ResolvedConfig = loadWithIncludes(mainPath, { parseOptions: { attachComments: false }, ...opts, fs: opts.fs ?? nodeFs });
  if (resolved.files.length === 0) return undefined;
  const files: SourceFile[] = resolved.files.map((f) => sourceFile(f.path, f.result.ast, f.result.lines, opts.sourceFiles));
  const byUri = new Map(files.map((f) => [f.uri, f]));
  const includeTargets = new Map<AnyStatement, SourceFile>();
  resolved.files.forEach((f) => {
    if (f.includedFrom) includeTargets.set(f.includedFrom.statement, byUri.get(f.path)!);
  });
  return {
    name: opts.name ?? mainPath,
    main: files[0]!,
    files,
    parseErrors: resolved.files.flatMap((f) => f.result.errors.map((error) => ({ file: byUri.get(f.path)!, error }))),
    includeErrors: resolved.errors.map((error) => ({ file: byUri.get(error.uri!) ?? files[0]!, error })),
    includeTargets,
    options: { pathMap: opts.pathMap, root: opts.root },
  };
}

/** The SourceFile for a path: the known object updated in place (see LintSettings.sourceFiles), or a new one. */
function sourceFile(uri: string, ast: SourceFile['ast'], lines: SourceFile['lines'], known?: Map<string, SourceFile>): SourceFile {
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
export function* walkConfigSteps(config: ServerConfig, visitor: ConfigVisitor, statementsPerPause = STATEMENTS_PER_PAUSE): Generator<void, void, void> {
  const seen = new Set<SourceFile>([config.main]);
  const ancestors: AnyStatement[] = [];
  const stack: WalkFrame[] = [{ list: config.main.ast?.body ?? [], index: 0, file: config.main, ownerIsAncestor: false }];
  let budget = statementsPerPause;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.index === frame.list.length) {
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
    const s = frame.list[frame.index++]!;
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
      ancestors.push(s);
      stack.push({ list: childStatements(s), index: 0, file: frame.file, owner: s, ownerIsAncestor: true });
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
