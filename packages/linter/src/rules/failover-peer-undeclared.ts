// A pool naming a failover peer that is not declared (or only further down, which dhcpd treats alike).
import { excerpt, type Span } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
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
    /** References met before any declaration of their peer, in walk order. */
    const early: { name: string; file: SourceFile; span: Span }[] = [];
    return {
      statementTypes: ['FailoverPeer', 'FailoverRef'],
      // Only notes: whether the peer is declared further down is known from the facts at end(),
      // so a walk that gathers the facts as it goes can dispatch this rule too.
      statement(s, _a, file) {
        if (s.type === 'FailoverPeer') declared.add(s.name);
        else if (s.type === 'FailoverRef' && !declared.has(s.name))
          early.push({ name: s.name, file, span: s.nameNode?.span ?? s.span });
      },
      end() {
        for (const { name, file, span } of early) {
          const later = context.facts.peers.get(name)?.[0];
          const at = { file, span, data: { peer: excerpt(name) } };
          if (!later) context.report({ ...at, messageId: 'undeclared' });
          else {
            const related = [{ file: later.file, span: spanOfWords(later.decl), message: 'declared here' }];
            context.report({ ...at, messageId: 'declaredLater', related });
          }
        }
      },
    };
  },
});
