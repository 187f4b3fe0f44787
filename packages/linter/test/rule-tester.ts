// A rule tester in the shape of ESLint's RuleTester: a rule's cases (here: its documented
// examples, on real files on disk) with the exact ranges of every expected report and the text
// its fix produces.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { applyFixes, lintPaths, type Diagnostic, type RuleMeta } from '@dhcplint/linter';

export interface Reported {
  /** File relative to the example's folder: dhcpd.conf, a/dhcpd.conf (pair), srv/etc/… (layout). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  diagnostic: Diagnostic;
  dir: string;
}

/** Writes an example's files (single file, pair, or server-root layout) and lints them. */
function lintWritten(m: RuleMeta, which: 'incorrect' | 'correct'): { dir: string; diagnostics: Diagnostic[] } {
  const dir = mkdtempSync(join(tmpdir(), `dhcplint-rule-${m.id}-`));
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const ex = m.examples;
  let paths: string[];
  if (ex.layout) {
    for (const [rel, text] of Object.entries(ex.layout[which])) write(join('srv', rel), text);
    paths = [join(dir, 'srv')];
  } else if (ex.partner !== undefined) {
    paths = [write('a/dhcpd.conf', ex[which]), write('b/dhcpd.conf', which === 'incorrect' ? ex.partner : (ex.partnerCorrect ?? ex.partner))];
  } else paths = [write('dhcpd.conf', ex[which])];
  // A rule that is off by default (the Kea readiness rules) is tested turned on, at its own severity.
  const on = m.defaultSeverity === 'warning' ? 'warn' : m.defaultSeverity;
  return { dir, diagnostics: lintPaths(paths, m.offByDefault ? { rules: { [m.id]: on } } : {}).diagnostics };
}

/** Every rule id reported on the example (any rule). */
export function lintAllOf(m: RuleMeta, which: 'incorrect' | 'correct'): string[] {
  return lintWritten(m, which).diagnostics.map((d) => d.ruleId);
}

/** The example's reports from rule `m` only, with 1-based ranges and folder-relative paths. */
export function lintExample(m: RuleMeta, which: 'incorrect' | 'correct'): Reported[] {
  const { dir, diagnostics } = lintWritten(m, which);
  return diagnostics
    .filter((d) => d.ruleId === m.id)
    .map((d) => ({
      file: d.uri.slice(dir.length + 1),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      message: d.message.replaceAll(dir + '/', ''),
      diagnostic: d,
      dir,
    }));
}

/** The file after applying the fixes of the given reports (all in one file). */
export function fixed(reports: Reported[]): string {
  const path = join(reports[0]!.dir, reports[0]!.file);
  return applyFixes(readFileSync(path, "utf8"), reports.map((r) => r.diagnostic)).text;
}
