// A subnet number with host bits set for its netmask: dhcpd's `bad subnet number/mask combination`.
import { excerpt } from '@dhcplint/parser';
import { formatIPv4 } from '../net/ipv4.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'subnet-host-bits',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A subnet number with host bits set for its netmask (`subnet 10.0.0.5 netmask 255.255.255.0`).',
    rationale: 'dhcpd rejects it: `bad subnet number/mask combination`.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    messages: { hostBits: '{{subnet}} has host bits set for netmask {{netmask}}; the network is {{network}}.' },
    examples: {
      incorrect: 'subnet 10.0.0.5 netmask 255.255.255.0 { }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n',
    },
  },
  create(context) {
    return {
      end() {
        for (const s of context.facts.subnets) {
          const { network: written, netmask } = s.decl;
          if (!written || !netmask || (s.network & s.mask) >>> 0 === s.network) continue;
          const network = formatIPv4((s.network & s.mask) >>> 0);
          const span = written.span;
          const data = { subnet: excerpt(written.text), netmask: excerpt(netmask.text), network };
          context.report({ file: s.file, span, messageId: 'hostBits', data, fix: { span, text: network } });
        }
      },
    };
  },
});
