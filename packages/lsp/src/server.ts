// Wires the protocol to the project and the handler modules (handlers/): diagnostics, navigation,
// formatting, code actions, semantic tokens, dhcplint's own requests. Every request handler runs
// inside `ctx.guard`, so a bug in one feature answers with an error response instead of killing
// the server.
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Project } from './project.js';
import { registerCodeActions } from './handlers/code-actions.js';
import { ServerContext, toPath } from './handlers/context.js';
import { registerCustomRequests } from './handlers/custom-requests.js';
import { DiagnosticsPublisher } from './handlers/diagnostics.js';
import { registerFormatting } from './handlers/formatting.js';
import { registerNavigation } from './handlers/navigation.js';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './handlers/semantic-tokens.js';
import { applyClientSettings, registerSettings } from './handlers/settings.js';
import { VERSION } from './version.js';

export { runInSlices } from './handlers/slicing.js';
export type { ServerPairing } from './protocol.js';

export interface ServerOptions {
  /** Milliseconds to wait after the last edit before analysing (default 150). */
  debounceMs?: number;
  /**
   * How a running analysis pauses between slices so requests get answered (default: a few
   * event-loop turns). The stdio server pauses until the connection's queue is empty.
   */
  pause?: () => Promise<void>;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const ctx = new ServerContext(connection, documents, new Project());
  const publisher = new DiagnosticsPublisher(ctx, options);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders =
      params.workspaceFolders?.map((f) => toPath(f.uri)) ?? (params.rootUri ? [toPath(params.rootUri)] : []);
    ctx.project.folders = folders;
    applyClientSettings(ctx, publisher, params.initializationOptions);
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
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'dhcplint-lsp', version: VERSION },
    };
  });
  connection.onInitialized(() => publisher.schedule());

  // What changes the workspace: edits, closes, saves and files changed on disk start a new check.
  documents.onDidChangeContent((e) => {
    ctx.project.setBuffer(toPath(e.document.uri), e.document.getText());
    publisher.schedule();
  });
  documents.onDidClose((e) => {
    ctx.project.closeBuffer(toPath(e.document.uri));
    publisher.schedule();
  });
  connection.onDidChangeWatchedFiles(() => publisher.schedule());
  connection.onDidSaveTextDocument(() => publisher.schedule());

  registerSettings(ctx, publisher);
  registerCustomRequests(ctx);
  registerNavigation(ctx);
  registerFormatting(ctx);
  registerCodeActions(ctx);
  registerSemanticTokens(ctx);

  documents.listen(connection);
  connection.listen();
}
