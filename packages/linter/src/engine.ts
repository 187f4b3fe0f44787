import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { childStatements, pathExcerpt, type AnyStatement, type FileSystem, type ParseResult } from '@dhcplint/parser';
import { confinedFs, diskFs, loadServerConfigOrReason, nodeFs, runToEnd, walkConfigSteps, type ReadScope, type ServerConfig } from './model/config.js';
import { collectFacts, collectFactsSteps, type FactsCache, type PeerFacts, type ServerFacts } from './model/facts.js';
import { loadHostContext, textFile, type HostFileRefusal } from './model/host-context.js';
import { allConfigRules, allPairRules, ruleById } from './rules/index.js';
import type { Diagnostic, ReportInput, Severity, SeveritySetting, SourceFile } from './types.js';
import { hostContextProblems } from './rules/pair.js';
import { discoverConfigs } from './discovery.js';

export interface LintSettings {
  /** Rule id → severity; rules not listed use their default. */
  rules?: Record<string, SeveritySetting>;
  /** Absolute include prefixes mapped to folders: { "/etc/dhcp": "./etc/dhcp" }. */
  includeMap?: Record<string, string>;
  /** Explicit pairs of server names/paths. */
  pairs?: [string, string][];
  /** Flat layouts: the files that make up each named server. */
  servers?: ServerManifestEntry[];
  fs?: FileSystem;
  /**
   * Largest file read, in bytes (rc key `maxFileSize`; default 64 MiB, see io/read.ts). Applies
   * when `fs` is not given.
   */
  maxFileSize?: number;
  /**
   * Folders includes of loose config files may also be read from (rc key `readRoots`, CLI
   * `--allow-read DIR`), besides the config's own folder and the includeMap targets.
   */
  readRoots?: string[];
  /** Whether discovery may look at a path (the language server: only inside its workspace folders). */
  mayRead?: (path: string) => boolean;
  /** Parse results reused across runs while a file's text is unchanged (see IncludeOptions.cache). */
  parseCache?: Map<string, ParseResult>;
  /**
   * Per-server facts and single-server lint results reused across runs while every file of the
   * server parses to the same AST objects (the unchanged half of a pair in the language server).
   */
  serverCache?: Map<string, { asts: unknown[]; facts: ServerFacts; rules?: string; result?: LintResult }>;
  /**
   * Results of the per-statement rules (`meta.perStatement`) by server and top-level statement,
   * reused while the statement object is unchanged (an incremental re-parse keeps the statements
   * an edit did not touch, only shifted).
   */
  statementCache?: Map<string, WeakMap<object, StatementResults>>;
  /**
   * How many statements a stepped run (`lintServersSteps`, …) walks between two pauses; default
   * STATEMENTS_PER_PAUSE. Tests set 1 to pause, and so be stoppable, everywhere.
   */
  statementsPerPause?: number;
  /**
   * Facts of top-level statements, reused while the statement object is unchanged (see
   * FactsFragment): after an edit only the touched statements are read again.
   */
  factsCache?: FactsCache;
  /**
   * One SourceFile object per path, updated in place when its file is re-parsed, so results kept
   * from earlier runs (facts, cached diagnostics) read the current text and line index.
   */
  sourceFiles?: Map<string, SourceFile>;
  /** Data rules keep between runs, by server and rule (see RuleContext.memo). */
  ruleMemos?: Map<string, Map<string, { value?: unknown }>>;
}

/**
 * Appends every item of `items` to `list`, one at a time: `list.push(...items)` passes each item
 * as an argument and throws a RangeError past ~125,000 of them.
 */
function pushAll<T>(list: T[], items: readonly T[]): T[] {
  for (const item of items) list.push(item);
  return list;
}

/** Diagnostics the per-statement rules gave one top-level statement, at the offset it had then. */
export interface StatementResults {
  rules: string;
  uri: string;
  start: number;
  diagnostics: Diagnostic[];
}

/** A cached statement's diagnostics moved to where the statement is now. */
function moveResults(entry: StatementResults, start: number, file: SourceFile): Diagnostic[] {
  const delta = start - entry.start;
  const shift = (span: { start: number; end: number }) => ({ start: span.start + delta, end: span.end + delta });
  return entry.diagnostics.map((d) => {
    const span = shift(d.span);
    return {
      ...d,
      span,
      range: file.lines.rangeOf(span),
      fix: d.fix && { span: shift(d.fix.span), text: d.fix.text },
      related: d.related?.map((r) => {
        const rs = shift(r.span);
        return { ...r, span: rs, range: file.lines.rangeOf(rs) };
      }),
    };
  });
}

/** Whether a cached entry was computed from exactly these ASTs. */
function sameAsts(a: unknown[], config: ServerConfig): boolean {
  return a.length === config.files.length && config.files.every((f, i) => f.ast === a[i]);
}

/** One server of a flat folder (`serv1_dhcpd.conf`, `servers_isc-dhcp-server`, …), from the rc file. */
export interface ServerManifestEntry {
  name: string;
  /** Absolute path of the server's main dhcpd.conf. */
  config: string;
  /** Its /etc/default/isc-dhcp-server, possibly shared with the partner. */
  defaults?: string;
  /** Its netplan YAML files. */
  netplan?: string[];
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Every file read, so reporters can list clean files too. */
  files: string[];
  internalErrors: { ruleId: string; message: string }[];
}

function severityFor(ruleId: string, dflt: Severity, settings: LintSettings): Severity | undefined {
  const s = settings.rules?.[ruleId];
  if (s === 'off' || (s === undefined && ruleById.get(ruleId)?.offByDefault)) return undefined;
  if (s === 'warn') return 'warning';
  if (s === 'error' || s === 'info') return s;
  return dflt;
}

function toDiagnostic(ruleId: string, severity: Severity, r: ReportInput): Diagnostic {
  return {
    ruleId,
    severity,
    message: r.message,
    uri: r.file.uri,
    // Copies: node spans move when the language server re-parses incrementally.
    span: { start: r.span.start, end: r.span.end },
    range: r.file.lines.rangeOf(r.span),
    fix: r.fix && { span: { start: r.fix.span.start, end: r.fix.span.end }, text: r.fix.text },
    related: r.related?.map((x) => ({ uri: x.file.uri, span: { start: x.span.start, end: x.span.end }, range: x.file.lines.rangeOf(x.span), message: x.message })),
  };
}

/** Lints one server's configuration (main file and includes) with the single-server rules. */
export function lintServer(config: ServerConfig, settings: LintSettings = {}, facts = collectFacts(config)): LintResult {
  return runToEnd(lintServerSteps(config, settings, facts));
}

/** `lintServer` in steps that pause during the walk and between rules (see `walkConfigSteps`). */
export function* lintServerSteps(config: ServerConfig, settings: LintSettings, facts: ServerFacts): Generator<void, LintResult, void> {
  const out: Diagnostic[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const syntaxSev = severityFor('syntax', 'error', settings);
  if (syntaxSev) for (const { file, error } of config.parseErrors) out.push(toDiagnostic('syntax', syntaxSev, { file, span: error.span, message: error.message }));
  for (const { file, error } of config.includeErrors) {
    const id = error.code;
    const sev = severityFor(id, 'error', settings);
    if (sev) out.push(toDiagnostic(id, sev, { file, span: error.span, message: error.message }));
  }
  const handlers: { id: string; h: import('./rules/rule.js').RuleHandlers }[] = [];
  const frames: Frame[] = [];
  /** Whether the cached walk is at a top-level statement (or done): 'nested' rules report to `out` there. */
  const position = { topLevel: true };
  for (const rule of allConfigRules) {
    const sev = severityFor(rule.meta.id, rule.meta.defaultSeverity, settings);
    if (!sev) continue;
    // With a statement cache, per-statement rules report into the current top-level statement's frame.
    const mode = settings.statementCache === undefined ? undefined : rule.meta.perStatement;
    const toFrame = (r: ReportInput) => reportToFrame(frames, out, r, toDiagnostic(rule.meta.id, sev, r));
    const toOut = (r: ReportInput) => void out.push(toDiagnostic(rule.meta.id, sev, r));
    const report = mode === true ? toFrame : mode === 'nested' ? (r: ReportInput) => (position.topLevel ? toOut(r) : toFrame(r)) : toOut;
    try {
      handlers.push({ id: rule.meta.id, h: rule.create({ config, facts, report, memo: memoFor(settings, config, rule.meta.id) }) ?? {} });
    } catch (e) {
      internalErrors.push({ ruleId: rule.meta.id, message: String(e) });
    }
  }
  // A crashing rule becomes a diagnostic, never a crash of the run.
  const recordFailure = (id: string, e: unknown) => {
    if (!internalErrors.some((x) => x.ruleId === id)) internalErrors.push({ ruleId: id, message: e instanceof Error ? e.message : String(e) });
  };
  /** Runs `f` for a rule: its value, or undefined (recorded as the rule's failure) if it throws. */
  const attempt = <T>(id: string, f: () => T): { value: T } | undefined => {
    try {
      return { value: f() };
    } catch (e) {
      recordFailure(id, e);
      return undefined;
    }
  };
  const statementHandlers = handlers.flatMap(({ id, h }) => (typeof h.statement === 'function' ? [{ id, statement: h.statement.bind(h), types: h.statementTypes, names: h.parameterNames }] : []));
  if (settings.statementCache) yield* walkWithStatementCache(config, settings, statementHandlers, frames, out, recordFailure, position);
  else {
    const handlersFor = handlerTable(statementHandlers);
    yield* walkConfigSteps(config, { enter: (s, ancestors, file) => dispatch(handlersFor(s), s, ancestors, file, recordFailure) }, settings.statementsPerPause);
  }
  position.topLevel = true;
  for (const { id, h } of handlers) {
    if (!h.end) continue;
    // A generator end() pauses between its items; a throw at any step ends that rule only.
    let steps = attempt(id, () => h.end!())?.value;
    while (steps) {
      yield;
      const step = attempt(id, () => steps!.next());
      if (!step || step.value.done) steps = undefined;
    }
  }
  for (const e of internalErrors) out.push(toDiagnostic('internal-error', 'error', { file: config.main, span: { start: 0, end: 0 }, message: `Rule '${e.ruleId}' failed: ${e.message}` }));
  return { diagnostics: applyDirectives(config.files, out, settings), files: config.files.map((f) => f.uri), internalErrors };
}

function memoFor(settings: LintSettings, config: ServerConfig, ruleId: string): { value?: unknown } | undefined {
  const memos = settings.ruleMemos;
  if (!memos) return undefined;
  const perServer = memos.get(config.main.uri) ?? memos.set(config.main.uri, new Map()).get(config.main.uri)!;
  return perServer.get(ruleId) ?? perServer.set(ruleId, {}).get(ruleId)!;
}

/** Where per-statement rules report during a cached walk: the frame of the current top-level statement. */
interface Frame {
  start: number;
  file: SourceFile;
  cached: boolean;
  cacheable: boolean;
  diagnostics: Diagnostic[];
  /** Whether a rule that sees every statement wanted a statement inside (see mustEnter). */
  holdsWanted?: boolean;
}

/** The frame of every kept statement: nothing reports into it (its rules are not run). */
const KEPT_FRAME: Frame = { start: 0, file: { uri: '', lines: undefined as never }, cached: true, cacheable: false, diagnostics: [] };

function reportToFrame(frames: Frame[], out: Diagnostic[], r: ReportInput, d: Diagnostic): void {
  const frame = frames[frames.length - 1];
  if (!frame) {
    out.push(d);
    return;
  }
  // Results that point into another file cannot be moved with this statement.
  if (r.file !== frame.file || r.related?.some((x) => x.file !== frame.file)) frame.cacheable = false;
  frame.diagnostics.push(d);
}

/**
 * Calls every handler for one statement. One try around the whole loop (no closure per rule and
 * statement); a rule that throws is recorded and the loop resumes with the next rule.
 */
function dispatch(list: StatementHandler[], s: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile, onFailure: (id: string, e: unknown) => void): void {
  let i = 0;
  while (i < list.length) {
    try {
      for (; i < list.length; i++) list[i]!.statement(s, ancestors, file);
    } catch (e) {
      onFailure(list[i]!.id, e);
      i++;
    }
  }
}

type StatementHandler = {
  id: string;
  statement: NonNullable<import('./rules/rule.js').RuleHandlers['statement']>;
  types?: readonly AnyStatement['type'][];
  names?: readonly string[];
};

/** Whether a handler looks at statements of a type (and, for parameters, of a name). */
function wants(h: StatementHandler, type: string, parameterName?: string): boolean {
  if (h.types && !h.types.includes(type as AnyStatement['type'])) return false;
  return type !== 'Parameter' || !h.names || parameterName === undefined || h.names.includes(parameterName);
}

/**
 * The handlers that want a statement (see RuleHandlers.statementTypes and parameterNames), worked
 * out once per statement type and parameter name.
 */
function handlerTable(list: StatementHandler[]): (s: AnyStatement) => StatementHandler[] {
  const byType = new Map<string, StatementHandler[]>();
  const byParameter = new Map<string, StatementHandler[]>();
  return (s) => {
    const parameter = s.type === 'Parameter' ? s.name : undefined;
    const table = parameter === undefined ? byType : byParameter;
    const key = parameter ?? s.type;
    let hit = table.get(key);
    if (!hit) table.set(key, (hit = list.filter((h) => wants(h, s.type, parameter))));
    return hit;
  };
}

/**
 * Whether a kept top-level statement holds anything the rules that see every statement want, by
 * the set of those rules (the same from run to run unless the settings change).
 */
const holdsWantedBy = new Map<string, WeakMap<AnyStatement, boolean>>();

/**
 * The shared walk, reusing per-statement rule results for top-level statements seen before
 * ("kept"). For a kept statement the per-statement rules do not run ('nested' ones still see the
 * statement itself), the rules that see every statement do, and the walk does not go inside it
 * when none of those wants anything there. A top-level statement holding an include is never
 * kept: the included file can change on its own.
 */
function* walkWithStatementCache(
  config: ServerConfig,
  settings: LintSettings,
  statementHandlers: StatementHandler[],
  frames: Frame[],
  out: Diagnostic[],
  recordFailure: (id: string, e: unknown) => void,
  position: { topLevel: boolean },
): Generator<void, void, void> {
  const rulesKey = JSON.stringify(settings.rules ?? {});
  const perServer = settings.statementCache!.get(config.main.uri) ?? settings.statementCache!.set(config.main.uri, new WeakMap()).get(config.main.uri)!;
  const modeOf = new Map(allConfigRules.map((r) => [r.meta.id, r.meta.perStatement]));
  const localList = statementHandlers.filter((h) => modeOf.get(h.id) === true);
  const nestedList = statementHandlers.filter((h) => modeOf.get(h.id) === 'nested');
  const globalList = statementHandlers.filter((h) => !modeOf.get(h.id));
  const local = handlerTable(localList);
  const nested = handlerTable(nestedList);
  const others = handlerTable(globalList);
  // A kept top-level statement is not entered when no rule that sees every statement wants any
  // statement inside it (a host's hardware and fixed-address lines, typically).
  const rulesSeeingAll = globalList.map((h) => h.id).join();
  const holdsWanted = holdsWantedBy.get(rulesSeeingAll) ?? holdsWantedBy.set(rulesSeeingAll, new WeakMap()).get(rulesSeeingAll)!;
  // An explicit stack, not recursion: blocks can nest as deep as the parser accepts.
  const holds = (s: AnyStatement): boolean => {
    const todo = [...childStatements(s)];
    while (todo.length) {
      const c = todo.pop()!;
      if (others(c).length > 0) return true;
      for (const g of childStatements(c)) todo.push(g);
    }
    return false;
  };
  const mustEnter = (s: AnyStatement): boolean => {
    let yes = holdsWanted.get(s);
    if (yes === undefined) holdsWanted.set(s, (yes = holds(s)));
    return yes;
  };
  // A statement whose rule crashed is checked again next time (and reports the crash again).
  const localFailure = (id: string, e: unknown) => {
    recordFailure(id, e);
    for (const f of frames) f.cacheable = false;
  };
  yield* walkConfigSteps(config, {
    enter(s, ancestors, file) {
      if (ancestors.length === 0) {
        const hit = perServer.get(s);
        if (hit && hit.rules === rulesKey && hit.uri === file.uri) {
          // Most statements have nothing to report: then there is nothing to move or allocate.
          if (hit.diagnostics.length) {
            hit.diagnostics = moveResults(hit, s.span.start, file);
            pushAll(out, hit.diagnostics);
          }
          hit.start = s.span.start;
          frames.push(KEPT_FRAME);
        } else frames.push({ start: s.span.start, file, cached: false, cacheable: true, diagnostics: [] });
      }
      if (s.type === 'Include') for (const f of frames) if (f !== KEPT_FRAME) f.cacheable = false;
      const topLevel = ancestors.length === 0;
      position.topLevel = topLevel;
      const frame = frames[frames.length - 1];
      const kept = frame?.cached === true;
      if (!kept) dispatch(local(s), s, ancestors, file, localFailure);
      if (!kept || topLevel) dispatch(nested(s), s, ancestors, file, localFailure);
      const wanted = others(s);
      dispatch(wanted, s, ancestors, file, recordFailure);
      // Noted on the way, so the first run after this one need not look inside again.
      if (!topLevel && !kept && wanted.length && frame) frame.holdsWanted = true;
      return !(topLevel && kept && !mustEnter(s));
    },
    leave(s, ancestors) {
      if (ancestors.length !== 0) return;
      const frame = frames.pop()!;
      if (frame.cached) return;
      holdsWanted.set(s, frame.holdsWanted === true);
      pushAll(out, frame.diagnostics);
      if (frame.cacheable) perServer.set(s, { rules: rulesKey, uri: frame.file.uri, start: frame.start, diagnostics: frame.diagnostics });
      else perServer.delete(s);
    },
  }, settings.statementsPerPause);
}

/**
 * Whether a rule reports in the pair stage (lintServersSteps) rather than in one server's lint:
 * a directive naming it is judged there, where its diagnostics exist.
 */
function reportsInPairStage(ruleId: string): boolean {
  const category = ruleById.get(ruleId)?.category;
  return category === 'pair' || category === 'host-context' || ruleId === 'read-refused';
}

/**
 * `# dhcplint-disable-next-line id…`, `# dhcplint-disable-line id…`, `# dhcplint-disable id…` /
 * `# dhcplint-enable id…` (no ids = all rules). Directives run twice, once per server over its
 * own rules' diagnostics (`stage` 'server') and once over the pair stage's ('pair'); a directive
 * is reported unused by the stage whose rules it names, so one naming a pair rule counts as used
 * when it suppresses that rule.
 */
export function applyDirectives(files: SourceFile[], diags: Diagnostic[], settings: LintSettings, stage: 'server' | 'pair' = 'server'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unused: Diagnostic[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) (byFile.get(d.uri) ?? byFile.set(d.uri, []).get(d.uri)!).push(d);
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.uri)) continue;
    seen.add(file.uri);
    const list = byFile.get(file.uri) ?? [];
    byFile.delete(file.uri);
    const directives: { kind: string; ids: string[]; line: number; span: { start: number; end: number }; used: boolean }[] = [];
    for (const c of file.ast?.comments ?? []) {
      const m = /^#\s*dhcplint-(disable-next-line|disable-line|disable|enable)(?![\w-])\s*([\w\-, ]*)/.exec(c.text);
      if (m) directives.push({ kind: m[1]!, ids: m[2]!.split(/[\s,]+/).filter(Boolean), line: file.lines.positionAt(c.start).line, span: c, used: false });
    }
    for (const d of list) {
      let suppressed = false;
      const active = new Map<string, (typeof directives)[number]>();
      for (const dir of directives) {
        if (dir.line > d.range.start.line) break;
        const key = dir.ids.length ? dir.ids : ['*'];
        if (dir.kind === 'disable') for (const k of key) active.set(k, dir);
        if (dir.kind === 'enable') for (const k of key) k === '*' ? active.clear() : active.delete(k);
        const lineDirective = (dir.kind === 'disable-next-line' && dir.line === d.range.start.line - 1) || (dir.kind === 'disable-line' && dir.line === d.range.start.line);
        if (lineDirective && (dir.ids.length === 0 || dir.ids.includes(d.ruleId))) {
          dir.used = true;
          suppressed = true;
        }
      }
      const block = active.get(d.ruleId) ?? active.get('*');
      if (block) {
        block.used = true;
        suppressed = true;
      }
      if (!suppressed) out.push(d);
    }
    const sev = severityFor('unused-disable-directive', 'warning', settings);
    const judgedHere = (ids: string[]) => (stage === 'pair' ? ids.length > 0 && ids.every(reportsInPairStage) : !ids.some(reportsInPairStage));
    if (sev) for (const dir of directives) if (!dir.used && dir.kind !== 'enable' && judgedHere(dir.ids)) unused.push(toDiagnostic('unused-disable-directive', sev, { file, span: dir.span, message: `Unused dhcplint-${dir.kind} directive${dir.ids.length ? ` (${dir.ids.join(', ')})` : ''}: nothing is reported here.` }));
  }
  for (const rest of byFile.values()) pushAll(out, rest);
  return pushAll(out, unused);
}

export interface Server {
  name: string;
  config: ServerConfig;
  facts: ServerFacts;
  /** Host files (netplan, defaults) that exist but were not read (see io/read.ts and ReadScope). */
  refusedHostFiles?: HostFileRefusal[];
}

/** Finds the servers given on the command line: server roots, folders of configs, or files. */
/** What loading found: the servers, problems with the paths, and explicit pairs from discovered manifests. */
export interface LoadedServers {
  servers: Server[];
  errors: string[];
  /** `pairs` of the rc files whose manifests were found (pass them to lintServers with the settings). */
  pairs: [string, string][];
}

export function loadServers(paths: string[], settings: LintSettings = {}): LoadedServers {
  return runToEnd(loadServersSteps(paths, settings));
}

/** A file's real folder, so a config named through a symlink may read beside its target too. */
function realFolder(file: string): string[] {
  try {
    return [dirname(realpathSync(file))];
  } catch {
    return [];
  }
}

/** `loadServers` in steps that pause while facts are collected (see `walkConfigSteps`). */
export function* loadServersSteps(paths: string[], settings: LintSettings = {}): Generator<void, LoadedServers, void> {
  // One discovery for the CLI and the language server (see discovery.ts): server roots, files of
  // a root named one by one, manifests found near the paths or inside the folders, loose configs.
  const found = discoverConfigs(paths, { mayRead: settings.mayRead, maxFileSize: settings.maxFileSize });
  const includeMap = { ...found.includeMap, ...settings.includeMap };
  const disk = settings.fs ?? (settings.maxFileSize !== undefined ? diskFs({ maxFileSize: settings.maxFileSize }) : nodeFs);
  // Folders the user chose (include maps, readRoots): readable from any server.
  const userFolders = [...Object.values(includeMap), ...(settings.readRoots ?? [])];
  const servers: Server[] = [];
  const errors: string[] = [];
  /**
   * Loads one server. A server root reads only inside the root; a loose config only inside its
   * folder (and, when the user named it, its real folder). Files the user named are read as named.
   */
  const add = function* (main: string, name: string, how: { root?: string; folder?: string; named?: boolean; host?: { netplan: string[]; defaults?: string } }): Generator<void, void, void> {
    if (servers.some((s) => s.config.main.uri === main)) return; // named twice (manifest and path)
    const scope: ReadScope = how.root !== undefined
      ? { folders: [how.root, ...userFolders], what: 'the server root' }
      : { folders: [how.folder ?? dirname(main), ...(how.named ? realFolder(main) : []), ...userFolders], named: how.named ? [main] : [], what: "the config's folder (allow more with readRoots or --allow-read)" };
    const fs = confinedFs(disk, scope);
    const loaded = loadServerConfigOrReason(main, { fs, name, root: how.root, pathMap: includeMap, cache: settings.parseCache, sourceFiles: settings.sourceFiles });
    if ('unread' in loaded) {
      errors.push(`${pathExcerpt(main, 400)}: ${loaded.unread}`);
      return;
    }
    const config = loaded;
    const cached = settings.serverCache?.get(main);
    // Yields only after parsing: a pause never leaves a file half-parsed.
    const facts = cached && sameAsts(cached.asts, config) ? cached.facts : yield* collectFactsSteps(config, settings.statementsPerPause, settings.factsCache);
    if (cached?.facts !== facts) settings.serverCache?.set(main, { asts: config.files.map((f) => f.ast), facts });
    const refused: HostFileRefusal[] = [];
    const onRefused = (r: HostFileRefusal) => void refused.push(r);
    if (how.root !== undefined) {
      const np = join(how.root, 'etc/netplan');
      const netplan = isDirectory(np) ? readdirSync(np).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(np, f)) : [];
      facts.host = loadHostContext({ netplan, defaults: join(how.root, 'etc/default/isc-dhcp-server') }, fs, onRefused);
    } else if (how.host) {
      // Named in the rc file: read where they are, through the safe reader.
      facts.host = loadHostContext(how.host, disk, onRefused);
    }
    servers.push({ name, config, facts, refusedHostFiles: refused.length ? refused : undefined });
  };
  for (const note of found.notes) errors.push(note);
  for (const folder of found.empty) errors.push(`${pathExcerpt(folder, 400)}: no dhcpd configuration found (no etc/dhcp/dhcpd.conf, no dhcpd config among the *.conf files, no servers manifest)`);
  const manifest = [...(settings.servers ?? [])];
  for (const m of found.servers) if (!manifest.some((x) => x.config === m.config)) manifest.push(m);
  // Manifest servers first, when a path given covers them.
  const under = (dir: string, p: string) => p.startsWith(dir.replace(/\/?$/, '/'));
  for (const m of manifest) {
    if (paths.length && !paths.some((p) => p === m.config || under(p, m.config))) continue;
    yield* add(m.config, m.name, { named: true, host: { netplan: m.netplan ?? [], defaults: m.defaults } });
  }
  // Servers are named short in messages ("the partner (secondary.conf)", "(serv2)"): a loose
  // config by its file name, a server root by its folder's name, unless two share one (then the
  // whole path); manifest servers by their manifest name.
  const baseCount = new Map<string, number>();
  for (const p of found.paths) baseCount.set(basename(p), (baseCount.get(basename(p)) ?? 0) + 1);
  const looseName = (p: string) => (baseCount.get(basename(p)) === 1 ? basename(p) : p.replace(/\/$/, ''));
  for (const p of found.paths) {
    if (!existsSync(p)) {
      // An editor buffer that was never saved still lints through the overlay file system.
      if (disk.readFile(p) !== undefined) yield* add(p, looseName(p), { named: true });
      else errors.push(`${pathExcerpt(p, 400)}: no such file or directory`);
      continue;
    }
    if (isDirectory(p)) yield* add(join(p, 'etc/dhcp/dhcpd.conf'), looseName(p), { root: p });
    else {
      const folder = found.foundIn.get(p);
      yield* add(p, looseName(p), folder === undefined ? { named: true } : { folder }); // a FIFO or device is refused by the reader, with its kind
    }
  }
  // A config found on its own that another server includes (failover.conf beside dhcpd.conf) is
  // part of that server, not a server of its own.
  const included = new Set<string>();
  for (const s of servers) for (const f of s.config.files) if (f !== s.config.main) included.add(f.uri);
  return { servers: servers.filter((s) => !included.has(s.config.main.uri)), errors, pairs: found.pairs };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a file is already part of a loaded server (an include such as failover.conf). */
function isIncludedBy(path: string, servers: Server[]): boolean {
  return servers.some((s) => s.config.files.some((f) => f.uri === path));
}

export interface ServerPair {
  a: Server;
  b: Server;
  peer: string;
}

/** Where and how to say that a peer's partner was not given. */
function partnerMissing(peer: PeerFacts): ReportInput {
  const nameSpan = peer.decl.nameNode?.span ?? peer.span;
  return {
    file: peer.file,
    span: { start: peer.span.start, end: Math.max(nameSpan.end, peer.span.start) },
    message: `Failover peer "${peer.name}": no partner configuration was given, so the pair checks did not run. Lint both servers together (dhcplint A B, both server roots, or a folder holding both), pair them with --pair A=B or "pairs", or describe them in a "servers" manifest.`,
  };
}

/** Pairs servers by failover peer name; two servers with one differently named peer each are paired too. */
export function findPairs(servers: Server[], settings: LintSettings = {}): ServerPair[] {
  const pairs: ServerPair[] = [];
  for (const [x, y] of settings.pairs ?? []) {
    // A pair names a server by its name, its main file or its root folder.
    const named = (s: Server, n: string) => s.name === n || s.config.main.uri === n || (s.config.options.root !== undefined && s.config.options.root.replace(/\/+$/, '') === n.replace(/\/+$/, ''));
    const a = servers.find((s) => named(s, x));
    const b = servers.find((s) => named(s, y));
    if (a && b) pairs.push({ a, b, peer: [...a.facts.peers.keys()][0] ?? '' });
  }
  if (pairs.length) return pairs;
  const byPeer = new Map<string, Server[]>();
  for (const s of servers) for (const name of s.facts.peers.keys()) (byPeer.get(name) ?? byPeer.set(name, []).get(name)!).push(s);
  for (const [peer, list] of byPeer) if (list.length === 2) pairs.push({ a: list[0]!, b: list[1]!, peer });
  if (!pairs.length && servers.length === 2 && servers.every((s) => s.facts.peers.size === 1)) pairs.push({ a: servers[0]!, b: servers[1]!, peer: [...servers[0]!.facts.peers.keys()][0]! });
  return pairs;
}

/** Lints every server, then every failover pair and each server's host context. */
export function lintServers(servers: Server[], settings: LintSettings = {}): LintResult & { pairs: ServerPair[] } {
  return runToEnd(lintServersSteps(servers, settings));
}

/** `lintServers` in steps that pause inside each server's lint and between pair rules. */
export function* lintServersSteps(servers: Server[], settings: LintSettings = {}): Generator<void, LintResult & { pairs: ServerPair[] }, void> {
  const result: LintResult = { diagnostics: [], files: [], internalErrors: [] };
  const rulesKey = JSON.stringify(settings.rules ?? {});
  for (const s of servers) {
    const entry = settings.serverCache?.get(s.config.main.uri);
    const reusable = entry && entry.facts === s.facts && entry.rules === rulesKey && entry.result;
    const r = reusable ? entry.result! : yield* lintServerSteps(s.config, settings, s.facts);
    if (entry && entry.facts === s.facts) Object.assign(entry, { rules: rulesKey, result: r });
    pushAll(result.diagnostics, r.diagnostics);
    pushAll(result.files, r.files);
    for (const f of s.facts.host?.netplanFiles ?? []) result.files.push(f.uri);
    if (s.facts.host?.defaults) result.files.push(s.facts.host.defaults.file.uri);
    pushAll(result.internalErrors, r.internalErrors);
  }
  const pairs = findPairs(servers, settings);
  const pairDiags: Diagnostic[] = [];
  for (const { a, b, peer } of pairs) {
    for (const rule of allPairRules) {
      const sev = severityFor(rule.meta.id, rule.meta.defaultSeverity, settings);
      if (!sev) continue;
      try {
        rule.check({ a: a.facts, b: b.facts, peerName: peer, report: (r) => pairDiags.push(toDiagnostic(rule.meta.id, sev, r)) });
      } catch (e) {
        result.internalErrors.push({ ruleId: rule.meta.id, message: String(e) });
      }
      yield;
    }
  }
  // Never a silent pass: a server that declares a failover peer but was not paired says so.
  const missingSev = severityFor('pair-partner-missing', 'info', settings);
  if (missingSev) for (const s of servers) if (!pairs.some((p) => p.a === s || p.b === s)) for (const [peer] of s.facts.peers.values()) if (peer) pairDiags.push(toDiagnostic('pair-partner-missing', missingSev, partnerMissing(peer)));
  const refusedSev = severityFor('read-refused', 'error', settings);
  for (const s of servers) {
    if (refusedSev) for (const r of s.refusedHostFiles ?? []) pairDiags.push(toDiagnostic('read-refused', refusedSev, { file: textFile(r.path, ''), span: { start: 0, end: 0 }, message: `Host file not read: ${pathExcerpt(r.path)} is ${r.reason}.` }));
    const partner = pairs.find((p) => p.a === s)?.b ?? pairs.find((p) => p.b === s)?.a;
    for (const p of hostContextProblems(s.facts, partner?.facts)) {
      const sev = severityFor(p.ruleId, p.severity, settings);
      if (sev) pairDiags.push(toDiagnostic(p.ruleId, sev, p));
    }
  }
  const allFiles = servers.flatMap((s) => s.config.files);
  pushAll(result.diagnostics, applyDirectives(allFiles, pairDiags, settings, 'pair'));
  result.files = [...new Set(result.files)];
  result.diagnostics.sort((x, y) => x.uri.localeCompare(y.uri) || x.span.start - y.span.start);
  return { ...result, pairs };
}

/** Lints paths (files, folders, server roots) as the CLI does. */
export function lintPaths(paths: string[], settings: LintSettings = {}): LintResult & { errors: string[] } {
  const { servers, errors, pairs } = loadServers(paths, settings);
  return { ...lintServers(servers, withPairs(settings, pairs)), errors };
}

/** Settings with the explicit pairs that discovered manifests add. */
export function withPairs(settings: LintSettings, pairs: [string, string][]): LintSettings {
  return pairs.length ? { ...settings, pairs: [...(settings.pairs ?? []), ...pairs] } : settings;
}

export { ruleById };
