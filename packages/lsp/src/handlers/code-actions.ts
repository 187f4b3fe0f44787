// Quick fixes: a diagnostic's own fix, the pair fixes that make two servers' settings match (in
// either direction), and "disable this rule for this line".
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Span } from '@dhcplint/parser';
import { matchingEdits, shortServerName, type SourceFile } from '@dhcplint/linter';
import { rangeOf, toUri, type ServerContext } from './context.js';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.guard('codeAction', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
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
        for (const a of matchPartnerActions(ctx, d, file, p.textDocument.uri)) actions.push(a);
        if (typeof d.code === 'string' && d.code !== 'syntax' && d.code !== 'internal-error') {
          const line = d.range.start.line;
          const lineText = file.lines.lineText(line);
          const indent = lineText.slice(0, lineText.length - lineText.replace(/^[ \t]+/, '').length);
          actions.push({
            title: `Disable ${d.code} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: {
              changes: {
                [p.textDocument.uri]: [
                  {
                    range: { start: { line, character: 0 }, end: { line, character: 0 } },
                    newText: `${indent}# dhcplint-disable-next-line ${d.code}\n`,
                  },
                ],
              },
            },
          });
        }
      }
      return actions;
    }),
  );
}

/**
 * Quick fixes for a pair diagnostic the linter's matchingEdits can settle (the same statement on
 * both sides, or one only one side has): take the partner's line here, or write this line on the
 * partner. One workspace edit each, in either direction.
 */
function matchPartnerActions(ctx: ServerContext, d: LspDiagnostic, file: SourceFile, uri: string): CodeAction[] {
  if (typeof d.code !== 'string' || !d.code.startsWith('pair-')) return [];
  const related = (d.relatedInformation ?? []).map((r) => {
    const f = ctx.fileFor(r.location.uri);
    return (
      f && {
        uri: f.uri,
        span: { start: f.lines.offsetAt(r.location.range.start), end: f.lines.offsetAt(r.location.range.end) },
        range: r.location.range,
        message: r.message,
      }
    );
  });
  const fileOf = (u: string) => (u === file.uri ? file : ctx.fileFor(toUri(u)));
  const edits = matchingEdits(
    {
      ruleId: d.code,
      uri: file.uri,
      span: { start: file.lines.offsetAt(d.range.start), end: file.lines.offsetAt(d.range.end) },
      related: related.filter((r) => r !== undefined),
    },
    fileOf,
  );
  // The partner's file was read to make the edits: it is known (else no edits came back).
  const partner = edits && fileOf(edits.partnerUri);
  if (!edits || !partner) return [];
  const partnerServer = ctx.analysis?.servers.find((s) => s.config.files.some((f) => f.uri === edits.partnerUri));
  const name = partnerServer ? shortServerName(partnerServer) : 'the partner';
  // Copies and removals come with their own titles ("Copy this subnet to serv2"); the same
  // statement on both sides reads as taking or writing a value.
  const titles = edits as { takeTitle?: string; writeTitle?: string };
  return [
    {
      title: titles.takeTitle ?? `Take ${name}'s value here: ${edits.take.text}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [uri]: [{ range: rangeOf(file, edits.take.span), newText: edits.take.text }] } },
    },
    {
      title: titles.writeTitle ?? `Write this value on ${name}: ${edits.write.text}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        changes: {
          [toUri(edits.partnerUri)]: [{ range: rangeOf(partner, edits.write.span), newText: edits.write.text }],
        },
      },
    },
  ];
}

function fixTitle(message: string): string {
  return message.length > 60 ? `${message.slice(0, 57)}…` : message;
}
