// Each server's `address` must be the other's `peer address`.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { atPeer, peerSides, PRIMARY, SECONDARY } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-addresses',
    category: 'pair',
    defaultSeverity: 'error',
    description: "Each server's `address` must be the other's `peer address`.",
    rationale:
      'The listener only accepts connections from its configured peer address: `failover: listener: no matching ' +
      'state`.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      mismatch: 'peer address {{peerAddress}} here, but the partner ({{partner}}) listens on address {{address}}.',
    },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace(
        'address 10.0.0.2;\n  peer address 10.0.0.1;',
        'address 10.0.0.3;\n  peer address 10.0.0.1;',
      ),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    for (const [p, q, partner] of peerSides(context)) {
      const peerAddress = p.settings.get('peer address');
      const address = q.settings.get('address');
      if (!peerAddress || !address || peerAddress.value === address.value) continue;
      context.report({
        ...atPeer(p, peerAddress),
        messageId: 'mismatch',
        data: { peerAddress: excerpt(peerAddress.value), partner, address: excerpt(address.value) },
        related: [{ ...atPeer(q, address), message: `address ${excerpt(address.value)} on ${partner}` }],
      });
    }
  },
});
