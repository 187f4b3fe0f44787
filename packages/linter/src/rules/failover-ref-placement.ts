// `failover peer "x";` directly in a subnet, or unquoted in a pool: dhcpd refuses both.
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO, subnetPool } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'failover-ref-placement',
    perStatement: true,
    category: 'failover',
    defaultSeverity: 'error',
    description: '`failover peer "x";` directly in a subnet, or unquoted in a pool.',
    rationale:
      'In a subnet dhcpd rejects it with a misleading message about definitions; unquoted in a pool it says ' +
      '`expecting string.`.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    messages: {
      inSubnet: 'A failover peer reference belongs in a pool (or a shared-network), not directly in a subnet.',
      unquoted: 'Quote the peer name in a pool reference.',
    },
    examples: {
      incorrect: PEER_FO() + subnetPool('    failover peer fo;', '    range 10.0.0.10 10.0.0.99;'),
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      statementTypes: ['FailoverRef'],
      statement(s, ancestors, file) {
        if (s.type !== 'FailoverRef') return;
        if (ancestors[ancestors.length - 1]?.type === 'Subnet')
          context.report({ file, span: s.span, messageId: 'inSubnet' });
        else if (s.nameNode?.type === 'Word') {
          const span = s.nameNode.span;
          context.report({ file, span, messageId: 'unquoted', fix: { span, text: `"${s.nameNode.text}"` } });
        }
      },
    };
  },
});
