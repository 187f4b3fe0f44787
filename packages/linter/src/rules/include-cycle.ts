// Files that include each other: dhcpd crashes.
import type { Span } from '@dhcplint/parser';
import type { ReportInput, SourceFile } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport, HOSTS_FILE } from './support/builtin.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'include-cycle',
    category: 'includes',
    defaultSeverity: 'error',
    description: 'Files that include each other.',
    rationale: 'dhcpd crashes (segmentation fault) on an include cycle.',
    dhcpd: 'rejects',
    recommended: true,
    // The include resolver words it (the files of the cycle).
    messages: { cycle: '{{message}}' },
    examples: {
      incorrect: '',
      correct: '',
      layout: {
        incorrect: {
          'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n',
          'etc/dhcp/hosts.conf': 'include "/etc/dhcp/dhcpd.conf";\n',
        },
        correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': HOSTS_FILE },
      },
    },
  },
});
export default rule;

export const includeCycleReport = (file: SourceFile, error: { span: Span; message: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: error.span }, 'cycle', { message: error.message });
