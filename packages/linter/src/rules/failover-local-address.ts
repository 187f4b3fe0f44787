// A failover peer without `address`, or whose address equals its peer address.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-local-address',
    category: 'failover',
    defaultSeverity: 'warning',
    description: 'A failover peer without `address`, or whose `address` equals its `peer address`.',
    rationale:
      'dhcpd accepts both; without `address` it listens on an address it guesses (or finds none at start-up), and a ' +
      'peer whose two addresses are equal can never connect, so the pair never leaves communications-interrupted.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      noAddress: 'Failover peer "{{peer}}" has no \'address\'; dhcpd needs to know which local address to listen on.',
      sameAddress: "'address' and 'peer address' of \"{{peer}}\" are both {{address}}.",
    },
    examples: {
      incorrect: failoverPeer({ role: 'primary', address: false }) + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          const address = p.settings.get('address');
          const peer = p.settings.get('peer address');
          const data = { peer: excerpt(p.name) };
          if (!address) context.report({ file: p.file, span: spanOfWords(p.decl), messageId: 'noAddress', data });
          if (address && peer && address.value === peer.value) {
            context.report({
              ...at(peer),
              messageId: 'sameAddress',
              data: { ...data, address: excerpt(address.value) },
            });
          }
        }
      },
    };
  },
});
