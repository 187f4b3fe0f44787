// A failover port that dhcpd itself uses (DHCP, OMAPI) or that is no port at all.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';

export default defineRule({
  meta: {
    id: 'failover-port-conflict',
    category: 'failover',
    defaultSeverity: 'error',
    description: 'A failover `port` or `peer port` that is the DHCP port (67/68), the OMAPI port, or outside 1–65535.',
    rationale:
      'The failover listener cannot bind a port dhcpd itself uses; the partner then connects to the wrong service.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      notAPort: '{{statement}} {{value}} is not a port number; failover normally uses 647 (519 for older setups).',
      dhcpPort: '{{statement}} {{value}} is a DHCP port; failover normally uses 647 (519 for older setups).',
      omapiPort: '{{statement}} {{value}} is the OMAPI port; failover normally uses 647 (519 for older setups).',
    },
    examples: { incorrect: PEER_FO('  port 67;') + POOL_FO, correct: PEER_FO('  port 647;') + POOL_FO },
  },
  create(context) {
    return {
      end() {
        const omapi = context.facts.globals.get('omapi-port')?.value;
        for (const p of allPeers(context)) {
          for (const statement of ['port', 'peer port']) {
            const s = p.settings.get(statement);
            if (!s) continue;
            const n = Number(s.value);
            const messageId =
              !Number.isInteger(n) || n < 1 || n > 65535
                ? 'notAPort'
                : n === 67 || n === 68
                  ? 'dhcpPort'
                  : s.value === omapi
                    ? 'omapiPort'
                    : undefined;
            if (messageId) context.report({ ...at(s), messageId, data: { statement, value: excerpt(s.value) } });
          }
        }
      },
    };
  },
});
