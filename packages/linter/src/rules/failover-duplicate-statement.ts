// A statement repeated inside a failover peer block: dhcpd prints an internal error and carries on.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import { removeStatementFix } from './support/fixes.js';

export default defineRule({
  meta: {
    id: 'failover-duplicate-statement',
    perStatement: true,
    category: 'failover',
    defaultSeverity: 'warning',
    description: 'A statement repeated inside a failover peer block.',
    rationale: 'dhcpd prints an internal error (`confpars.c: non-null pointer`) and carries on.',
    dhcpd: 'warns',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    messages: { repeated: '\'{{statement}}\' is repeated in failover peer "{{peer}}".' },
    examples: {
      incorrect: PEER_FO('  address 10.0.0.3;') + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      statementTypes: ['FailoverPeer'],
      statement(s, _a, file) {
        if (s.type !== 'FailoverPeer') return;
        const seen = new Set<string>();
        for (const c of s.body.body) {
          if (c.type !== 'Parameter') continue;
          if (seen.has(c.name)) {
            const data = { statement: excerpt(c.name), peer: excerpt(s.name) };
            context.report({ file, span: c.span, messageId: 'repeated', data, fix: removeStatementFix(file, c) });
          }
          seen.add(c.name);
        }
      },
    };
  },
});
