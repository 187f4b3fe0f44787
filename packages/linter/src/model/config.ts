import { readFileSync } from 'node:fs';
import { childStatements, loadWithIncludes, resolveIncludePath, type AnyStatement, type FileSystem, type IncludeOptions, type ParseError, type ResolvedConfig } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';

/** Reads files from disk; undefined when missing or unreadable. */
export const nodeFs: FileSystem = {
  readFile(path: string) {
    try {
      return readFileSync(path, 'utf8');
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

export function loadServerConfig(mainPath: string, opts: Omit<IncludeOptions, 'fs'> & { fs?: FileSystem; name?: string }): ServerConfig | undefined {
  // Rules only read the tree: comment attachment and printer layout are skipped (see ParseOptions).
  const resolved: ResolvedConfig = loadWithIncludes(mainPath, { parseOptions: { attachComments: false }, ...opts, fs: opts.fs ?? nodeFs });
  if (resolved.files.length === 0) return undefined;
  const files: SourceFile[] = resolved.files.map((f) => ({ uri: f.path, ast: f.result.ast, lines: f.result.lines }));
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

export interface ConfigVisitor {
  enter?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void | boolean;
  leave?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void;
}

/**
 * Walks a server's statements in the order dhcpd reads them: an include's statements are visited
 * where the include stands, with the include's ancestors. Each file is entered once (cycles stop).
 */
export function walkConfig(config: ServerConfig, visitor: ConfigVisitor): void {
  const seen = new Set<SourceFile>();
  const visitFile = (file: SourceFile, ancestors: AnyStatement[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of file.ast?.body ?? []) visit(s, ancestors, file);
  };
  const visit = (s: AnyStatement, ancestors: AnyStatement[], file: SourceFile): void => {
    if (visitor.enter?.(s, ancestors, file) !== false) {
      if (s.type === 'Include') {
        const target = config.includeTargets.get(s);
        if (target) visitFile(target, ancestors);
      }
      ancestors.push(s);
      for (const c of childStatements(s)) visit(c, ancestors, file);
      ancestors.pop();
    }
    visitor.leave?.(s, ancestors, file);
  };
  visitFile(config.main, []);
}

export { resolveIncludePath };
