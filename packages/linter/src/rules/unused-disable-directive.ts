// A `# dhcplint-disable…` comment that suppresses nothing: stale suppressions hide future problems.
import type { Span } from '@dhcplint/parser';
import type { ReportInput, SourceFile } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport } from './support/builtin.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'unused-disable-directive',
    category: 'meta',
    defaultSeverity: 'warning',
    description: 'A `# dhcplint-disable…` comment that suppresses nothing.',
    rationale: 'Stale suppressions hide future problems.',
    dhcpd: 'n/a',
    recommended: true,
    messages: {
      unused: 'Unused dhcplint-{{kind}} directive: nothing is reported here.',
      unusedRules: 'Unused dhcplint-{{kind}} directive ({{rules}}): nothing is reported here.',
    },
    examples: {
      incorrect: '# dhcplint-disable-next-line lease-times\ndefault-lease-time 600;\n',
      correct: 'default-lease-time 600;\n',
    },
  },
});
export default rule;

/** The report of a directive (`disable`, `disable-line`, `disable-next-line`) naming `ids` (none: every rule). */
export function unusedDirectiveReport(
  file: SourceFile,
  directive: { span: Span; kind: string; ids: readonly string[] },
): ReportInput {
  const at = { file, span: directive.span };
  if (!directive.ids.length) return builtinReport(rule.meta, at, 'unused', { kind: directive.kind });
  return builtinReport(rule.meta, at, 'unusedRules', { kind: directive.kind, rules: directive.ids.join(', ') });
}
