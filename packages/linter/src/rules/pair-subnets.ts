// A subnet declared on one server of the pair only: its clients get no failover protection.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY, serverLabels, subnetAnchor } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-subnets',
    category: 'pair',
    defaultSeverity: 'warning',
    description: 'A subnet declared on one server of the pair only.',
    rationale: 'Clients on that network are served by one server only, so failover gives them no protection.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { oneSide: 'Subnet {{subnet}} is declared here but not on {{partner}}.' },
    examples: {
      incorrect: PRIMARY + 'subnet 10.9.0.0 netmask 255.255.255.0 { }\n',
      partner: SECONDARY,
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const names = serverLabels(context.a, context.b);
    const sides = [
      [context.a, context.b],
      [context.b, context.a],
    ] as const;
    for (const [server, partnerServer] of sides) {
      const keys = new Set(partnerServer.subnets.map((s) => s.key));
      const partner = names.get(partnerServer)!;
      for (const s of server.subnets) {
        if (keys.has(s.key)) continue;
        const subnet = excerpt(s.key);
        context.report({
          file: s.file,
          span: s.decl.words[0]!.span,
          messageId: 'oneSide',
          data: { subnet, partner },
          related: [{ ...subnetAnchor(s, partnerServer), message: `no subnet ${subnet} on ${partner}` }],
        });
      }
    }
  },
});
