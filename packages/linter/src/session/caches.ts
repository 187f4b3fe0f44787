// Everything a LintSession keeps between checks, so an edit re-does only what it touched. All of
// it is owned by the session (session.ts); no front builds or clears these itself.
import type { ParseResult } from '@dhcplint/parser';
import type { FactsCache, ServerFacts } from '../model/facts.js';
import type { Diagnostic, SourceFile } from '../types.js';
import type { SniffCache } from './disk.js';
import type { LintResult } from './results.js';

/** Diagnostics the per-statement rules gave one top-level statement, at the offset it had then. */
export interface StatementResults {
  rules: string;
  uri: string;
  start: number;
  diagnostics: Diagnostic[];
}

export interface SessionCaches {
  /** Parse results reused while a file's text is unchanged (see IncludeOptions.cache). */
  parse: Map<string, ParseResult>;
  /**
   * Per-server facts and single-server lint results reused while every file of the server parses
   * to the same AST objects (the unchanged half of a pair in the language server).
   */
  servers: Map<string, { asts: unknown[]; facts: ServerFacts; rules?: string; result?: LintResult }>;
  /**
   * Results of the per-statement rules (`meta.perStatement`) by server and top-level statement,
   * reused while the statement object is unchanged (an incremental re-parse keeps the statements
   * an edit did not touch, only shifted).
   */
  statements: Map<string, WeakMap<object, StatementResults>>;
  /** Facts of top-level statements, reused while the statement object is unchanged (see FactsFragment). */
  facts: FactsCache;
  /**
   * One SourceFile object per path, updated in place when its file is re-parsed, so results kept
   * from earlier runs (facts, cached diagnostics) read the current text and line index.
   */
  sourceFiles: Map<string, SourceFile>;
  /** Data rules keep between runs, by server and rule (see RuleContext.memo). */
  ruleMemos: Map<string, Map<string, { value?: unknown }>>;
  /**
   * Whether a kept top-level statement holds anything the rules that see every statement want, by
   * the set of those rules (the same from run to run unless the settings change).
   */
  holdsWanted: Map<string, WeakMap<object, boolean>>;
  /** Config sniffs of discovery, by path, modification time and size. */
  sniffs: SniffCache;
}

export function emptyCaches(): SessionCaches {
  return {
    parse: new Map(),
    servers: new Map(),
    statements: new Map(),
    facts: new WeakMap(),
    sourceFiles: new Map(),
    ruleMemos: new Map(),
    holdsWanted: new Map(),
    sniffs: new Map(),
  };
}

/** Drops what belongs to files and servers that took no part in the last check (deleted, renamed, no longer included). */
export function forgetGone(caches: SessionCaches, files: ReadonlySet<string>, servers: ReadonlySet<string>): void {
  for (const p of caches.parse.keys()) if (!files.has(p)) caches.parse.delete(p);
  for (const p of caches.sourceFiles.keys()) if (!files.has(p)) caches.sourceFiles.delete(p);
  for (const cache of [caches.servers, caches.ruleMemos, caches.statements])
    for (const p of cache.keys()) if (!servers.has(p)) cache.delete(p);
}
