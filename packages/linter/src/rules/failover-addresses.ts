// A failover peer without `peer address`: dhcpd refuses it.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers } from './support/failover.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-addresses',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'A failover peer without `peer address`.',
    rationale: 'dhcpd rejects it at the end of the peer block: `peer address may not be omitted`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { noPeerAddress: 'Failover peer "{{peer}}" has no \'peer address\'.' },
    examples: {
      incorrect: failoverPeer({ role: 'primary', peerAddress: false, timers: false }) + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          if (p.settings.has('peer address')) continue;
          const span = p.decl.body.close ?? spanOfWords(p.decl);
          context.report({ file: p.file, span, messageId: 'noPeerAddress', data: { peer: excerpt(p.name) } });
        }
      },
    };
  },
});
