// `# dhcplint-disable…` comments: which diagnostics they suppress, and which of them suppress nothing.
import { ruleById } from '../rules/index.js';
import type { Diagnostic, SourceFile } from '../types.js';
import { severityFor, toDiagnostic } from './diagnostics.js';
import { pushAll } from './results.js';
import type { LintSettings } from './settings.js';
import { unusedDirectiveReport } from '../rules/unused-disable-directive.js';
import { getOrAdd } from '../model/maps.js';

/**
 * Whether a rule reports in the pair stage (lintServersSteps) rather than in one server's lint:
 * a directive naming it is judged there, where its diagnostics exist.
 */
function reportsInPairStage(ruleId: string): boolean {
  const category = ruleById.get(ruleId)?.category;
  return category === 'pair' || category === 'host-context' || ruleId === 'read-refused';
}

/** `#` comments of a host file (shell or YAML: a `#` at the start of a line or after a blank). */
function hashComments(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/(?<=^|[ \t])#[^\r\n]*/gm))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * `# dhcplint-disable-next-line id…`, `# dhcplint-disable-line id…`, `# dhcplint-disable id…` /
 * `# dhcplint-enable id…` (no ids = all rules). Directives run twice, once per server over its
 * own rules' diagnostics (`stage` 'server') and once over the pair stage's ('pair'); a directive
 * is reported unused by the stage whose rules it names, so one naming a pair rule counts as used
 * when it suppresses that rule.
 */
export function applyDirectives(
  files: SourceFile[],
  diags: Diagnostic[],
  settings: LintSettings,
  stage: 'server' | 'pair' = 'server',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unused: Diagnostic[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) getOrAdd(byFile, d.uri, () => []).push(d);
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.uri)) continue;
    seen.add(file.uri);
    const list = byFile.get(file.uri) ?? [];
    byFile.delete(file.uri);
    const directives: {
      kind: string;
      ids: string[];
      line: number;
      span: { start: number; end: number };
      used: boolean;
    }[] = [];
    // A file without a dhcpd AST is a host file (netplan, defaults): only the pair stage reports there.
    for (const c of file.ast ? file.ast.comments : hashComments(file.lines.text)) {
      const m = /^#\s*dhcplint-(disable-next-line|disable-line|disable|enable)(?![\w-])\s*([\w\-, ]*)/.exec(c.text);
      // Both groups take part in every match.
      const [, kind, ids] = m ?? [];
      if (kind !== undefined && ids !== undefined)
        directives.push({
          kind,
          ids: ids.split(/[\s,]+/).filter(Boolean),
          line: file.lines.positionAt(c.start).line,
          span: c,
          used: false,
        });
    }
    for (const d of list) {
      let suppressed = false;
      const active = new Map<string, (typeof directives)[number]>();
      for (const dir of directives) {
        if (dir.line > d.range.start.line) break;
        const key = dir.ids.length ? dir.ids : ['*'];
        if (dir.kind === 'disable') for (const k of key) active.set(k, dir);
        if (dir.kind === 'enable') {
          for (const k of key) {
            if (k === '*') active.clear();
            else active.delete(k);
          }
        }
        const lineDirective =
          (dir.kind === 'disable-next-line' && dir.line === d.range.start.line - 1) ||
          (dir.kind === 'disable-line' && dir.line === d.range.start.line);
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
    const judgedHere = (ids: string[]) =>
      !file.ast
        ? stage === 'pair'
        : stage === 'pair'
          ? ids.length > 0 && ids.every(reportsInPairStage)
          : !ids.some(reportsInPairStage);
    if (sev)
      for (const dir of directives)
        if (!dir.used && dir.kind !== 'enable' && judgedHere(dir.ids))
          unused.push(toDiagnostic('unused-disable-directive', sev, unusedDirectiveReport(file, dir)));
  }
  for (const rest of byFile.values()) pushAll(out, rest);
  return pushAll(out, unused);
}
