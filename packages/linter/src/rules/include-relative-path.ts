// A relative include: dhcpd resolves it against its working directory, not the including file.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';

const HOSTS = 'host a { hardware ethernet 0:1:2:3:4:5; }\n';

export default defineRule({
  meta: {
    id: 'include-relative-path',
    perStatement: true,
    category: 'includes',
    recommended: true,
    defaultSeverity: 'warning',
    description: 'An include with a relative path.',
    rationale:
      'dhcpd resolves it against its working directory, not the including file: `/` under systemd, the checkout in CI.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    messages: { relative: 'Relative include "{{path}}" depends on dhcpd\'s working directory; use an absolute path.' },
    examples: {
      incorrect: '',
      correct: '',
      layout: {
        incorrect: { 'etc/dhcp/dhcpd.conf': 'include "hosts.conf";\n', 'etc/dhcp/hosts.conf': HOSTS },
        correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': HOSTS },
      },
    },
  },
  create(context) {
    return {
      statementTypes: ['Include'],
      statement(s, _a, file) {
        if (s.type !== 'Include' || !s.path || s.path.value.startsWith('/')) return;
        context.report({ file, span: s.path.span, messageId: 'relative', data: { path: excerpt(s.path.value) } });
      },
    };
  },
});
