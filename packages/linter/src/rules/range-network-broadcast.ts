// A range that includes its subnet's network or broadcast address, which cannot be leased.
import { excerpt } from '@dhcplint/parser';
import { broadcastOf, formatIPv4, prefixLength } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'range-network-broadcast',
    category: 'topology',
    defaultSeverity: 'warning',
    description: "A range that includes the subnet's network or broadcast address.",
    rationale: 'Those addresses cannot be leased; dhcpd accepts the range silently.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      network: 'Range {{range}} includes the network address {{address}}.',
      broadcast: 'Range {{range}} includes the broadcast address {{address}}.',
    },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.0 10.0.0.255;', '}'),
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.1 10.0.0.254;', '}'),
    },
  },
  create(context) {
    return {
      end() {
        for (const r of context.facts.ranges) {
          const s = r.subnet;
          const prefix = s && prefixLength(s.mask);
          // /31 and /32 have no network or broadcast address to avoid.
          if (!s || prefix === undefined || prefix >= 31) continue;
          const broadcast = broadcastOf(s.network, s.mask);
          const lo = Math.min(r.low, r.high);
          const hi = Math.max(r.low, r.high);
          const at = { file: r.file, span: r.span };
          if (lo <= s.network && s.network <= hi) {
            context.report({
              ...at,
              messageId: 'network',
              data: { range: excerpt(r.text), address: formatIPv4(s.network) },
            });
          }
          if (lo <= broadcast && broadcast <= hi) {
            context.report({
              ...at,
              messageId: 'broadcast',
              data: { range: excerpt(r.text), address: formatIPv4(broadcast) },
            });
          }
        }
      },
    };
  },
});
