// An include whose file does not exist (dhcpd: `Can't open …`, no file or line).
import type { ReportInput, SourceFile } from '../types.js';
import type { Span } from '@dhcplint/parser';
import { defineBuiltinRule } from './rule.js';
import { builtinReport, HOSTS_FILE } from './support/builtin.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'include-missing',
    category: 'includes',
    defaultSeverity: 'error',
    description: 'An include whose file does not exist.',
    rationale: "dhcpd says `Can't open …` with no file or line.",
    dhcpd: 'rejects',
    recommended: true,
    // The include resolver words it (the written path and where it was looked for).
    messages: { notFound: '{{message}}' },
    examples: {
      incorrect: '',
      correct: '',
      layout: {
        incorrect: { 'etc/dhcp/dhcpd.conf': 'include "/nonexistent/hosts.conf";\n' },
        correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': HOSTS_FILE },
      },
    },
  },
});
export default rule;

export const includeMissingReport = (file: SourceFile, error: { span: Span; message: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: error.span }, 'notFound', { message: error.message });
