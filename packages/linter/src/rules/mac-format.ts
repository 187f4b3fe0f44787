// An Ethernet address that is not six bytes: the host never matches its client.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'mac-format',
    perStatement: true,
    category: 'hosts',
    defaultSeverity: 'warning',
    description: 'An Ethernet address that is not six bytes.',
    rationale:
      'dhcpd accepts a 5-, 7- or 8-byte `hardware ethernet` address silently; that host never matches a client ' +
      '(no outage: the client gets a dynamic lease instead of its reservation, hence a warning).',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { notSixBytes: "An Ethernet address has 6 bytes; '{{address}}' has {{count}}." },
    examples: {
      incorrect: 'host pc { hardware ethernet 00:11:22:33:44; }\n',
      correct: 'host pc { hardware ethernet 00:11:22:33:44:55; }\n',
    },
  },
  create(context) {
    return {
      statementTypes: ['Parameter'],
      statement(s, _a, file) {
        if (s.type !== 'Parameter' || s.name !== 'hardware') return;
        const [type, mac] = s.args;
        if (type?.type !== 'Word' || type.text.toLowerCase() !== 'ethernet') return;
        if (mac?.type !== 'Word' || mac.literal.kind !== 'hex' || mac.literal.bytes.length === 6) return;
        const data = { address: excerpt(mac.text), count: mac.literal.bytes.length };
        context.report({ file, span: mac.span, messageId: 'notSixBytes', data });
      },
    };
  },
});
