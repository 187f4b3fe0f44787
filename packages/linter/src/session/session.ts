// A LintSession: one object that runs a whole check (discovery, reading, parsing, facts, rules,
// pairing) and owns everything kept between checks. Fronts only say what to check and with which
// settings: the CLI runs one fresh session per command, the language server keeps one
// (`incremental`) and adds open buffers through the file system it passes, and time slices by
// driving the `…Steps` generators.
import { parse, type FileSystem, type ParseResult } from '@dhcplint/parser';
import { parseCached, readThrough } from '@dhcplint/parser/internal';
import { dirname } from 'node:path';
import { findRcFile, readRcFile, settingsFromRc, type RcFile } from '../config-file.js';
import { readConfigFile, type ReadOutcome } from '../io/read.js';
import { runToEnd, type ServerConfig } from '../model/config.js';
import { collectFacts, type ServerFacts } from '../model/facts.js';
import { emptyCaches, forgetGone, type SessionCaches } from './caches.js';
import type { RunContext } from './context.js';
import { applyDirectives } from './directives.js';
import { nodeDisk, withSniffCache, type DiskHost } from './disk.js';
import { lintServerSteps } from './lint-server.js';
import { loadServersSteps } from './load.js';
import { withoutFollowOns } from './follow-ons.js';
import { findPairs, pairStageSteps } from './pairing.js';
import {
  pushAll,
  type CheckResult,
  type LintResult,
  type LoadedServers,
  type Server,
  type ServerPair,
} from './results.js';
import { assertPlainSettings, mergeSettings, withPairs, type LintSettings } from './settings.js';

export interface SessionOptions {
  /**
   * How file contents are read (configs, includes, host files, rc files). Default: the disk
   * through the safe reader (io/read.ts), capped at the settings' maxFileSize. The language server
   * passes its open buffers over the disk; tests an in-memory or spying one.
   */
  fs?: FileSystem;
  /** Stats, folder listings and config sniffs (default: the disk). */
  disk?: DiskHost;
  /** Whether discovery may look at a path (the language server: only inside its workspace folders). */
  mayRead?: (path: string) => boolean;
  /** Statements a stepped run walks between two pauses (default STATEMENTS_PER_PAUSE; tests set 1). */
  statementsPerPause?: number;
  /**
   * Keep parse results, facts, per-statement and per-server results between checks, so the next
   * check redoes only what changed (the language server). Off: every check starts afresh.
   */
  incremental?: boolean;
}

export class LintSession implements RunContext {
  readonly fs: FileSystem | undefined;
  readonly disk: DiskHost;
  readonly mayRead: ((path: string) => boolean) | undefined;
  statementsPerPause: number | undefined;
  readonly caches: SessionCaches | undefined;
  /** Rc files read in the current check (or the error reading gave), so each is read once per check. */
  private readonly rcFiles = new Map<string, { rc: RcFile } | { error: unknown }>();

  constructor(options: SessionOptions = {}) {
    this.fs = options.fs;
    this.mayRead = options.mayRead;
    this.statementsPerPause = options.statementsPerPause;
    this.caches = options.incremental ? emptyCaches() : undefined;
    const disk = options.disk ?? nodeDisk;
    this.disk = this.caches ? withSniffCache(disk, this.caches.sniffs) : disk;
  }

  /** Starts a new check: rc files are read again (caches keyed by content stay). */
  startCheck(): void {
    this.rcFiles.clear();
  }

  /** The rc file for a folder: in it or its nearest ancestor. */
  findRc(dir: string): string | undefined {
    return findRcFile(dir, (p) => this.disk.stat(p) !== undefined);
  }

  /** An rc file, read and validated once per check through the session's file system; throws ConfigFileError. */
  readRc(path: string): RcFile {
    let entry = this.rcFiles.get(path);
    if (!entry) {
      try {
        entry = { rc: readRcFile(path, (p) => this.readOutcome(p)) };
      } catch (error) {
        entry = { error };
      }
      this.rcFiles.set(path, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.rc;
  }

  /**
   * The settings of several folders' rc files (each folder's nearest, at or above it, when the
   * session may read it), merged in order; what could not be read, as problems. The language server
   * checks its workspace folders with these.
   */
  folderSettings(folders: readonly string[]): { settings: LintSettings; problems: string[] } {
    let settings: LintSettings = {};
    const problems: string[] = [];
    for (const folder of folders) {
      const rc = this.findRc(folder);
      if (!rc || (this.mayRead && !this.mayRead(rc))) continue;
      try {
        settings = mergeSettings(settings, settingsFromRc(this.readRc(rc), dirname(rc)));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    return { settings, problems };
  }

  private readOutcome(path: string): ReadOutcome {
    if (!this.fs) return readConfigFile(path);
    const r = readThrough(this.fs, path);
    return r === undefined
      ? { missing: true }
      : typeof r === 'string'
        ? { text: r, encoding: 'utf8' }
        : { refused: r.refused };
  }

  /** Parses a file's text for editor features, through the cache the checks use. */
  parseFile(path: string, text: string): ParseResult {
    // Features only read the tree, as the analysis does: no comment attachment or printer layout.
    return this.caches
      ? parseCached(this.caches.parse, path, text, { attachComments: false })
      : parse(text, { uri: path, attachComments: false });
  }

  loadServers(paths: string[], settings: LintSettings = {}): LoadedServers {
    return runToEnd(this.loadServersSteps(paths, settings));
  }

  /** Discovers and loads the servers the paths hold; pauses while facts are collected. */
  loadServersSteps(paths: string[], settings: LintSettings = {}): Generator<void, LoadedServers, void> {
    assertPlainSettings(settings);
    return loadServersSteps(paths, settings, this);
  }

  lintServer(config: ServerConfig, settings: LintSettings = {}, facts: ServerFacts = collectFacts(config)): LintResult {
    return runToEnd(this.lintServerSteps(config, settings, facts));
  }

  /** One server's single-server rules, in steps that pause during the walk and between rules. */
  lintServerSteps(config: ServerConfig, settings: LintSettings, facts: ServerFacts): Generator<void, LintResult, void> {
    return lintServerSteps(config, settings, facts, this);
  }

  lintServers(servers: Server[], settings: LintSettings = {}): LintResult & { pairs: ServerPair[] } {
    return runToEnd(this.lintServersSteps(servers, settings));
  }

  /** Every server, then every failover pair and each server's host context. */
  *lintServersSteps(
    servers: Server[],
    settings: LintSettings = {},
  ): Generator<void, LintResult & { pairs: ServerPair[] }, void> {
    const result: LintResult = { diagnostics: [], files: [], internalErrors: [] };
    const rulesKey = JSON.stringify(settings.rules ?? {});
    for (const s of servers) {
      const entry = this.caches?.servers.get(s.config.main.uri);
      const reusable = entry && entry.facts === s.facts && entry.rules === rulesKey ? entry.result : undefined;
      const r = reusable ?? (yield* this.lintServerSteps(s.config, settings, s.facts));
      if (entry && entry.facts === s.facts) Object.assign(entry, { rules: rulesKey, result: r });
      pushAll(result.diagnostics, r.diagnostics);
      pushAll(result.files, r.files);
      for (const f of s.facts.host?.netplanFiles ?? []) result.files.push(f.uri);
      if (s.facts.host?.defaults) result.files.push(s.facts.host.defaults.file.uri);
      pushAll(result.internalErrors, r.internalErrors);
    }
    const pairs = findPairs(servers, settings);
    const pairDiags = yield* pairStageSteps(servers, pairs, settings, result.internalErrors);
    const allFiles = servers.flatMap((s) => s.config.files);
    const fileByUri = new Map(allFiles.map((f) => [f.uri, f]));
    // A pair diagnostic at, or pointing at, a statement with an error is a follow-on of that error.
    const kept = withoutFollowOns(pairDiags, result.diagnostics, (u) => fileByUri.get(u), true);
    // Host files (netplan, defaults) hold directives for the host-context rules reported there.
    const hostFiles = servers.flatMap((s) => [
      ...(s.facts.host?.netplanFiles ?? []),
      ...(s.facts.host?.defaults ? [s.facts.host.defaults.file] : []),
    ]);
    pushAll(result.diagnostics, applyDirectives([...allFiles, ...hostFiles], kept, settings, 'pair'));
    result.files = [...new Set(result.files)];
    result.diagnostics.sort((x, y) => x.uri.localeCompare(y.uri) || x.span.start - y.span.start);
    return { ...result, pairs };
  }

  check(paths: string[], settings: LintSettings = {}, options: CheckOptions = {}): CheckResult {
    return runToEnd(this.checkSteps(paths, settings, options));
  }

  /**
   * A whole check of paths (files, folders, server roots): discovery, loading, every server's lint
   * and the pair stage, with the pairs discovered manifests add. An incremental session then
   * forgets files and servers that took no part.
   */
  *checkSteps(
    paths: string[],
    settings: LintSettings = {},
    options: CheckOptions = {},
  ): Generator<void, CheckResult, void> {
    const loaded = yield* this.loadServersSteps(paths, settings);
    let servers = loaded.servers;
    if (options.alsoOnTheirOwn?.length) {
      // Files no discovered server covers (an editor's open buffers) are linted on their own.
      const covered = new Set(servers.flatMap((s) => s.config.files.map((f) => f.uri)));
      const loose = options.alsoOnTheirOwn.filter((p) => !covered.has(p));
      if (loose.length) servers = [...servers, ...(yield* this.loadServersSteps(loose, settings)).servers];
    }
    const result = yield* this.lintServersSteps(servers, withPairs(settings, loaded.pairs));
    if (this.caches) {
      const files = new Set<string>();
      for (const s of servers) {
        for (const f of s.config.files) files.add(f.uri);
        for (const f of s.facts.host?.netplanFiles ?? []) files.add(f.uri);
        if (s.facts.host?.defaults) files.add(s.facts.host.defaults.file.uri);
      }
      forgetGone(this.caches, files, new Set(servers.map((s) => s.config.main.uri)));
    }
    return { ...result, servers, errors: loaded.errors };
  }
}

export interface CheckOptions {
  /** Files to lint as servers of their own when no discovered server covers them (open buffers). */
  alsoOnTheirOwn?: string[];
}
