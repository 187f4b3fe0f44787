// A rule tester in the shape of ESLint's RuleTester. Each case is written to real files in a temp
// folder (one config, a failover pair, or a server root) and linted through the public API, like
// a user's run; every report of the rule is compared by message id, exact 1-based range (end
// exclusive) and, when given, data, and the fixes are applied and compared with `output`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyFixes,
  lintPaths,
  type Diagnostic,
  type LintSettings,
  type MessageData,
  type RuleMeta,
} from '@dhcplint/linter';

/** Where a case's files are: one config, a pair (`code` + `partner`) or a server root (`files`). */
export interface CaseFiles {
  /** Shown in the test name. */
  name?: string;
  /** A dhcpd.conf (with `partner`: the first server of a pair). */
  code?: string;
  /** The failover partner's dhcpd.conf (pair rules). */
  partner?: string;
  /** Files of one server root, by path relative to it (`etc/dhcp/dhcpd.conf`, netplan, defaults). */
  files?: Record<string, string>;
  /** Settings beyond turning the rule on (a rule that is off by default is turned on). */
  settings?: LintSettings;
}

export interface ExpectedError {
  messageId: string;
  /** Values of the message's placeholders; when given, the whole text is compared. */
  data?: MessageData;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The file the report is in, relative to the case's folder: `dhcpd.conf` (default for `code`),
   * `b/dhcpd.conf` (the partner; `a/dhcpd.conf` is the default for pairs), `srv/etc/…` (files).
   */
  file?: string;
}

export interface InvalidCase extends CaseFiles {
  errors: ExpectedError[];
  /** The first error's file after applying every fix; omitted when the rule offers none. */
  output?: string;
}

export type ValidCase = string | CaseFiles;

interface Linted {
  dir: string;
  /** `message`: the diagnostic's text with the case's temp folder left out (paths relative to it). */
  reports: { diagnostic: Diagnostic; file: string; message: string; messageId: string | undefined }[];
  defaultFile: string;
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Which of the rule's messages `d` was formatted from, and the values of its placeholders, read back
 * from the text (the engine may not pass the id on).
 */
export function parseMessage(meta: RuleMeta, d: Diagnostic): { messageId: string; data: MessageData } | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entries = Object.entries(meta.messages ?? {}).filter(([id]) => !d.messageId || id === d.messageId);
  for (const [messageId, template] of entries) {
    const keys = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
    const pattern = template
      .split(/\{\{\s*\w+\s*\}\}/)
      .map(escape)
      .join('([\\s\\S]*?)');
    const m = new RegExp(`^${pattern}$`).exec(d.message);
    if (m) return { messageId, data: Object.fromEntries(keys.map((k, i) => [k, m[i + 1]!])) };
  }
  return undefined;
}

/** Writes a case's files to a fresh temp folder (removed after the test file). */
function writeCase(id: string, c: CaseFiles): { dir: string; paths: string[]; defaultFile: string } {
  const dir = mkdtempSync(join(tmpdir(), `dhcplint-rule-${id}-`));
  scratch.push(dir);
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  if (c.files) {
    for (const [rel, text] of Object.entries(c.files)) write(join('srv', rel), text);
    return { dir, paths: [join(dir, 'srv')], defaultFile: 'srv/etc/dhcp/dhcpd.conf' };
  }
  if (c.partner !== undefined) {
    return {
      dir,
      paths: [write('a/dhcpd.conf', c.code ?? ''), write('b/dhcpd.conf', c.partner)],
      defaultFile: 'a/dhcpd.conf',
    };
  }
  return { dir, paths: [write('dhcpd.conf', c.code ?? '')], defaultFile: 'dhcpd.conf' };
}

/** The settings a case runs with: a rule that is off by default (Kea readiness) turned on. */
function settingsFor(meta: RuleMeta, c: CaseFiles): LintSettings {
  const on = meta.defaultSeverity === 'warning' ? 'warn' : meta.defaultSeverity;
  return { ...c.settings, rules: { ...(meta.offByDefault ? { [meta.id]: on } : {}), ...c.settings?.rules } };
}

function lintCase(meta: RuleMeta, c: CaseFiles): Linted {
  const { dir, paths, defaultFile } = writeCase(meta.id, c);
  const reports = lintPaths(paths, settingsFor(meta, c))
    .diagnostics.filter((d) => d.ruleId === meta.id)
    .map((diagnostic) => {
      const message = diagnostic.message.replaceAll(`${dir}/`, '');
      return {
        diagnostic,
        file: diagnostic.uri.slice(dir.length + 1),
        message,
        messageId: parseMessage(meta, { ...diagnostic, message })?.messageId,
      };
    });
  return { dir, reports, defaultFile };
}

const caseName = (c: CaseFiles, i: number) =>
  `${i + 1}: ${c.name ?? (c.code ?? Object.values(c.files ?? {})[0] ?? '').replace(/\s+/g, ' ').slice(0, 60)}`;

/**
 * What the rule reports on a case, in the form of `InvalidCase` (to write a new case from, after
 * checking each report by hand).
 */
export function actualCase(
  meta: RuleMeta,
  c: CaseFiles,
): { errors: ExpectedError[]; output?: string; messages: string[] } {
  const { dir, reports, defaultFile } = lintCase(meta, c);
  const errors = reports.map(({ diagnostic: d, file, message }) => {
    const parsed = parseMessage(meta, { ...d, message });
    return {
      messageId: parsed?.messageId ?? '(none)',
      ...(parsed && Object.keys(parsed.data).length ? { data: parsed.data } : {}),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      ...(file === defaultFile ? {} : { file }),
    };
  });
  const first = reports[0]?.file ?? defaultFile;
  const withFixes = reports.filter((r) => r.file === first && r.diagnostic.fix).map((r) => r.diagnostic);
  const output = withFixes.length ? applyFixes(readFileSync(join(dir, first), 'utf8'), withFixes).text : undefined;
  return { errors, output, messages: reports.map((r) => r.message) };
}

/** Tests a rule on valid cases (it reports nothing) and invalid ones (exactly these errors). */
export function ruleTester(rule: { meta: RuleMeta }, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const { meta } = rule;
  describe(meta.id, () => {
    it('has several valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(2);
      expect(cases.invalid.length).toBeGreaterThanOrEqual(1);
    });
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid ${caseName(c, i)}`, () => {
        expect(lintCase(meta, c).reports.map((r) => r.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${caseName(c, i)}`, () => {
        const { dir, reports, defaultFile } = lintCase(meta, c);
        for (const r of reports) expect(r.messageId, `a message of meta.messages: ${r.message}`).toBeDefined();
        const got = reports.map(({ diagnostic: d, file, messageId }) => ({
          messageId,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
          file,
        }));
        expect(got).toEqual(c.errors.map(({ data: _data, file, ...e }) => ({ ...e, file: file ?? defaultFile })));
        c.errors.forEach((e, k) => {
          if (e.data) expect(reports[k]?.message).toBe(formatWith(meta, e.messageId, e.data));
        });
        const fixes = reports.filter((r) => r.diagnostic.fix);
        if (c.output === undefined) {
          expect(
            fixes.map((r) => r.message),
            'no fix expected (give `output`)',
          ).toEqual([]);
          return;
        }
        const path = join(dir, c.errors[0]?.file ?? defaultFile);
        const text = readFileSync(path, 'utf8');
        const forFile = reports.filter((r) => join(dir, r.file) === path).map((r) => r.diagnostic);
        expect(applyFixes(text, forFile).text).toBe(c.output);
      });
    });
  });
}

/** The message text the rule should produce for `data`. */
function formatWith(meta: RuleMeta, messageId: string, data: MessageData): string {
  const template = meta.messages?.[messageId] ?? '';
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(data[k]));
}

// --- the documented examples, used by docs.test.ts and scripts --------------------------------

/** The files of a rule's documented example, as a case. */
export function exampleCase(m: RuleMeta, which: 'incorrect' | 'correct'): CaseFiles {
  const ex = m.examples;
  if (ex.layout) return { files: ex.layout[which] };
  if (ex.partner !== undefined)
    return { code: ex[which], partner: which === 'incorrect' ? ex.partner : (ex.partnerCorrect ?? ex.partner) };
  return { code: ex[which] };
}

/** Every rule id reported on the example (any rule). */
export function lintAllOf(m: RuleMeta, which: 'incorrect' | 'correct'): string[] {
  const c = exampleCase(m, which);
  return lintPaths(writeCase(m.id, c).paths, settingsFor(m, c)).diagnostics.map((d) => d.ruleId);
}
