import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import pc from 'picocolors';
import type { Diagnostic, RuleMeta } from '../types.js';

import { ruleDocsUrl } from '../rules/rule.js';

/** A rule's page (beside its source in rules/), for SARIF's helpUri and the editor's codeDescription. */
export const docsUrl = (id: string): string => ruleDocsUrl(id);

const rel = (uri: string) => relative(process.cwd(), uri) || uri;

/** ESLint's `stylish` layout, grouped per file. */
export function formatStylish(diags: Diagnostic[], color: boolean): string {
  const c = color
    ? pc
    : {
        red: (s: string) => s,
        yellow: (s: string) => s,
        cyan: (s: string) => s,
        dim: (s: string) => s,
        underline: (s: string) => s,
        bold: (s: string) => s,
      };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) {
    const list = byFile.get(d.uri);
    if (list) list.push(d);
    else byFile.set(d.uri, [d]);
  }
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const [uri, list] of byFile) {
    out += `\n${c.underline(rel(uri))}\n`;
    for (const d of list) {
      const sev =
        d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.cyan('info');
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      out += `  ${c.dim(`${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8))} ${sev.padEnd(color ? 17 : 7)}  ${d.message}  ${c.dim(d.ruleId)}\n`;
      for (const r of d.related ?? [])
        out += `  ${' '.repeat(8)}   ${c.dim(`↳ ${rel(r.uri)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`)}\n`;
    }
  }
  const total = errors + warnings;
  if (total)
    out += `\n${c.bold((errors ? c.red : c.yellow)(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`))}\n`;
  return out;
}

/** ESLint-compatible JSON (related locations added as an extra field). */
export function formatJson(diags: Diagnostic[], files: string[]): string {
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of diags) {
    const list = byFile.get(d.uri);
    if (list) list.push(d);
    else byFile.set(d.uri, [d]);
  }
  return JSON.stringify(
    [...byFile].map(([filePath, list]) => ({
      filePath,
      messages: list.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        ...(d.fix ? { fix: { range: [d.fix.span.start, d.fix.span.end], text: d.fix.text } } : {}),
        ...(d.related
          ? {
              relatedLocations: d.related.map((r) => ({
                filePath: r.uri,
                line: r.range.start.line + 1,
                column: r.range.start.character + 1,
                message: r.message,
              })),
            }
          : {}),
      })),
      errorCount: list.filter((d) => d.severity === 'error').length,
      warningCount: list.filter((d) => d.severity !== 'error').length,
    })),
    null,
    2,
  );
}

/** `file:line:col: severity: message [rule]` for editors' quickfix lists. */
export function formatGcc(diags: Diagnostic[]): string {
  return (
    diags
      .map(
        (d) =>
          `${rel(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity === 'info' ? 'note' : d.severity}: ${d.message} [${d.ruleId}]`,
      )
      .join('\n') + (diags.length ? '\n' : '')
  );
}

/** GitHub Actions workflow commands (annotations). */
export function formatGithub(diags: Diagnostic[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return (
    diags
      .map(
        (d) =>
          `::${d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice'} file=${prop(rel(d.uri))},line=${d.range.start.line + 1},col=${d.range.start.character + 1},endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1},title=${prop(d.ruleId)}::${esc(d.message)}`,
      )
      .join('\n') + (diags.length ? '\n' : '')
  );
}

/** SARIF 2.1.0 for GitHub code scanning. */
export function formatSarif(
  diags: Diagnostic[],
  rules: RuleMeta[],
  version: string,
  internalErrors: { ruleId: string; message: string }[] = [],
): string {
  const ids = [...new Set([...rules.map((r) => r.id), 'internal-error'])];
  const metaOf = new Map(rules.map((r) => [r.id, r]));
  const loc = (uri: string, range: Diagnostic['range']) => ({
    physicalLocation: {
      artifactLocation: {
        uri: uri.startsWith('/') ? relative(process.cwd(), uri).split('\\').join('/') || pathToFileURL(uri).href : uri,
      },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dhcplint',
            version,
            informationUri: 'https://github.com/dhcplint/dhcplint',
            rules: ids.map((id) => {
              const m = metaOf.get(id);
              return {
                id,
                shortDescription: { text: m?.description ?? 'A rule failed while running.' },
                ...(m ? { fullDescription: { text: m.rationale }, helpUri: docsUrl(id) } : {}),
                defaultConfiguration: {
                  level:
                    m?.defaultSeverity === 'warning' ? 'warning' : m?.defaultSeverity === 'info' ? 'note' : 'error',
                },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diags.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: Math.max(0, ids.indexOf(d.ruleId)),
          level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
          message: { text: d.message },
          locations: [loc(d.uri, d.range)],
          ...(d.related?.length
            ? {
                relatedLocations: d.related.map((r, i) => ({
                  id: i + 1,
                  ...loc(r.uri, r.range),
                  message: { text: r.message },
                })),
              }
            : {}),
        })),
        invocations: [
          {
            executionSuccessful: internalErrors.length === 0,
            toolExecutionNotifications: internalErrors.map((e) => ({
              level: 'error',
              message: { text: `${e.ruleId}: ${e.message}` },
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** What a report format gets: the diagnostics to show and the run's context. */
export interface FormatInput {
  diagnostics: Diagnostic[];
  files: string[];
  rules: RuleMeta[];
  version: string;
  internalErrors: { ruleId: string; message: string }[];
  color: boolean;
}

/**
 * The CLI's `--format` values, in the order `--help` lists them (the first is the default). A new
 * format is one entry here.
 */
export const REPORT_FORMATS: Record<string, (r: FormatInput) => string> = {
  stylish: (r) => formatStylish(r.diagnostics, r.color),
  json: (r) => `${formatJson(r.diagnostics, r.files)}\n`,
  sarif: (r) => `${formatSarif(r.diagnostics, r.rules, r.version, r.internalErrors)}\n`,
  github: (r) => formatGithub(r.diagnostics),
  gcc: (r) => formatGcc(r.diagnostics),
};
