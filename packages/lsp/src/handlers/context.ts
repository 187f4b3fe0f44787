// What every handler module shares: the connection, the open documents, the project (the
// linter's session and the workspace), the latest analysis, and how a handler fails safely.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ErrorCodes,
  ResponseError,
  TextDocuments,
  type Connection,
  type Position as LspPosition,
  type Range as LspRange,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '@dhcplint/parser';
import type { SourceFile } from '@dhcplint/linter';
import { sourceFileFor, type Analysis, type Project } from '../project.js';
import type { NotificationDescriptor, RequestDescriptor } from '../protocol.js';

export const toPath = (uri: string): string => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
export const toUri = (path: string): string => (path.startsWith('/') ? pathToFileURL(path).href : path);
export const rangeOf = (file: SourceFile, span: Span): LspRange => file.lines.rangeOf(span);

export class ServerContext {
  /** The last finished analysis (undefined until the first one). */
  analysis: Analysis | undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly project: Project,
  ) {}

  log(message: string): void {
    this.connection.console.error(message);
  }

  /** The last analysis, or one run now when there is none yet (custom requests need one). */
  currentAnalysis(): Analysis {
    this.analysis ??= this.project.analyze();
    return this.analysis;
  }

  /**
   * A handler that answers with an error response, instead of killing the server, when it throws.
   * While a large buffer's first parse runs (in steps, between which requests are read), a request
   * is answered once it is done: any of them may read that buffer's tree, and parsing it on the
   * spot would block every other request for seconds. `answersFromPrefix`: the handler answers at
   * once from what is parsed so far (`prefixFileAt`).
   */
  guard<P, R>(
    name: string,
    handler: (params: P) => R,
    options: { answersFromPrefix?: boolean } = {},
  ): (params: P) => R | ResponseError<void> | Promise<R | ResponseError<void>> {
    const run = (params: P): R | ResponseError<void> => {
      try {
        return handler(params);
      } catch (e) {
        this.log(`dhcplint-lsp: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return new ResponseError<void>(
          ErrorCodes.InternalError,
          `dhcplint: ${name} failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    };
    return (params: P) =>
      this.project.firstParsePending && !options.answersFromPrefix
        ? this.project.firstParsesDone().then(() => run(params))
        : run(params);
  }

  /** Answers one of dhcplint's own requests (../protocol.ts), guarded. */
  onRequest<P, R>(type: RequestDescriptor<P, R>, name: string, handler: (params: P) => R): void {
    const guarded: (params: P) => unknown = this.guard(name, handler);
    this.connection.onRequest(type.method, guarded as (params: unknown) => unknown);
  }

  /** Sends one of dhcplint's own notifications (../protocol.ts). */
  notify<P>(type: NotificationDescriptor<P>, params: P): void {
    void this.connection.sendNotification(type.method, params);
  }

  /**
   * For requests answered during a buffer's first parse: the file and the offset of a position,
   * from the part parsed so far when the parse is still running; undefined when that part does
   * not reach the position yet (or the file is unknown).
   */
  prefixFileAt(uri: string, position: LspPosition): { file: SourceFile; offset: number } | undefined {
    const path = toPath(uri);
    if (!this.project.awaitsFirstParse(path)) {
      const file = this.fileFor(uri);
      return file && { file, offset: file.lines.offsetAt(position) };
    }
    const partial = this.project.partialParse(path);
    // The prefix ends at a line end: a position on a later line is not parsed yet.
    if (!partial || position.line >= partial.lines.lineCount - 1) return undefined;
    return { file: { uri: path, ast: partial.ast, lines: partial.lines }, offset: partial.lines.offsetAt(position) };
  }

  /**
   * The parsed file for a document URI: the open buffer if any, else the analysed or on-disk file.
   * A file that is neither open nor under a workspace folder is unknown: it is not read.
   */
  fileFor(uri: string): SourceFile | undefined {
    const path = toPath(uri);
    const doc = this.documents.get(uri);
    if (doc) return sourceFileFor(path, doc.getText(), this.analysis, this.project);
    if (!this.project.inWorkspace(path)) return undefined;
    const known = this.analysis?.files.get(path);
    if (known) return known;
    const text = this.project.fs.readFile(path);
    return text === undefined ? undefined : sourceFileFor(path, text, undefined, this.project);
  }
}
