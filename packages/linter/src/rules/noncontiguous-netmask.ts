// A netmask whose one-bits are not contiguous: dhcpd accepts it, no real network has one.
import { excerpt } from '@dhcplint/parser';
import { prefixLength } from '../net/ipv4.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'noncontiguous-netmask',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'A netmask whose one-bits are not contiguous (255.0.255.0).',
    rationale: 'dhcpd accepts it silently; no real network has such a mask, so it is a typo.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { noncontiguous: 'Netmask {{netmask}} is not contiguous.' },
    examples: {
      incorrect: 'subnet 10.0.0.0 netmask 255.0.255.0 { }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n',
    },
  },
  create(context) {
    return {
      end() {
        for (const s of context.facts.subnets) {
          const netmask = s.decl.netmask;
          if (!netmask || prefixLength(s.mask) !== undefined) continue;
          const data = { netmask: excerpt(netmask.text) };
          context.report({ file: s.file, span: netmask.span, messageId: 'noncontiguous', data });
        }
      },
    };
  },
});
