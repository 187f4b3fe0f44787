// A subnet declared on one server of the pair only: its clients get no failover protection.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY, serverSides, subnetAnchor } from './support/pair.js';
import { spanOfWords } from './support/spans.js';

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
    for (const [server, partnerServer, partner] of serverSides(context)) {
      const keys = new Set(partnerServer.subnets.map((s) => s.key));
      for (const s of server.subnets) {
        if (keys.has(s.key)) continue;
        const subnet = excerpt(s.key);
        context.report({
          file: s.file,
          span: spanOfWords(s.decl),
          messageId: 'oneSide',
          data: { subnet, partner },
          related: [{ ...subnetAnchor(s, partnerServer), message: `no subnet ${subnet} on ${partner}` }],
        });
      }
    }
  },
});
