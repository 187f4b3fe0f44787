// A failover peer without a role (or with both), or a secondary that sets mclt.
import { excerpt, type AnyStatement } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, POOL_FO, SECONDARY_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';
import { removeStatementFix } from './support/fixes.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-role',
    category: 'failover',
    defaultSeverity: 'warning',
    description: 'A failover peer without `primary;` or `secondary;`, or with both; or a secondary that sets `mclt`.',
    rationale:
      'Without a role dhcpd silently assumes primary; a secondary that forgot its role then fails with a message ' +
      'about split/hba, and two primaries never agree on a pool. dhcpd accepts mclt on a secondary and ignores it ' +
      "(the secondary takes the primary's), so a value there misleads the reader.",
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    messages: {
      noRole: "Failover peer \"{{peer}}\" states no role; dhcpd assumes primary. Add 'primary;' or 'secondary;'.",
      bothRoles: 'Failover peer "{{peer}}" says both primary and secondary; only the last one counts.',
      mcltOnSecondary: 'mclt on the secondary of "{{peer}}" is ignored (it takes the primary\'s); remove it.',
    },
    examples: {
      incorrect: failoverPeer({ role: 'secondary', timers: false, mclt: 1800 }) + POOL_FO,
      correct: SECONDARY_FO + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          const data = { peer: excerpt(p.name) };
          const primary = p.settings.get('primary');
          const secondary = p.settings.get('secondary');
          if (!primary && !secondary)
            context.report({ file: p.file, span: spanOfWords(p.decl), messageId: 'noRole', data });
          if (primary && secondary) context.report({ ...at(secondary), messageId: 'bothRoles', data });
          const mclt = p.settings.get('mclt');
          if (p.role === 'secondary' && mclt) {
            const fix = removeStatementFix(mclt.file, mclt.node as AnyStatement);
            context.report({ ...at(mclt), messageId: 'mcltOnSecondary', data, fix });
          }
        }
      },
    };
  },
});
