// Ranges outside failover pools on a network that has failover pools: both servers would lease them.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'failover-mixed-pools',
    category: 'failover',
    defaultSeverity: 'warning',
    description: 'Ranges outside any failover pool in a subnet that also has failover pools.',
    rationale: 'The man page forbids mixing; both servers would hand out the unprotected addresses independently.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      unprotected:
        'Range {{range}} is not failover-protected but shares its network with failover pools; put it in a failover ' +
        'pool.',
    },
    examples: {
      incorrect:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  range 10.0.0.100 10.0.0.120;',
          '  pool {',
          '    failover peer "fo";',
          '    range 10.0.0.10 10.0.0.99;',
          '  }',
          '}',
        ),
      correct: PEER_FO() + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        const protectedSubnets = new Set<unknown>();
        const protectedSharedNetworks = new Set<string>();
        for (const p of context.facts.pools) {
          if (!p.peer || !p.subnet) continue;
          protectedSubnets.add(p.subnet);
          if (p.subnet.sharedNetwork) protectedSharedNetworks.add(p.subnet.sharedNetwork);
        }
        for (const r of context.facts.ranges) {
          const sub = r.subnet;
          if (r.pool?.peer || !sub) continue;
          if (!protectedSubnets.has(sub) && !(sub.sharedNetwork && protectedSharedNetworks.has(sub.sharedNetwork)))
            continue;
          context.report({ file: r.file, span: r.span, messageId: 'unprotected', data: { range: excerpt(r.text) } });
        }
      },
    };
  },
});
