// A primary without a non-zero mclt or without split/hba: dhcpd refuses it at the peer block's end.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at, roleOf } from './support/failover.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-primary-settings',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'A primary without a non-zero `mclt`, or without `split`/`hba`.',
    rationale:
      'dhcpd rejects a primary missing mclt or split/hba (one at a time, at the end of the peer block). Split ' +
      'together with hba is accepted by dhcpd; failover-balance-settings warns about it.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      mclt: 'The primary of "{{peer}}" needs a non-zero mclt (e.g. \'mclt 1800;\').',
      split: "The primary of \"{{peer}}\" needs 'split' (e.g. 'split 128;' for 50/50) or 'hba'.",
    },
    examples: {
      incorrect: failoverPeer({ role: 'primary', mclt: false, split: false }) + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          if (roleOf(p) !== 'primary') continue;
          // dhcpd notices both at the peer block's closing brace.
          const blockEnd = { file: p.file, span: p.decl.body.close ?? spanOfWords(p.decl) };
          const data = { peer: excerpt(p.name) };
          const mclt = p.settings.get('mclt');
          if (!mclt || mclt.value === '0') context.report({ ...(mclt ? at(mclt) : blockEnd), messageId: 'mclt', data });
          if (!p.settings.has('split') && !p.settings.has('hba'))
            context.report({ ...blockEnd, messageId: 'split', data });
        }
      },
    };
  },
});
