// Kea readiness: a fixed address inside a dynamic range, which Kea and dhcpd treat differently.
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'kea-reservation-in-pool',
    category: 'hosts',
    defaultSeverity: 'info',
    description: "Kea readiness: a fixed address inside a dynamic range, where Kea's behaviour differs from dhcpd's.",
    rationale:
      'dhcpd may lease a fixed address inside a range to another client (a known source of address conflicts); ' +
      'Kea by default checks reservations before leasing from a pool and never hands the reserved address to ' +
      'anyone else, but pays a host lookup per allocation. Keeping reservations out of pools lets Kea use ' +
      '`reservations-out-of-pool`.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    messages: {
      insideRange:
        '{{address}} is inside the range {{range}}: dhcpd may lease it to another client, Kea will not (it checks ' +
        'reservations before leasing from a pool). Move it out of the range to keep the behaviours alike.',
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.100 10.0.0.199;',
        '}',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.150; }',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.100 10.0.0.199;',
        '}',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.50; }',
      ),
    },
  },
  create(context) {
    return {
      end() {
        const ranges = context.facts.ranges.filter((r) => !r.decl.v6);
        for (const h of context.facts.hosts) {
          for (const a of h.fixed) {
            const range = ranges.find((r) => a.address >= r.low && a.address <= r.high);
            if (!range) continue;
            context.report({
              file: a.loc.file,
              span: a.loc.span,
              messageId: 'insideRange',
              data: { address: a.text, range: range.text },
              related: [{ file: range.file, span: range.span, message: 'the range' }],
            });
          }
        }
      },
    };
  },
});
