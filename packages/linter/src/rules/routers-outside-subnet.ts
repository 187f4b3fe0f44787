// Routers, broadcast address or subnet mask options that do not fit the subnet they are set in.
import { excerpt } from '@dhcplint/parser';
import { subnetContains } from '../model/facts.js';
import { broadcastOf, formatIPv4 } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'routers-outside-subnet',
    category: 'topology',
    defaultSeverity: 'warning',
    description:
      '`option routers` or `option broadcast-address` / `option subnet-mask` that do not fit the subnet they are ' +
      'set in.',
    rationale: 'Clients get a gateway they cannot reach or a wrong mask; dhcpd sends what it is told.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      router: 'Router {{router}} is not in subnet {{subnet}}.',
      broadcast: 'Broadcast address {{address}} does not match subnet {{subnet}} ({{expected}}).',
      subnetMask: "option subnet-mask {{mask}} overrides the subnet's netmask {{netmask}}.",
    },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  option routers 10.0.1.1;', '}'),
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  option routers 10.0.0.1;', '}'),
    },
  },
  create(context) {
    return {
      end() {
        for (const s of context.facts.subnets) {
          const subnet = excerpt(s.key);
          const routers = s.settings.get('option routers');
          if (routers && routers.node.type === 'Option') {
            for (const v of routers.node.values) {
              if (v.type !== 'Word' || v.literal.kind !== 'ipv4' || subnetContains(s, v.literal.value)) continue;
              context.report({
                file: routers.file,
                span: v.span,
                messageId: 'router',
                data: { router: excerpt(v.text), subnet },
              });
            }
          }
          const broadcast = broadcastOf(s.network, s.mask);
          const bc = s.settings.get('option broadcast-address');
          const bcv = bc?.node.type === 'Option' ? bc.node.values[0] : undefined;
          if (bc && bcv?.type === 'Word' && bcv.literal.kind === 'ipv4' && bcv.literal.value !== broadcast) {
            const data = { address: excerpt(bcv.text), subnet, expected: formatIPv4(broadcast) };
            context.report({ file: bc.file, span: bcv.span, messageId: 'broadcast', data });
          }
          const sm = s.settings.get('option subnet-mask');
          const smv = sm?.node.type === 'Option' ? sm.node.values[0] : undefined;
          if (sm && smv?.type === 'Word' && smv.literal.kind === 'ipv4' && smv.literal.value !== s.mask) {
            const data = { mask: excerpt(smv.text), netmask: formatIPv4(s.mask) };
            context.report({ file: sm.file, span: smv.span, messageId: 'subnetMask', data });
          }
        }
      },
    };
  },
});
