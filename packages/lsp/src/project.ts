// The workspace as the language server sees it: every dhcpd config under the workspace folders
// (server roots, flat folders with a manifest, loose dhcpd*.conf files) plus the open buffers,
// which override the disk. One analysis lints all of it with the same engine as the CLI, so
// opening one half of a failover pair shows mismatches against the other half even when that
// file is not open.
import { join } from 'node:path';
import type { FileSystem, ParseResult } from '@dhcplint/parser';
import { WorkspaceBounds } from './workspace-bounds.js';
import { STEPPED_PARSE_MIN_CHARS, SteppedParse } from './first-parse.js';
import {
  discoverConfigs,
  LintSession,
  mergeSettings,
  nodeFs,
  runToEnd,
  type Diagnostic,
  type LintSettings,
  type Server,
  type ServerPair,
  type SourceFile,
} from '@dhcplint/linter';

export interface Analysis {
  servers: Server[];
  /** The failover pairs found among the servers. */
  pairs: ServerPair[];
  /** Diagnostics by file path. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Every dhcpd config file that took part (main files and includes), by path. */
  files: Map<string, SourceFile>;
  /** Problems with the workspace itself (unreadable rc file, …). */
  problems: string[];
  /** The buffer texts this analysis saw, by path: a result is only used while they still match. */
  texts: Map<string, string>;
  /** Shortens a path for display: relative to the workspace folder holding it. */
  display(path: string): string;
}

export function displayPath(folders: readonly string[], path: string): string {
  const folder = folders.find((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`));
  if (!folder) return path;
  return path.slice(folder.length).replace(/^\//, '') || path.slice(path.lastIndexOf('/') + 1);
}

export class Project {
  /** Open buffers by absolute path (set through `setBuffer` and `closeBuffer`). */
  readonly buffers = new Map<string, string>();
  /**
   * Large buffers not parsed yet: the next analysis parses them in steps first. Until then
   * requests that need their tree wait (`firstParsesDone`), except those a prefix can answer.
   */
  private readonly firstParses = new Map<string, SteppedParse>();
  private firstParsesSettled: Promise<void> | undefined;
  private settleFirstParses: (() => void) | undefined;
  private folderList: string[] = [];
  /** What may be read from disk: only files under the workspace folders. */
  private bounds = new WorkspaceBounds([]);
  /** Settings from the client (rule severities), applied over the rc file's. */
  clientSettings: LintSettings = {};

  /**
   * Open buffers over the disk, confined to the workspace: a path outside it (an include, a
   * manifest entry, a URI a client names) reads as missing, and nothing is opened.
   */
  readonly fs: FileSystem = {
    readFile: (path) => this.buffers.get(path) ?? (this.inWorkspace(path) ? nodeFs.readFile(path) : undefined),
  };

  /** The linter's session: every cache kept between checks is its own. */
  readonly session = new LintSession({ fs: this.fs, mayRead: (p) => this.mayRead(p), incremental: true });

  /** Statements walked between two pauses of `analyzeSteps` (tests lower it to stop anywhere). */
  get statementsPerPause(): number | undefined {
    return this.session.statementsPerPause;
  }
  set statementsPerPause(n: number | undefined) {
    this.session.statementsPerPause = n;
  }

  /** Parses a file's text for features, through the same cache the analysis uses. */
  parseFile(path: string, text: string): ParseResult {
    return this.session.parseFile(path, text);
  }

  /** An open buffer's new text. A large one the session has never parsed is parsed in steps by the next analysis. */
  setBuffer(path: string, text: string): void {
    this.buffers.set(path, text);
    const stepped = this.firstParses.get(path);
    if (stepped) stepped.retarget(text);
    else this.queueFirstParse(path, text);
  }

  /** Queues a large text the session has never parsed for a parse in steps. */
  private queueFirstParse(path: string, text: string): void {
    if (text.length < STEPPED_PARSE_MIN_CHARS || this.session.caches?.parse.has(path) || this.firstParses.has(path))
      return;
    this.firstParses.set(path, new SteppedParse(path, text));
    this.firstParsesSettled ??= new Promise<void>((resolve) => (this.settleFirstParses = resolve));
  }

  /**
   * Before the first check, the large configs it will read from disk are queued too: a workspace
   * holding a 10 MB dhcpd.conf would otherwise be parsed in one piece by that check, blocking every
   * request for seconds. Includes are found only by parsing: those still parse in one piece.
   */
  private queueWorkspaceFirstParses(paths: string[], settings: LintSettings): void {
    if (this.session.caches?.parse.size !== 0) return;
    const found = discoverConfigs(paths, {
      mayRead: (p) => this.mayRead(p),
      maxFileSize: settings.maxFileSize,
      disk: this.session.disk,
      readRc: (p) => this.session.readRc(p),
    });
    const mains = [
      ...found.paths.map((p) => (this.session.disk.stat(p)?.isDirectory() ? join(p, 'etc/dhcp/dhcpd.conf') : p)),
      ...found.servers.map((m) => m.config),
      ...(settings.servers ?? []).map((m) => m.config),
    ];
    for (const path of mains) {
      // Only large files are read here (an open buffer is its own text, whatever the disk says).
      const size = this.buffers.get(path)?.length ?? this.session.disk.stat(path)?.size ?? 0;
      if (this.firstParses.has(path) || size < STEPPED_PARSE_MIN_CHARS) continue;
      const text = this.fs.readFile(path);
      // A file over the size limit is refused by the check: no use parsing it.
      if (typeof text === 'string' && text.length <= (settings.maxFileSize ?? Infinity))
        this.queueFirstParse(path, text);
    }
  }

  closeBuffer(path: string): void {
    this.buffers.delete(path);
    this.endFirstParse(path);
  }

  /** Whether a large buffer is still waiting for its first parse to finish. */
  get firstParsePending(): boolean {
    return this.firstParses.size > 0;
  }

  /** Settles when no buffer waits for its first parse (at once when none does). */
  firstParsesDone(): Promise<void> {
    return this.firstParsesSettled ?? Promise.resolve();
  }

  /** Whether a buffer's first parse is still running (or waiting for the next analysis to run it). */
  awaitsFirstParse(path: string): boolean {
    return this.firstParses.has(path);
  }

  /** What exists of a buffer's tree while its first parse runs: the parse of a prefix of its text. */
  partialParse(path: string): ParseResult | undefined {
    return this.firstParses.get(path)?.partial;
  }

  private endFirstParse(path: string): void {
    if (!this.firstParses.delete(path) || this.firstParses.size > 0) return;
    this.settleFirstParses?.();
    this.firstParsesSettled = this.settleFirstParses = undefined;
  }

  /**
   * Parses the buffers waiting for their first parse, a stretch at a time, and hands each result
   * to the session's parse cache, so the check that follows finds it parsed. `parsed` hears of
   * each file as soon as its tree is complete (its syntax errors are known then).
   */
  *firstParseSteps(parsed: (path: string, result: ParseResult) => void = () => {}): Generator<void, void, void> {
    for (const stepped of [...this.firstParses.values()]) {
      while (!stepped.done) {
        stepped.step();
        yield;
      }
      const result = stepped.partial;
      if (!result) continue; // done implies parsed: for the type checker
      this.session.caches?.parse.set(stepped.path, result);
      this.endFirstParse(stepped.path);
      parsed(stepped.path, result);
    }
  }

  get folders(): string[] {
    return this.folderList;
  }
  set folders(folders: string[]) {
    this.folderList = folders;
    this.bounds = new WorkspaceBounds(folders);
  }

  /** Whether a file may be read from disk: it lies (symlinks resolved) under a workspace folder. */
  inWorkspace(path: string): boolean {
    return this.bounds.contains(path);
  }

  /** Whether the server knows a file's text: an open document, or a file it may read. */
  mayRead(path: string): boolean {
    return this.buffers.has(path) || this.inWorkspace(path);
  }

  /**
   * What to lint: the workspace folders themselves, which the linter's one discovery routine
   * (the CLI's) expands into server roots, manifests and config files; and the settings of the
   * folders' rc files (their `servers` manifests are found by that routine too). Rc files are read
   * through the session, once per check.
   */
  discover(): { paths: string[]; settings: LintSettings; problems: string[] } {
    const paths = new Set<string>(this.folders);
    // The rc file search goes up to the file system root: one above the workspace is not read.
    const { settings, problems } = this.session.folderSettings(this.folders);
    const merged = mergeSettings({ ...settings, servers: [] }, this.clientSettings);
    // A manifest naming a config outside the workspace: said once here, then never read.
    const servers = (merged.servers ?? []).filter((m) => {
      if (this.mayRead(m.config)) return true;
      problems.push(`server '${m.name}': ${m.config} is outside the workspace folders and is not read`);
      paths.delete(m.config);
      return false;
    });
    return { paths: [...paths], settings: { ...merged, servers }, problems };
  }

  analyze(): Analysis {
    return runToEnd(this.analyzeSteps());
  }

  /**
   * The analysis in steps: it pauses every few hundred statements and between rules, so the
   * server can answer requests in between and drop a run that an edit made stale. Stopping it at
   * a pause leaves the caches consistent: each entry is written whole.
   */
  *analyzeSteps(firstParsed?: (path: string, result: ParseResult) => void): Generator<void, Analysis, void> {
    this.session.startCheck();
    const { paths, settings, problems } = this.discover();
    this.queueWorkspaceFirstParses(paths, settings);
    if (this.firstParsePending) yield; // reading a large file took a slice already
    yield* this.firstParseSteps(firstParsed);
    const texts = new Map(this.buffers);
    const result = yield* this.session.checkSteps(paths, settings, { alsoOnTheirOwn: [...this.buffers.keys()] });
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const d of result.diagnostics) {
      const list = diagnostics.get(d.uri);
      if (list) list.push(d);
      else diagnostics.set(d.uri, [d]);
    }
    const files = new Map<string, SourceFile>();
    for (const s of result.servers) {
      for (const f of s.config.files) files.set(f.uri, f);
      for (const f of s.facts.host?.netplanFiles ?? []) files.set(f.uri, f);
      if (s.facts.host?.defaults) files.set(s.facts.host.defaults.file.uri, s.facts.host.defaults.file);
    }
    return {
      servers: result.servers,
      pairs: result.pairs,
      diagnostics,
      files,
      problems,
      texts,
      display: (p) => displayPath(this.folders, p),
    };
  }
}

/**
 * The parsed file for a path: from the analysis when the buffer is unchanged since, else parsed
 * now — incrementally from the project's last parse of that file, which the next analysis then
 * reuses as is.
 */
export function sourceFileFor(
  path: string,
  text: string,
  analysis: Analysis | undefined,
  project: Project,
): SourceFile {
  const known = analysis?.files.get(path);
  if (known?.ast && known.ast.source === text) return known;
  const r = project.parseFile(path, text);
  return { uri: path, ast: r.ast, lines: r.lines };
}
