// Missing failover timers, or load balancing turned off.
import { excerpt, failoverDefault } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { failoverPeer, PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'failover-timers',
    category: 'failover',
    defaultSeverity: 'warning',
    description:
      'Missing `max-response-delay` / `max-unacked-updates`, or load balancing disabled (`load balance max seconds` ' +
      'absent or 0).',
    rationale:
      'The man page requires the timers (dhcpd falls back to 20 s and 100); with `load balance max seconds 0` both ' +
      'servers answer every DISCOVER.',
    dhcpd: 'warns',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      missingTimer:
        'Failover peer "{{peer}}" does not set {{timer}} (dhcpd.conf(5) requires it; dhcpd falls back to {{default}}).',
      loadBalanceOff:
        'Load balancing is off for "{{peer}}" (load balance max seconds is {{value}}); 3 to 5 is recommended on both ' +
        'servers.',
    },
    examples: {
      incorrect: failoverPeer({ role: 'primary', timers: false }) + POOL_FO,
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          const declaration = { file: p.file, span: spanOfWords(p.decl) };
          const peer = excerpt(p.name);
          for (const timer of ['max-response-delay', 'max-unacked-updates']) {
            if (p.settings.has(timer)) continue;
            const data = { peer, timer, default: String(failoverDefault(timer)) };
            context.report({ ...declaration, messageId: 'missingTimer', data });
          }
          const lb = p.settings.get('load balance max seconds');
          if (lb && lb.value !== '0') continue;
          context.report({
            ...(lb ? at(lb) : declaration),
            messageId: 'loadBalanceOff',
            data: { peer, value: lb ? '0' : 'not set' },
          });
        }
      },
    };
  },
});
