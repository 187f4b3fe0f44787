// Both servers primary, or both secondary: the pair never connects properly.
import { excerpt } from '@dhcplint/parser';
import type { PeerFacts } from '../model/facts.js';
import { definePairRule } from './rule.js';
import { atPeer, bothPeers, peerSides, PRIMARY, SECONDARY } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-roles',
    category: 'pair',
    defaultSeverity: 'error',
    description: 'Both servers are primary, or both secondary.',
    rationale:
      'Only the primary opens the connection: two secondaries wait forever (`link startup timeout`), two primaries ' +
      'are outside the protocol.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      sameRole:
        'Both servers are {{role}} for "{{peer}}" ({{role}} here{{hereNote}}, {{partnerRole}} on {{partner}}' +
        '{{partnerNote}}); one must be primary and the other secondary.',
    },
    examples: {
      incorrect: PRIMARY,
      partner: PRIMARY.replace(
        'address 10.0.0.1;\n  peer address 10.0.0.2;',
        'address 10.0.0.2;\n  peer address 10.0.0.1;',
      ),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const pair = bothPeers(context);
    if (!pair) return;
    const [a, b] = pair;
    const roleA = a.role ?? 'primary';
    const roleB = b.role ?? 'primary';
    if (roleA !== roleB) return;
    const note = (x: PeerFacts) => (x.role ? '' : ' (not written: dhcpd assumes primary)');
    for (const [p, q, partner] of peerSides(context)) {
      context.report({
        ...atPeer(p, p.settings.get(roleA)),
        messageId: 'sameRole',
        data: {
          role: roleA,
          peer: excerpt(p.name),
          hereNote: note(p),
          partnerRole: roleB,
          partner,
          partnerNote: note(q),
        },
        related: [{ ...atPeer(q, q.settings.get(roleB)), message: `${roleB} on ${partner}` }],
      });
    }
  },
});
