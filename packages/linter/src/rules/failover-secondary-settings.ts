// split or hba on a secondary: dhcpd refuses load balance settings there.
import { excerpt, type AnyStatement } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, POOL_FO, SECONDARY_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';
import { removeStatementFix } from './support/fixes.js';

export default defineRule({
  meta: {
    id: 'failover-secondary-settings',
    category: 'failover',
    defaultSeverity: 'error',
    description: '`split` or `hba` on a secondary.',
    rationale:
      'dhcpd rejects split/hba on a secondary (`secondary may not define load balance settings`). mclt there is ' +
      'accepted and ignored, so it is not reported.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    messages: {
      primaryOnly: '{{statement}} belongs on the primary only; dhcpd rejects it on the secondary of "{{peer}}".',
    },
    examples: {
      incorrect: failoverPeer({ role: 'secondary', timers: false, split: 128 }) + POOL_FO,
      correct: SECONDARY_FO + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          if (p.role !== 'secondary') continue;
          for (const statement of ['split', 'hba']) {
            const st = p.settings.get(statement);
            if (!st) continue;
            context.report({
              ...at(st),
              messageId: 'primaryOnly',
              data: { statement, peer: excerpt(p.name) },
              fix: removeStatementFix(st.file, st.node as AnyStatement),
            });
          }
        }
      },
    };
  },
});
