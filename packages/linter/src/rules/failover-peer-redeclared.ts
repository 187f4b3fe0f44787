// One failover peer declared twice in one server: usually both halves of a pair pasted into one file.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers } from './support/failover.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-peer-redeclared',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'The same failover peer declared twice in one server configuration.',
    rationale:
      'dhcpd rejects it with `redeclaration of failover peer`; it usually means both halves of a pair were pasted ' +
      'into one file.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { redeclared: 'Failover peer "{{peer}}" is declared again; a server holds one side of a relationship.' },
    examples: { incorrect: PEER_FO() + PEER_FO() + POOL_FO, correct: PEER_FO() + POOL_FO },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          // allPeers walks these lists, so p's name always has one; the first is the declaration that counts.
          const first = context.facts.peers.get(p.name)?.[0];
          if (!first || first === p) continue;
          context.report({
            file: p.file,
            span: spanOfWords(p.decl),
            messageId: 'redeclared',
            data: { peer: excerpt(p.name) },
            related: [{ file: first.file, span: spanOfWords(first.decl), message: 'first declaration' }],
          });
        }
      },
    };
  },
});
