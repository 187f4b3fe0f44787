// `range dynamic-bootp` in a failover pool: the failover protocol cannot share BOOTP leases.
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO, subnetPool } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'failover-dynamic-bootp',
    category: 'failover',
    defaultSeverity: 'error',
    description: '`range dynamic-bootp` in a pool that uses failover.',
    rationale: 'The failover protocol cannot share BOOTP leases; dhcpd refuses with a long lecture.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { dynamicBootp: 'dynamic-bootp ranges are not allowed in a failover pool (peer "{{peer}}").' },
    examples: {
      incorrect: PEER_FO() + subnetPool('    failover peer "fo";', '    range dynamic-bootp 10.0.0.10 10.0.0.99;'),
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const r of context.facts.ranges) {
          const peer = r.pool?.peer;
          if (r.dynamicBootp && peer)
            context.report({ file: r.file, span: r.span, messageId: 'dynamicBootp', data: { peer } });
        }
      },
    };
  },
});
