// Diagnostics: runs the analysis after edits (debounced, time-sliced, dropped when stale) and
// publishes its diagnostics, with the status notification around each run.
import { performance } from 'node:perf_hooks';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { ParseResult } from '@dhcplint/parser';
import {
  docsUrl,
  migrateToKea,
  shortServerName,
  type Diagnostic,
  type LintSettings,
  type MigrationItem,
} from '@dhcplint/linter';
import { capDiagnosticsPerFile, syntaxSeverity } from '@dhcplint/linter/internal';
import type { Analysis } from '../project.js';
import { StatusNotification, type ServerPairing } from '../protocol.js';
import { toUri, type ServerContext } from './context.js';
import { fixedTurnsPause, runInSlices } from './slicing.js';

/** Diagnostics published per file (the CLI's --max-problems-per-file default). */
const MAX_PUBLISHED_PER_FILE = 1000;

/** Quiet time after the last edit before a run starts, once edits have been stopping runs. */
const BURST_QUIET_MS = 100;

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: d.ruleId !== 'syntax' && d.ruleId !== 'internal-error' ? { href: docsUrl(d.ruleId) } : undefined,
    source: 'dhcplint',
    message: d.message,
    tags: d.ruleId === 'unused-disable-directive' ? [DiagnosticTag.Unnecessary] : undefined,
    relatedInformation: d.related?.map((r) => ({
      location: { uri: toUri(r.uri), range: r.range },
      message: r.message,
    })),
    data: d.fix ? { fix: d.fix } : undefined,
  };
}

export class DiagnosticsPublisher {
  /** Milliseconds to wait after the last edit before analysing. */
  debounceMs: number;
  /** Whether the Kea migration's notes are published as information diagnostics (an editor setting). */
  keaMigrationDiagnostics = false;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped by every change that makes a running analysis stale; the run then stops at its next pause. */
  private generation = 0;
  /** Files we published diagnostics for, so files that became clean get an empty list. */
  private published = new Set<string>();
  /** Workspace problems of the last run (an unreadable rc file, a manifest entry outside the folders). */
  private reportedProblems = new Set<string>();
  private readonly pause: () => Promise<void>;

  constructor(
    private readonly ctx: ServerContext,
    options: { debounceMs?: number; pause?: () => Promise<void> },
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    this.pause = options.pause ?? fixedTurnsPause;
  }

  /** Analyses and publishes; false when a change made the run stale before it finished. */
  private async analyzeAndPublish(): Promise<boolean> {
    const t0 = performance.now();
    const started = this.generation;
    // Edits already received but not yet handled would make this run stale at once: handle them
    // first (a burst of edits then costs one start, not one per edit).
    await this.pause();
    if (this.generation !== started) return false;
    this.ctx.notify(StatusNotification, {
      state: 'analysing',
      servers: this.ctx.analysis?.servers.length ?? 0,
      pairs: this.ctx.analysis?.pairs.length ?? 0,
      problems: 0,
    });
    let result: Analysis | undefined;
    try {
      const stale = () => this.generation !== started;
      const firstParsed = (path: string, parsed: ParseResult) => this.publishSyntax(path, parsed, stale);
      result = await runInSlices(this.ctx.project.analyzeSteps(firstParsed), stale, this.pause);
    } catch (e) {
      this.ctx.log(`dhcplint-lsp: analysis failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return true;
    }
    if (!result) return false; // stale: a change arrived, and its own run is scheduled
    this.ctx.analysis = result;
    // Workspace problems are said once, not again on every keystroke while they last.
    for (const p of this.ctx.analysis.problems) if (!this.reportedProblems.has(p)) this.ctx.log(`dhcplint-lsp: ${p}`);
    this.reportedProblems = new Set(this.ctx.analysis.problems);
    const now = new Set<string>();
    for (const [path, diags] of this.keaMigrationDiagnostics
      ? withKeaNotes(this.ctx.analysis)
      : this.ctx.analysis.diagnostics) {
      const uri = toUri(path);
      const doc = this.ctx.documents.get(uri);
      // Drop results computed from text that has changed since: a newer run is already scheduled.
      if (doc && this.ctx.analysis.texts.get(path) !== doc.getText()) continue;
      now.add(uri);
      // A broken or generated file with 100,000 problems would flood the client: its first ones
      // and one summary line, as on the command line.
      void this.ctx.connection.sendDiagnostics({
        uri,
        version: doc?.version,
        diagnostics: capDiagnosticsPerFile(diags, MAX_PUBLISHED_PER_FILE).map(toLspDiagnostic),
      });
    }
    for (const uri of this.published)
      if (!now.has(uri))
        void this.ctx.connection.sendDiagnostics({
          uri,
          version: this.ctx.documents.get(uri)?.version,
          diagnostics: [],
        });
    // Open documents with no problems still get an (empty) report, so clients know they were checked.
    for (const doc of this.ctx.documents.all())
      if (!now.has(doc.uri) && !this.published.has(doc.uri))
        void this.ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
    this.published = now;
    let problems = 0;
    for (const list of this.ctx.analysis.diagnostics.values()) problems += list.length;
    this.ctx.notify(StatusNotification, {
      state: 'idle',
      servers: this.ctx.analysis.servers.length,
      pairs: this.ctx.analysis.pairs.length,
      problems,
      ms: performance.now() - t0,
      pairing: pairingOf(this.ctx.analysis),
    });
    return true;
  }

  /**
   * A large file's syntax errors, published as soon as its first parse is done (the check takes
   * seconds more on such a file): the check's diagnostics replace them when it ends.
   */
  private publishSyntax(path: string, parsed: ParseResult, stale: () => boolean): void {
    const uri = toUri(path);
    const doc = this.ctx.documents.get(uri);
    if (stale() || !doc || doc.getText() !== parsed.ast.source) return;
    const diagnostics = syntaxDiagnostics(path, parsed, this.ctx.project.discover().settings);
    this.published.add(uri);
    void this.ctx.connection.sendDiagnostics({
      uri,
      version: doc.version,
      diagnostics: capDiagnosticsPerFile(diagnostics, MAX_PUBLISHED_PER_FILE).map(toLspDiagnostic),
    });
  }

  /**
   * Analyses after the debounce. Any change first makes a running analysis stale: it stops at its
   * next pause (a few milliseconds), so on a large workspace typing never queues behind a check of
   * text that is already gone, and requests are answered between the check's slices.
   */
  schedule(): void {
    this.generation++;
    this.arm();
  }

  /** Set when an edit stopped the last run: edits come faster than runs finish. */
  private editsOutpaceRuns = false;
  /** The analysis in progress: one at a time, or stale runs would share the CPU with fresh ones. */
  private running = false;
  /** A run was due while another was in progress (now stale): it is armed when that one stops. */
  private due = false;

  /**
   * Starts a run after the debounce. While edits outpace runs (a burst, or a small debounce on a
   * large file), a run waits for a pause in the edits of at least BURST_QUIET_MS instead of being
   * started and thrown away after every keystroke.
   */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = this.editsOutpaceRuns ? Math.max(this.debounceMs, BURST_QUIET_MS) : this.debounceMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startAnalysis();
    }, delay);
  }

  private startAnalysis(): void {
    if (this.running) {
      this.due = true;
      return;
    }
    this.running = true;
    void this.analyzeAndPublish()
      .then(
        (finished) => (this.editsOutpaceRuns = !finished),
        (e: unknown) =>
          this.ctx.log(`dhcplint-lsp: analysis failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      )
      .finally(() => {
        this.running = false;
        if (this.due) {
          this.due = false;
          this.arm();
        }
      });
  }
}

/**
 * A file's parse errors as the check reports them (the `syntax` rule at its configured severity;
 * the parser's warnings stay warnings), before the check has run.
 */
export function syntaxDiagnostics(path: string, parsed: ParseResult, settings: LintSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of parsed.errors) {
    const severity = syntaxSeverity(e, settings);
    if (severity)
      out.push({
        ruleId: 'syntax',
        severity,
        message: e.message,
        uri: path,
        span: e.span,
        range: parsed.lines.rangeOf(e.span),
      });
  }
  return out;
}

export function pairingOf(analysis: Analysis): ServerPairing[] {
  return analysis.servers.map((s) => {
    const pair = analysis.pairs.find((p) => p.a === s || p.b === s);
    const partner = pair ? (pair.a === s ? pair.b : pair.a) : undefined;
    return {
      server: shortServerName(s),
      files: s.config.files.map((f) => toUri(f.uri)),
      peer: [...s.facts.peers.keys()][0],
      partner: partner && shortServerName(partner),
    };
  });
}

/**
 * The analysis's diagnostics plus, per statement that a migration to Kea would not convert or
 * would change, an information diagnostic saying why (the report of `dhcplint migrate`).
 */
export function withKeaNotes(analysis: Analysis): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const [path, list] of analysis.diagnostics) out.set(path, [...list]);
  let items: MigrationItem[];
  try {
    items = migrateToKea(analysis.servers, analysis.pairs).report.items;
  } catch {
    return out; // a failed conversion is no reason to lose the lint diagnostics
  }
  for (const item of items) {
    if (item.status === 'converted') continue;
    const file = analysis.files.get(item.file);
    if (!file) continue;
    const span = { start: item.start, end: item.end };
    const message = `Kea migration: ${item.construct} ${item.status === 'changed' ? `changes meaning${item.kea ? ` (→ ${item.kea})` : ''}` : 'is not converted'}${item.reason ? `: ${item.reason}` : ''}.`;
    const list = out.get(item.file) ?? [];
    out.set(item.file, list);
    list.push({
      ruleId: 'kea-migration',
      severity: 'info',
      message,
      uri: item.file,
      span,
      range: file.lines.rangeOf(span),
    });
  }
  return out;
}
