// Document and range formatting: the parser's formatter, as text edits inside the range asked for.
import type { Range as LspRange, TextEdit } from 'vscode-languageserver';
import { formatEdits, LineIndex } from '@dhcplint/parser';
import { toPath, type ServerContext } from './context.js';

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting(
    ctx.guard('formatting', (p) => formattingEdits(ctx, p.textDocument.uri, p.options)),
  );
  ctx.connection.onDocumentRangeFormatting(
    ctx.guard('rangeFormatting', (p) => formattingEdits(ctx, p.textDocument.uri, p.options, p.range)),
  );
}

function formattingEdits(
  ctx: ServerContext,
  uri: string,
  opts: { tabSize: number; insertSpaces: boolean },
  range?: LspRange,
): TextEdit[] {
  const text = ctx.documents.get(uri)?.getText() ?? ctx.project.fs.readFile(toPath(uri));
  if (text === undefined) return [];
  const lines = new LineIndex(text);
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : text.length;
  return formatEdits(text, { indentSize: opts.tabSize, useTabs: !opts.insertSpaces })
    .filter((e) => e.span.start >= from && e.span.end <= to)
    .map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText }));
}
