// option subnet-mask / broadcast-address in a subnet that contradict the subnet declaration.
import { excerpt } from '@dhcplint/parser';
import { broadcastOf, formatIPv4, prefixLength } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'subnet-options-mismatch',
    category: 'topology',
    defaultSeverity: 'error',
    fixable: true,
    description:
      '`option subnet-mask` or `option broadcast-address` in a subnet that contradicts the subnet declaration.',
    rationale:
      'dhcpd sends what is written; clients then compute the wrong network or broadcast address and lose ' +
      'connectivity to part of their own subnet.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      subnetMask: 'subnet mask {{value}} contradicts subnet {{subnet}}, whose subnet mask is {{expected}}.',
      broadcastAddress:
        'broadcast address {{value}} contradicts subnet {{subnet}}, whose broadcast address is {{expected}}.',
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  option subnet-mask 255.255.0.0;',
        '  option broadcast-address 10.0.255.255;',
        '}',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  option subnet-mask 255.255.255.0;',
        '  option broadcast-address 10.0.0.255;',
        '}',
      ),
    },
  },
  create(context) {
    return {
      end() {
        for (const sub of context.facts.subnets) {
          if (prefixLength(sub.mask) === undefined) continue;
          const check = (key: string, expected: number, messageId: 'subnetMask' | 'broadcastAddress') => {
            const setting = sub.settings.get(key);
            const node = setting?.node;
            const value = node?.type === 'Option' ? node.values[0] : undefined;
            if (!setting || value?.type !== 'Word' || value.literal.kind !== 'ipv4' || value.literal.value === expected)
              return;
            // The limited broadcast is a deliberate choice.
            if (messageId === 'broadcastAddress' && value.literal.value === 0xffffffff) return;
            context.report({
              file: setting.file,
              span: value.span,
              messageId,
              data: { value: excerpt(value.text), subnet: excerpt(sub.key), expected: formatIPv4(expected) },
              fix: { span: value.span, text: formatIPv4(expected) },
            });
          };
          check('option subnet-mask', sub.mask, 'subnetMask');
          check('option broadcast-address', broadcastOf(sub.network, sub.mask), 'broadcastAddress');
        }
      },
    };
  },
});
