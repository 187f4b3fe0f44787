// Reading and moving around: hover, completion, definition, references, rename, document and
// workspace symbols, folding and selection ranges, document links.
import {
  CompletionItemKind,
  ErrorCodes,
  FoldingRangeKind,
  ResponseError,
  SymbolKind,
  type DocumentSymbol,
  type Range as LspRange,
  type SelectionRange,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { SourceFile } from '@dhcplint/linter';
import { completionsAt, type CompletionEntry } from '../features/completion.js';
import { hoverAt } from '../features/hover.js';
import { occurrenceAt, occurrencesOfFile, type Occurrence } from '../features/names.js';
import { documentLinks, foldingRanges, outline, selectionChain, type OutlineSymbol } from '../features/structure.js';
import { sourceFileFor } from '../project.js';
import { rangeOf, toPath, toUri, type ServerContext } from './context.js';

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

export function registerNavigation(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.guard(
      'hover',
      (p) => {
        // A hover is gone when the mouse moves: while a large file is first parsed, one over a
        // part not parsed yet has nothing to show rather than a wait.
        const at = ctx.prefixFileAt(p.textDocument.uri, p.position);
        if (!at) return null;
        const h = hoverAt(at.file, at.offset, ctx.analysis);
        return h ? { contents: { kind: 'markdown', value: h.markdown }, range: rangeOf(at.file, h.span) } : null;
      },
      { answersFromPrefix: true },
    ),
  );

  ctx.connection.onCompletion(
    ctx.guard('completion', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      if (!file) return [];
      return completionsAt(file, file.lines.offsetAt(p.position), ctx.analysis).map((c) => ({
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        documentation: c.documentation,
        insertText: c.insertText,
      }));
    }),
  );

  /** Every occurrence of the named entity under the cursor, across the workspace's files. */
  function occurrencesFor(
    uri: string,
    position: { line: number; character: number },
  ): { at: Occurrence; all: Occurrence[] } | undefined {
    const file = ctx.fileFor(uri);
    if (!file) return undefined;
    const at = occurrenceAt(file, file.lines.offsetAt(position));
    if (!at) return undefined;
    const files = new Map<string, SourceFile>(ctx.analysis?.files ?? []);
    files.set(file.uri, file);
    for (const doc of ctx.documents.all()) {
      const path = toPath(doc.uri);
      if (files.has(path)) files.set(path, sourceFileFor(path, doc.getText(), ctx.analysis, ctx.project));
    }
    const all = [...files.values()].flatMap(occurrencesOfFile).filter((o) => o.kind === at.kind && o.name === at.name);
    return { at, all };
  }

  const locationOf = (o: Occurrence) => ({ uri: toUri(o.file.uri), range: rangeOf(o.file, o.span) });

  ctx.connection.onDefinition(
    ctx.guard('definition', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? r.all.filter((o) => o.definition).map(locationOf) : null;
    }),
  );
  ctx.connection.onReferences(
    ctx.guard('references', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? r.all.filter((o) => p.context.includeDeclaration || !o.definition).map(locationOf) : null;
    }),
  );
  ctx.connection.onPrepareRename(
    ctx.guard('prepareRename', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      return r ? { range: rangeOf(r.at.file, r.at.nameSpan), placeholder: r.at.name } : null;
    }),
  );
  ctx.connection.onRenameRequest(
    ctx.guard('rename', (p) => {
      const r = occurrencesFor(p.textDocument.uri, p.position);
      if (!r) return null;
      if (!/^[^"\\\n]+$/.test(p.newName))
        return new ResponseError<void>(
          ErrorCodes.InvalidParams,
          'A name cannot contain quotes, backslashes or line breaks.',
        );
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

  ctx.connection.onDocumentSymbol(
    ctx.guard('documentSymbol', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      if (!file) return [];
      const convert = (s: OutlineSymbol): DocumentSymbol => ({
        name: s.name,
        detail: s.detail,
        kind: SYMBOL_KIND[s.kind],
        range: rangeOf(file, s.span),
        selectionRange: rangeOf(file, s.selection),
        children: s.children.map(convert),
      });
      return outline(file).map(convert);
    }),
  );
  ctx.connection.onWorkspaceSymbol(
    ctx.guard('workspaceSymbol', (p) => {
      const q = p.query.toLowerCase();
      const out: {
        name: string;
        kind: SymbolKind;
        location: { uri: string; range: LspRange };
        containerName?: string;
      }[] = [];
      for (const file of ctx.analysis?.files.values() ?? []) {
        const visit = (list: OutlineSymbol[], container?: string) => {
          for (const s of list) {
            if (s.name.toLowerCase().includes(q))
              out.push({
                name: s.name,
                kind: SYMBOL_KIND[s.kind],
                location: { uri: toUri(file.uri), range: rangeOf(file, s.selection) },
                containerName: container,
              });
            visit(s.children, s.name);
          }
        };
        if (file.ast) visit(outline(file));
        if (out.length > 2000) break;
      }
      return out;
    }),
  );
  ctx.connection.onFoldingRanges(
    ctx.guard('foldingRanges', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      return file
        ? foldingRanges(file).map((r) => ({
            startLine: r.startLine,
            endLine: r.endLine,
            kind: r.kind === 'comment' ? FoldingRangeKind.Comment : undefined,
          }))
        : [];
    }),
  );
  ctx.connection.onSelectionRanges(
    ctx.guard('selectionRanges', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      if (!file) return [];
      return p.positions.map((pos) => {
        // The chain runs from the innermost span out to the whole file; each range holds the next as its parent.
        const offset = file.lines.offsetAt(pos);
        const nested = selectionChain(file, offset).reduceRight<SelectionRange | undefined>(
          (parent, span) => ({ range: rangeOf(file, span), parent }),
          undefined,
        );
        return nested ?? { range: rangeOf(file, { start: offset, end: offset }) };
      });
    }),
  );
  ctx.connection.onDocumentLinks(
    ctx.guard('documentLinks', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      if (!file) return [];
      // A link is an invitation to open the file: none to files the server may not read.
      return documentLinks(file, ctx.analysis)
        .filter((l) => ctx.project.mayRead(l.target))
        .map((l) => ({ range: rangeOf(file, l.span), target: toUri(l.target) }));
    }),
  );
}
