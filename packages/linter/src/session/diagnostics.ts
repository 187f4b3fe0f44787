// From a rule's report to a Diagnostic, at the severity the settings give the rule.
import { ruleById } from '../rules/index.js';
import type { Diagnostic, Severity, SourceFile } from '../types.js';
import type { LintSettings } from './settings.js';

/** The severity a rule reports at under these settings; undefined when it is off. */
export function severityFor(ruleId: string, dflt: Severity, settings: LintSettings): Severity | undefined {
  const s = settings.rules?.[ruleId];
  if (s === 'off' || (s === undefined && ruleById.get(ruleId)?.offByDefault)) return undefined;
  if (s === 'warn') return 'warning';
  if (s === 'error' || s === 'info') return s;
  return dflt;
}

/**
 * The severity a parse error is reported at: the `syntax` rule's, except that the parser's
 * warnings (a token dhcpd cuts short, nesting too deep to check) stay warnings. Undefined when the
 * rule is off. The language server's early syntax publish uses it too, so both agree.
 */
export function syntaxSeverity(error: { severity: 'error' | 'warning' }, settings: LintSettings): Severity | undefined {
  const configured = severityFor('syntax', 'error', settings);
  return error.severity === 'warning' && configured === 'error' ? 'warning' : configured;
}

type Span = { start: number; end: number };

/** A report with its text resolved (rules with message ids have been formatted by then). */
export interface ResolvedReportInput {
  file: SourceFile;
  span: Span;
  message: string;
  messageId?: string;
  fix?: { span: Span; text: string };
  related?: { file: SourceFile; span: Span; message: string }[];
}

export function toDiagnostic(ruleId: string, severity: Severity, r: ResolvedReportInput): Diagnostic {
  const d: Diagnostic = {
    ruleId,
    severity,
    message: r.message,
    uri: r.file.uri,
    // Copies: node spans move when the language server re-parses incrementally.
    span: { start: r.span.start, end: r.span.end },
    range: r.file.lines.rangeOf(r.span),
    fix: r.fix && { span: { start: r.fix.span.start, end: r.fix.span.end }, text: r.fix.text },
    related: r.related?.map((x) => ({
      uri: x.file.uri,
      span: { start: x.span.start, end: x.span.end },
      range: x.file.lines.rangeOf(x.span),
      message: x.message,
    })),
  };
  if (r.messageId !== undefined) Object.assign(d, { messageId: r.messageId });
  return d;
}
