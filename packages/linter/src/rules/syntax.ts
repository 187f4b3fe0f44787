// Syntax errors found by the parser; the engine reports them with `syntaxReport`.
import type { Span } from '@dhcplint/parser';
import type { ReportInput, SourceFile } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport } from './support/builtin.js';
import { conf } from './support/examples.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'syntax',
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'Syntax errors found by the parser (missing `;`, unbalanced braces, bad expressions, …).',
    rationale:
      'dhcpd stops at the first one, often reporting the line after the mistake; the parser recovers and reports ' +
      'all of them where they are.',
    dhcpd: 'rejects',
    recommended: true,
    // The parser words its errors (the language server shows the same text).
    messages: { parseError: '{{message}}' },
    examples: {
      incorrect: conf('default-lease-time 600', 'max-lease-time 7200;'),
      correct: conf('default-lease-time 600;', 'max-lease-time 7200;'),
    },
  },
});
export default rule;

/** The report of a parse error. */
export const syntaxReport = (file: SourceFile, error: { span: Span; message: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: error.span }, 'parseError', { message: error.message });
