// A failover peer without `peer address`: dhcpd refuses it.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers } from './support/failover.js';

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
      incorrect:
        conf('failover peer "fo" {', '  primary;', '  address 10.0.0.1;', '  mclt 1800;', '  split 128;', '}') +
        POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          if (p.settings.has('peer address')) continue;
          const span = p.decl.body.close ?? p.decl.words[0]!.span;
          context.report({ file: p.file, span, messageId: 'noPeerAddress', data: { peer: excerpt(p.name) } });
        }
      },
    };
  },
});
