// Wires the protocol to the project model and the feature functions. Every handler runs inside
// `guard`, so a bug in one feature answers with an error response instead of killing the server.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  ErrorCodes,
  FoldingRangeKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type Range as LspRange,
  type SelectionRange,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatEdits, LineIndex, type Span } from '@dhcplint/parser';
import { capDiagnosticsPerFile, docsUrl, matchingEdits, migrateToKea, renderMarkdownReport, shortServerName, type Diagnostic, type MigrationItem, type SourceFile } from '@dhcplint/linter';

/** Diagnostics published per file (the CLI's --max-problems-per-file default). */
const MAX_PUBLISHED_PER_FILE = 1000;
import { Project, sourceFileFor, type Analysis } from './project.js';
import { hoverAt, peerConfigMarkdown } from './features/hover.js';
import { resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { completionsAt, type CompletionEntry } from './features/completion.js';
import { occurrenceAt, occurrencesOfFile, type Occurrence } from './features/names.js';
import { documentLinks, foldingRanges, outline, selectionChain, semanticTokens, SEMANTIC_TOKEN_TYPES, type OutlineSymbol } from './features/structure.js';

interface ClientSettings {
  rules?: Record<string, 'off' | 'info' | 'warn' | 'error'>;
  includeMap?: Record<string, string>;
  servers?: Record<string, { config: string; defaults?: string; netplan?: string[] }>;
  debounceMs?: number;
  /** Show what a migration to Kea would not convert, or would change, as information diagnostics. */
  keaMigration?: boolean;
}

export interface ServerOptions {
  /** Milliseconds to wait after the last edit before analysing (default 150). */
  debounceMs?: number;
  /**
   * How a running analysis pauses between slices so requests get answered (default: a few
   * event-loop turns). The stdio server pauses until the connection's queue is empty.
   */
  pause?: () => Promise<void>;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  namespace: SymbolKind.Namespace,
  module: SymbolKind.Module,
  object: SymbolKind.Object,
  class: SymbolKind.Class,
  interface: SymbolKind.Interface,
  key: SymbolKind.Key,
  struct: SymbolKind.Struct,
  event: SymbolKind.Event,
};
const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  option: CompletionItemKind.Property,
  reference: CompletionItemKind.Reference,
  function: CompletionItemKind.Function,
  value: CompletionItemKind.Value,
};

const toPath = (uri: string): string => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
const toUri = (path: string): string => (path.startsWith('/') ? pathToFileURL(path).href : path);

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const project = new Project();
  let debounceMs = options.debounceMs ?? 150;
  /** Whether the Kea migration's notes are published as information diagnostics (an editor setting). */
  let keaMigrationDiagnostics = false;
  let analysis: Analysis | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** Bumped by every change that makes a running analysis stale; the run then stops at its next pause. */
  let generation = 0;
  /** Files we published diagnostics for, so files that became clean get an empty list. */
  let published = new Set<string>();
  /** Workspace problems of the last run (an unreadable rc file, a manifest entry outside the folders). */
  let reportedProblems = new Set<string>();

  const log = (message: string) => connection.console.error(message);

  function guard<P, R>(name: string, handler: (params: P) => R): (params: P) => R | ResponseError<void> {
    return (params: P) => {
      try {
        return handler(params);
      } catch (e) {
        log(`dhcplint-lsp: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return new ResponseError<void>(ErrorCodes.InternalError, `dhcplint: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }

  /**
   * The parsed file for a document URI: the open buffer if any, else the analysed or on-disk file.
   * A file that is neither open nor under a workspace folder is unknown: it is not read.
   */
  function fileFor(uri: string): SourceFile | undefined {
    const path = toPath(uri);
    const doc = documents.get(uri);
    if (doc) return sourceFileFor(path, doc.getText(), analysis, project);
    if (!project.inWorkspace(path)) return undefined;
    const known = analysis?.files.get(path);
    if (known) return known;
    const text = project.fs.readFile(path);
    return text === undefined ? undefined : sourceFileFor(path, text, undefined, project);
  }

  const rangeOf = (file: SourceFile, span: Span): LspRange => file.lines.rangeOf(span);

  function toLsp(d: Diagnostic): LspDiagnostic {
    return {
      range: d.range,
      severity: SEVERITY[d.severity],
      code: d.ruleId,
      codeDescription: d.ruleId !== 'syntax' && d.ruleId !== 'internal-error' ? { href: docsUrl(d.ruleId) } : undefined,
      source: 'dhcplint',
      message: d.message,
      tags: d.ruleId === 'unused-disable-directive' ? [DiagnosticTag.Unnecessary] : undefined,
      relatedInformation: d.related?.map((r) => ({ location: { uri: toUri(r.uri), range: r.range }, message: r.message })),
      data: d.fix ? { fix: d.fix } : undefined,
    };
  }

  const pause = options.pause ?? fixedTurnsPause;

  /** Analyses and publishes; false when a change made the run stale before it finished. */
  async function analyzeAndPublish(): Promise<boolean> {
    const t0 = performance.now();
    const started = generation;
    // Edits already received but not yet handled would make this run stale at once: handle them
    // first (a burst of edits then costs one start, not one per edit).
    await pause();
    if (generation !== started) return false;
    void connection.sendNotification('dhcplint/status', { state: 'analysing', servers: analysis?.servers.length ?? 0, pairs: analysis?.pairs.length ?? 0, problems: 0 });
    let result: Analysis | undefined;
    try {
      result = await runInSlices(project.analyzeSteps(), () => generation !== started, pause);
    } catch (e) {
      log(`dhcplint-lsp: analysis failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return true;
    }
    if (!result) return false; // stale: a change arrived, and its own run is scheduled
    analysis = result;
    // Workspace problems are said once, not again on every keystroke while they last.
    for (const p of analysis.problems) if (!reportedProblems.has(p)) log(`dhcplint-lsp: ${p}`);
    reportedProblems = new Set(analysis.problems);
    const now = new Set<string>();
    for (const [path, diags] of keaMigrationDiagnostics ? withKeaNotes(analysis) : analysis.diagnostics) {
      const uri = toUri(path);
      const doc = documents.get(uri);
      // Drop results computed from text that has changed since: a newer run is already scheduled.
      if (doc && analysis.texts.get(path) !== doc.getText()) continue;
      now.add(uri);
      // A broken or generated file with 100,000 problems would flood the client: its first ones
      // and one summary line, as on the command line.
      void connection.sendDiagnostics({ uri, version: doc?.version, diagnostics: capDiagnosticsPerFile(diags, MAX_PUBLISHED_PER_FILE).map(toLsp) });
    }
    for (const uri of published) if (!now.has(uri)) void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: [] });
    // Open documents with no problems still get an (empty) report, so clients know they were checked.
    for (const doc of documents.all()) if (!now.has(doc.uri) && !published.has(doc.uri)) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
    published = now;
    let problems = 0;
    for (const list of analysis.diagnostics.values()) problems += list.length;
    void connection.sendNotification('dhcplint/status', { state: 'idle', servers: analysis.servers.length, pairs: analysis.pairs.length, problems, ms: performance.now() - t0, pairing: pairingOf(analysis) });
    return true;
  }

  /**
   * Analyses after the debounce. Any change first makes a running analysis stale: it stops at its
   * next pause (a few milliseconds), so on a large workspace typing never queues behind a check of
   * text that is already gone, and requests are answered between the check's slices.
   */
  function schedule(): void {
    generation++;
    arm();
  }

  /** Set when an edit stopped the last run: edits come faster than runs finish. */
  let editsOutpaceRuns = false;
  /** The analysis in progress: one at a time, or stale runs would share the CPU with fresh ones. */
  let running = false;
  /** A run was due while another was in progress (now stale): it is armed when that one stops. */
  let due = false;

  /**
   * Starts a run after the debounce. While edits outpace runs (a burst, or a small debounce on a
   * large file), a run waits for a pause in the edits of at least BURST_QUIET_MS instead of being
   * started and thrown away after every keystroke.
   */
  function arm(): void {
    if (timer) clearTimeout(timer);
    const delay = editsOutpaceRuns ? Math.max(debounceMs, BURST_QUIET_MS) : debounceMs;
    timer = setTimeout(() => {
      timer = undefined;
      startAnalysis();
    }, delay);
  }

  function startAnalysis(): void {
    if (running) {
      due = true;
      return;
    }
    running = true;
    void analyzeAndPublish()
      .then(
        (finished) => (editsOutpaceRuns = !finished),
        (e: unknown) => log(`dhcplint-lsp: analysis failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      )
      .finally(() => {
        running = false;
        if (due) {
          due = false;
          arm();
        }
      });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => toPath(f.uri)) ?? (params.rootUri ? [toPath(params.rootUri)] : []);
    project.folders = folders;
    applyClientSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '"', '.'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] }, full: true },
      },
      serverInfo: { name: 'dhcplint-lsp', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => schedule());

  /** Editor settings (initializationOptions, or the `dhcplint` section of a configuration change). */
  function applyClientSettings(raw: unknown): void {
    const s = (raw ?? {}) as ClientSettings;
    if (typeof s.debounceMs === 'number' && s.debounceMs >= 0) debounceMs = s.debounceMs;
    keaMigrationDiagnostics = s.keaMigration === true;
    // Relative paths in editor settings are relative to the first workspace folder.
    const base = project.folders[0] ?? process.cwd();
    project.clientSettings = {
      rules: s.rules && typeof s.rules === 'object' ? s.rules : undefined,
      includeMap: s.includeMap && typeof s.includeMap === 'object' ? Object.fromEntries(Object.entries(s.includeMap).map(([k, v]) => [k, resolvePath(base, String(v))])) : undefined,
      servers:
        s.servers && typeof s.servers === 'object'
          ? Object.entries(s.servers)
              .filter(([, v]) => v && typeof v.config === 'string')
              .map(([name, v]) => ({ name, config: resolvePath(base, v.config), defaults: v.defaults ? resolvePath(base, v.defaults) : undefined, netplan: (v.netplan ?? []).map((p) => resolvePath(base, p)) }))
          : undefined,
    };
  }

  connection.onDidChangeConfiguration((params) => {
    const s = (params.settings as { dhcplint?: ClientSettings } | undefined)?.dhcplint;
    if (s) applyClientSettings(s);
    schedule();
  });

  // dhcplint/peerConfig: every setting of the failover peer declared in (or referenced from) the
  // document, with defaults filled in, on both servers of the pair. Used by the VS Code command.
  connection.onRequest(
    'dhcplint/peerConfig',
    guard('peerConfig', (p: { textDocument: { uri: string }; position?: { line: number; character: number } }) => {
      const file = fileFor(p.textDocument.uri);
      if (!file?.ast) return null;
      const at = p.position ? occurrenceAt(file, file.lines.offsetAt(p.position)) : undefined;
      const name = at?.kind === 'failover peer' ? at.name : occurrencesOfFile(file).find((o) => o.kind === 'failover peer')?.name;
      return name ? { name, markdown: peerConfigMarkdown(name, analysis) } : null;
    }),
  );

  // dhcplint/keaPreview: the Kea configs a migration would write for the server holding the
  // document (kea-dhcp4 and kea-ctrl-agent), and the migration report. The same conversion as
  // `dhcplint migrate --to kea`, from the analysis the editor already has.
  connection.onRequest(
    'dhcplint/keaPreview',
    guard('keaPreview', (p: { textDocument: { uri: string } }) => {
      analysis ??= project.analyze();
      const path = toPath(p.textDocument.uri);
      const server = analysis.servers.find((s) => s.config.files.some((f) => f.uri === path));
      if (!server) return null;
      const result = migrateToKea(analysis.servers, analysis.pairs);
      const name = [...result.servers].find(([, s]) => s === server)?.[0];
      if (name === undefined) return null;
      return {
        server: name,
        dhcp4: JSON.stringify(result.configs.get(name), null, 2),
        ctrlAgent: result.ctrlAgents.has(name) ? JSON.stringify(result.ctrlAgents.get(name), null, 2) : undefined,
        report: renderMarkdownReport(result.report, { server: name }),
      };
    }),
  );

  // dhcplint/pairReport: the pairs found in the workspace and what the checks say about them.
  connection.onRequest(
    'dhcplint/pairReport',
    guard('pairReport', () => {
      analysis ??= project.analyze();
      const lines: string[] = [];
      if (!analysis.pairs.length) lines.push('No failover pair found: no two server configs declare the same failover peer.');
      for (const pair of analysis.pairs) {
        const files = new Set([...pair.a.config.files, ...pair.b.config.files].map((f) => f.uri));
        const diags = [...analysis.diagnostics.entries()].filter(([f]) => files.has(f)).flatMap(([, d]) => d);
        lines.push(`failover peer "${pair.peer}": ${analysis.display(pair.a.name)} ↔ ${analysis.display(pair.b.name)}`);
        lines.push(`  ${diags.filter((d) => d.severity === 'error').length} error(s), ${diags.filter((d) => d.severity === 'warning').length} warning(s)`);
        for (const d of diags) lines.push(`  ${analysis.display(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.ruleId}]`);
      }
      return { text: lines.join('\n') };
    }),
  );

  documents.onDidChangeContent((e) => {
    project.buffers.set(toPath(e.document.uri), e.document.getText());
    schedule();
  });
  documents.onDidClose((e) => {
    project.buffers.delete(toPath(e.document.uri));
    schedule();
  });
  connection.onDidChangeWatchedFiles(() => schedule());
  connection.onDidSaveTextDocument(() => schedule());

  connection.onHover(
    guard('hover', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return null;
      const h = hoverAt(file, file.lines.offsetAt(p.position), analysis);
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: rangeOf(file, h.span) } : null;
    }),
  );

  connection.onCompletion(
    guard('completion', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return [];
      return completionsAt(file, file.lines.offsetAt(p.position), analysis).map((c) => ({
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        documentation: c.documentation,
        insertText: c.insertText,
      }));
    }),
  );

  /** Every occurrence of the named entity under the cursor, across the workspace's files. */
  function occurrencesFor(uri: string, position: { line: number; character: number }): { at: Occurrence; all: Occurrence[] } | undefined {
    const file = fileFor(uri);
    if (!file) return undefined;
    const at = occurrenceAt(file, file.lines.offsetAt(position));
    if (!at) return undefined;
    const files = new Map<string, SourceFile>(analysis?.files ?? []);
    files.set(file.uri, file);
    for (const doc of documents.all()) {
      const path = toPath(doc.uri);
      if (files.has(path)) files.set(path, sourceFileFor(path, doc.getText(), analysis, project));
    }
    const all = [...files.values()].flatMap(occurrencesOfFile).filter((o) => o.kind === at.kind && o.name === at.name);
    return { at, all };
  }

  const locationOf = (o: Occurrence) => ({ uri: toUri(o.file.uri), range: rangeOf(o.file, o.span) });

  connection.onDefinition(
    guard('definition', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? r.all.filter((o) => o.definition).map(locationOf) : null;
    }),
  );
  connection.onReferences(
    guard('references', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? r.all.filter((o) => p.context.includeDeclaration || !o.definition).map(locationOf) : null;
    }),
  );
  connection.onPrepareRename(
    guard('prepareRename', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? { range: rangeOf(r.at.file, r.at.nameSpan), placeholder: r.at.name } : null;
    }),
  );
  connection.onRenameRequest(
    guard('rename', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      if (!r) return null;
      if (!/^[^"\\\n]+$/.test(p.newName)) return new ResponseError<void>(ErrorCodes.InvalidParams, 'A name cannot contain quotes, backslashes or line breaks.');
      const changes: WorkspaceEdit['changes'] = {};
      for (const o of r.all) {
        const quoted = o.nameSpan.start !== o.span.start;
        // Unquoted names (hosts, keys) get quotes when the new name is not a plain word.
        const text = quoted || /^[A-Za-z0-9_.-]+$/.test(p.newName) ? p.newName : `"${p.newName}"`;
        (changes[toUri(o.file.uri)] ??= []).push({ range: rangeOf(o.file, o.nameSpan), newText: text });
      }
      return { changes };
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return [];
      const convert = (s: OutlineSymbol): DocumentSymbol => ({ name: s.name, detail: s.detail, kind: SYMBOL_KIND[s.kind], range: rangeOf(file, s.span), selectionRange: rangeOf(file, s.selection), children: s.children.map(convert) });
      return outline(file).map(convert);
    }),
  );
  connection.onWorkspaceSymbol(
    guard('workspaceSymbol', (p) => {
      const q = p.query.toLowerCase();
      const out: { name: string; kind: SymbolKind; location: { uri: string; range: LspRange }; containerName?: string }[] = [];
      for (const file of analysis?.files.values() ?? []) {
        const visit = (list: OutlineSymbol[], container?: string) => {
          for (const s of list) {
            if (s.name.toLowerCase().includes(q)) out.push({ name: s.name, kind: SYMBOL_KIND[s.kind], location: { uri: toUri(file.uri), range: rangeOf(file, s.selection) }, containerName: container });
            visit(s.children, s.name);
          }
        };
        if (file.ast) visit(outline(file));
        if (out.length > 2000) break;
      }
      return out;
    }),
  );
  connection.onFoldingRanges(
    guard('foldingRanges', (p) => {
      const file = fileFor(p.textDocument.uri);
      return file ? foldingRanges(file).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : undefined })) : [];
    }),
  );
  connection.onSelectionRanges(
    guard('selectionRanges', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return [];
      return p.positions.map((pos) => {
        const chain = selectionChain(file, file.lines.offsetAt(pos));
        let parent: SelectionRange | undefined;
        for (let i = chain.length - 1; i >= 0; i--) parent = { range: rangeOf(file, chain[i]!), parent };
        return parent!;
      });
    }),
  );
  connection.onDocumentLinks(
    guard('documentLinks', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return [];
      // A link is an invitation to open the file: none to files the server may not read.
      return documentLinks(file, analysis)
        .filter((l) => project.mayRead(l.target))
        .map((l) => ({ range: rangeOf(file, l.span), target: toUri(l.target) }));
    }),
  );

  function formattingEdits(uri: string, opts: { tabSize: number; insertSpaces: boolean }, range?: LspRange): TextEdit[] {
    const text = documents.get(uri)?.getText() ?? project.fs.readFile(toPath(uri));
    if (text === undefined) return [];
    const lines = new LineIndex(text);
    const from = range ? lines.offsetAt(range.start) : 0;
    const to = range ? lines.offsetAt(range.end) : text.length;
    return formatEdits(text, { indentSize: opts.tabSize, useTabs: !opts.insertSpaces })
      .filter((e) => e.span.start >= from && e.span.end <= to)
      .map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText }));
  }
  connection.onDocumentFormatting(guard('formatting', (p) => formattingEdits(p.textDocument.uri, p.options)));
  connection.onDocumentRangeFormatting(guard('rangeFormatting', (p) => formattingEdits(p.textDocument.uri, p.options, p.range)));

  connection.onCodeAction(
    guard('codeAction', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return [];
      const actions: CodeAction[] = [];
      for (const d of p.context.diagnostics) {
        if (d.source !== 'dhcplint') continue;
        const fix = (d.data as { fix?: { span: Span; text: string } } | undefined)?.fix;
        if (fix) {
          actions.push({
            title: `Fix: ${fixTitle(typeof d.message === 'string' ? d.message : d.message.value)}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: true,
            edit: { changes: { [p.textDocument.uri]: [{ range: rangeOf(file, fix.span), newText: fix.text }] } },
          });
        }
        for (const a of matchPartnerActions(d, file, p.textDocument.uri)) actions.push(a);
        if (typeof d.code === 'string' && d.code !== 'syntax' && d.code !== 'internal-error') {
          const line = d.range.start.line;
          const lineText = file.lines.lineText(line);
          const indent = /^[ \t]*/.exec(lineText)![0];
          actions.push({
            title: `Disable ${d.code} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: { changes: { [p.textDocument.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# dhcplint-disable-next-line ${d.code}\n` }] } },
          });
        }
      }
      return actions;
    }),
  );

  /**
   * Quick fixes for a pair diagnostic whose two sides are the same statement (`default-lease-time`
   * here and on the partner, the same option, the same failover timer): take the partner's line
   * here, or write this line on the partner. One workspace edit each, in either direction.
   */
  function matchPartnerActions(d: LspDiagnostic, file: SourceFile, uri: string): CodeAction[] {
    if (typeof d.code !== 'string' || !d.code.startsWith('pair-')) return [];
    const related = (d.relatedInformation ?? []).map((r) => {
      const f = fileFor(r.location.uri);
      return f && { uri: f.uri, span: { start: f.lines.offsetAt(r.location.range.start), end: f.lines.offsetAt(r.location.range.end) }, range: r.location.range, message: r.message };
    });
    const fileOf = (u: string) => (u === file.uri ? file : fileFor(toUri(u)));
    const edits = matchingEdits({ ruleId: d.code, uri: file.uri, span: { start: file.lines.offsetAt(d.range.start), end: file.lines.offsetAt(d.range.end) }, related: related.filter((r) => r !== undefined) }, fileOf);
    if (!edits) return [];
    const partner = fileOf(edits.partnerUri)!;
    const partnerServer = analysis?.servers.find((s) => s.config.files.some((f) => f.uri === edits.partnerUri));
    const name = partnerServer ? shortServerName(partnerServer) : 'the partner';
    return [
      { title: `Take ${name}'s value here: ${edits.take.text}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [{ range: rangeOf(file, edits.take.span), newText: edits.take.text }] } } },
      { title: `Write this value on ${name}: ${edits.write.text}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [toUri(edits.partnerUri)]: [{ range: rangeOf(partner, edits.write.span), newText: edits.write.text }] } } },
    ];
  }

  connection.languages.semanticTokens.on(
    guard('semanticTokens', (p) => {
      const file = fileFor(p.textDocument.uri);
      if (!file) return { data: [] };
      const data: number[] = [];
      let prevLine = 0;
      let prevChar = 0;
      for (const t of semanticTokens(file)) {
        const r = rangeOf(file, t.span);
        if (r.start.line !== r.end.line) continue; // multi-line tokens are not encodable
        data.push(r.start.line - prevLine, r.start.line === prevLine ? r.start.character - prevChar : r.start.character, r.end.character - r.start.character, SEMANTIC_TOKEN_TYPES.indexOf(t.type), 0);
        prevLine = r.start.line;
        prevChar = r.start.character;
      }
      return { data };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** Quiet time after the last edit before a run starts, once edits have been stopping runs. */
const BURST_QUIET_MS = 100;

/** Longest stretch of analysis between two pauses, in milliseconds. */
const SLICE_MS = 20;
/**
 * Event-loop turns per pause when no better pause is given. vscode-jsonrpc hands an incoming
 * message through several setImmediate hops (read lock, message queue, handler) before it runs,
 * one hop per turn: with a single turn per pause a request waited about four slices, with four it
 * is answered in the first. It is not enough for a burst of messages: see message-pause.ts.
 */
const PAUSE_TURNS = 4;

async function fixedTurnsPause(): Promise<void> {
  for (let turn = 0; turn < PAUSE_TURNS; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs a stepped computation in slices of about SLICE_MS, pausing between slices (incoming
 * requests are read and answered there). Undefined when `stale()` says, after a pause, that the
 * result is no longer wanted.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, stale: () => boolean, pause: () => Promise<void> = fixedTurnsPause): Promise<T | undefined> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() < sliceEnd) continue;
    await pause();
    if (stale()) {
      steps.return(undefined as T);
      return undefined;
    }
    sliceEnd = performance.now() + SLICE_MS;
  }
}

function fixTitle(message: string): string {
  return message.length > 60 ? `${message.slice(0, 57)}…` : message;
}

/**
 * For each server: its files, its failover peer, and the partner it was paired with (or none), so
 * a client can say, for the file in front of the user, whether the pair checks ran.
 */
export interface ServerPairing {
  server: string;
  files: string[];
  peer?: string;
  partner?: string;
}

function pairingOf(analysis: Analysis): ServerPairing[] {
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
function withKeaNotes(analysis: Analysis): Map<string, Diagnostic[]> {
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
    const list = out.get(item.file) ?? out.set(item.file, []).get(item.file)!;
    list.push({ ruleId: 'kea-migration', severity: 'info', message, uri: item.file, span, range: file.lines.rangeOf(span) });
  }
  return out;
}

