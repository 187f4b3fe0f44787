// dhcplint's own requests (typed in ../protocol.ts): a failover peer's effective settings, the
// Kea migration preview, the pair report.
import { migrateToKea, renderMarkdownReport } from '@dhcplint/linter';
import { occurrenceAt, occurrencesOfFile } from '../features/names.js';
import { peerConfigMarkdown } from '../features/hover.js';
import {
  KeaPreviewRequest,
  PairReportRequest,
  PeerConfigRequest,
  type DocumentParams,
  type KeaPreviewResult,
  type PairReportResult,
  type PeerConfigResult,
} from '../protocol.js';
import { toPath, type ServerContext } from './context.js';

export function registerCustomRequests(ctx: ServerContext): void {
  ctx.onRequest(PeerConfigRequest, 'peerConfig', (p) => peerConfig(ctx, p));
  ctx.onRequest(KeaPreviewRequest, 'keaPreview', (p) => keaPreview(ctx, p));
  ctx.onRequest(PairReportRequest, 'pairReport', () => pairReport(ctx));
}

/**
 * Every setting of the failover peer declared in (or referenced from) the document, with defaults
 * filled in, on both servers of the pair. Used by the VS Code command.
 */
function peerConfig(ctx: ServerContext, p: DocumentParams): PeerConfigResult | null {
  const file = ctx.fileFor(p.textDocument.uri);
  if (!file?.ast) return null;
  const at = p.position ? occurrenceAt(file, file.lines.offsetAt(p.position)) : undefined;
  const name =
    at?.kind === 'failover peer' ? at.name : occurrencesOfFile(file).find((o) => o.kind === 'failover peer')?.name;
  return name ? { name, markdown: peerConfigMarkdown(name, ctx.analysis) } : null;
}

/**
 * The Kea configs a migration would write for the server holding the document (kea-dhcp4 and
 * kea-ctrl-agent), and the migration report. The same conversion as `dhcplint migrate --to kea`,
 * from the analysis the editor already has.
 */
function keaPreview(ctx: ServerContext, p: DocumentParams): KeaPreviewResult | null {
  const analysis = ctx.currentAnalysis();
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
}

/** The pairs found in the workspace and what the checks say about them. */
function pairReport(ctx: ServerContext): PairReportResult {
  const analysis = ctx.currentAnalysis();
  const lines: string[] = [];
  if (!analysis.pairs.length)
    lines.push('No failover pair found: no two server configs declare the same failover peer.');
  for (const pair of analysis.pairs) {
    const files = new Set([...pair.a.config.files, ...pair.b.config.files].map((f) => f.uri));
    const diags = [...analysis.diagnostics.entries()].filter(([f]) => files.has(f)).flatMap(([, d]) => d);
    lines.push(`failover peer "${pair.peer}": ${analysis.display(pair.a.name)} ↔ ${analysis.display(pair.b.name)}`);
    lines.push(
      `  ${diags.filter((d) => d.severity === 'error').length} error(s), ${diags.filter((d) => d.severity === 'warning').length} warning(s)`,
    );
    for (const d of diags)
      lines.push(
        `  ${analysis.display(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.ruleId}]`,
      );
  }
  return { text: lines.join('\n') };
}
