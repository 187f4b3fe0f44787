// The two servers of a pair name their failover relationship differently: the link never comes up.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { atPeer, bothPeers, PRIMARY, SECONDARY, pairLabels } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-peer-name',
    category: 'pair',
    defaultSeverity: 'error',
    description: 'The two servers of a pair name their failover relationship differently.',
    rationale: 'The partner answers CONNECT with `unknown failover relationship name` and the link never comes up.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      differentNames:
        'Failover peer is "{{name}}" here but "{{partnerName}}" on {{partner}}; both servers must use the same name.',
    },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace(/"fo"/g, '"fo2"'),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const pair = bothPeers(context);
    if (!pair || pair[0].name === pair[1].name) return;
    const [a, b] = pair;
    const partner = pairLabels(context.a, context.b)(context.b);
    context.report({
      file: a.file,
      span: a.decl.nameNode?.span ?? a.span,
      messageId: 'differentNames',
      data: { name: excerpt(a.name), partnerName: excerpt(b.name), partner },
      related: [{ ...atPeer(b), span: b.decl.nameNode?.span ?? b.span, message: `"${excerpt(b.name)}" on ${partner}` }],
    });
  },
});
