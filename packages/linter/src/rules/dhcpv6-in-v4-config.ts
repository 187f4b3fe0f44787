// DHCPv6 declarations in a DHCPv4 configuration: dhcpd -4 rejects them.
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'dhcpv6-in-v4-config',
    perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'DHCPv6 declarations (subnet6, range6, prefix6, pool6) in a DHCPv4 configuration.',
    rationale:
      'dhcpd -4 rejects them (`subnet6 statement is only supported in DHCPv6 mode`); DHCPv6 needs its own ' +
      'dhcpd6.conf. Files named *6.conf are treated as DHCPv6 and skipped.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { dhcpv6: "'{{keyword}}' is DHCPv6; a DHCPv4 server (dhcpd -4) rejects it. Put it in dhcpd6.conf." },
    examples: {
      incorrect: 'subnet6 2001:db8::/64 { range6 2001:db8::100 2001:db8::1ff; }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n',
    },
  },
  create(context) {
    return {
      statementTypes: ['Subnet6', 'Range', 'Prefix6', 'Pool'],
      statement(s, _a, file) {
        if (/[a-z_-]6(\.[^/]*)?\.conf$/i.test(context.config.main.uri)) return; // dhcpd6.conf, not fixture-4576.conf
        const v6 = s.type === 'Subnet6' || s.type === 'Prefix6' || ((s.type === 'Range' || s.type === 'Pool') && s.v6);
        if (!v6) return;
        const first = s.words[0];
        if (!first) return;
        context.report({
          file,
          span: first.span,
          messageId: 'dhcpv6',
          data: { keyword: first.type === 'Word' ? first.text : '' },
        });
      },
    };
  },
});
