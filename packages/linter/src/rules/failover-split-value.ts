// split outside 0–256 or hba not 32 bytes: dhcpd refuses both.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';

export default defineRule({
  meta: {
    id: 'failover-split-value',
    category: 'failover',
    defaultSeverity: 'error',
    description: '`split` outside 0–256 or `hba` not 32 bytes; explains the effective share.',
    rationale: 'dhcpd rejects out-of-range values; hba must be exactly 32 bytes.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      split: 'split must be between 0 and 256; {{value}} is not.',
      hba: 'hba must be 32 colon-separated bytes; this one has {{count}}.',
    },
    examples: {
      incorrect: failoverPeer({ role: 'primary', timers: false, split: 300 }) + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          const split = p.settings.get('split');
          if (split && !(Number(split.value) >= 0 && Number(split.value) <= 256)) {
            context.report({ ...at(split), messageId: 'split', data: { value: excerpt(split.value) } });
          }
          const hba = p.settings.get('hba');
          const count = hba ? hba.value.split(':').length : 32;
          if (hba && count !== 32) context.report({ ...at(hba), messageId: 'hba', data: { count } });
        }
      },
    };
  },
});
