// A failover peer no pool refers to: dhcpd's sanity check refuses to start, without a line.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers } from './support/failover.js';

export default defineRule({
  meta: {
    id: 'failover-peer-unused',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'A failover peer that no pool refers to.',
    rationale:
      'dhcpd fails its failover sanity check (`has no referring pools`) without a line number; a reference at ' +
      'shared-network level does not count.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      unused: 'No pool refers to failover peer "{{peer}}"; dhcpd refuses to start.',
      onlySharedNetwork:
        'No pool refers to failover peer "{{peer}}": the reference at shared-network level is inherited but does ' +
        'not count; move it into each pool.',
    },
    examples: {
      incorrect: PEER_FO() + conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.99;', '}'),
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          if (context.facts.pools.some((pool) => pool.peerRef && pool.peer === p.name)) continue;
          const shared = context.facts.peerRefs.some((r) => r.name === p.name);
          const span = p.decl.nameNode?.span ?? p.span;
          context.report({
            file: p.file,
            span,
            messageId: shared ? 'onlySharedNetwork' : 'unused',
            data: { peer: excerpt(p.name) },
          });
        }
      },
    };
  },
});
