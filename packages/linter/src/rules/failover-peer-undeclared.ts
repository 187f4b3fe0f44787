// A pool naming a failover peer that is not declared (or only further down, which dhcpd treats alike).
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-peer-undeclared',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'A pool refers to a failover peer that is not declared (or only declared further down).',
    rationale:
      'dhcpd reads the file once, top to bottom: a reference before the declaration fails like a missing one, ' +
      'with `failover peer NAME: not found`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      undeclared: 'Failover peer "{{peer}}" is not declared.',
      declaredLater:
        'Failover peer "{{peer}}" is used before it is declared; dhcpd reads the file in order, so move the ' +
        'declaration above this pool.',
    },
    examples: { incorrect: POOL_FO, correct: PEER_FO() + POOL_FO },
  },
  create(context) {
    const declared = new Set<string>();
    return {
      statementTypes: ['FailoverPeer', 'FailoverRef'],
      statement(s, _a, file) {
        if (s.type === 'FailoverPeer') declared.add(s.name);
        if (s.type !== 'FailoverRef' || declared.has(s.name)) return;
        const later = context.facts.peers.get(s.name)?.[0];
        const at = { file, span: s.nameNode?.span ?? s.span, data: { peer: excerpt(s.name) } };
        if (!later) context.report({ ...at, messageId: 'undeclared' });
        else {
          const related = [{ file: later.file, span: spanOfWords(later.decl), message: 'declared here' }];
          context.report({ ...at, messageId: 'declaredLater', related });
        }
      },
    };
  },
});
