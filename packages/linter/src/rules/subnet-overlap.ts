// Overlapping or identical subnet declarations: dhcpd only warns and picks one per request.
import { excerpt } from '@dhcplint/parser';
import { broadcastOf, prefixLength } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { overlapsOnce } from './support/overlaps.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'subnet-overlap',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'Two subnet declarations that overlap or are identical.',
    rationale: 'dhcpd only warns and picks one of them per request.',
    dhcpd: 'warns',
    recommended: true,
    messages: {
      declaredTwice: 'Subnet {{subnet}} is declared twice.',
      overlap: 'Subnet {{subnet}} overlaps subnet {{other}}.',
    },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.0.0 { }', 'subnet 10.0.5.0 netmask 255.255.255.0 { }'),
      correct: conf('subnet 10.1.0.0 netmask 255.255.0.0 { }', 'subnet 10.0.5.0 netmask 255.255.255.0 { }'),
    },
  },
  create(context) {
    return {
      end() {
        const list = context.facts.subnets
          .filter((s) => prefixLength(s.mask) !== undefined)
          .map((s) => ({ low: s.network, high: broadcastOf(s.network, s.mask), item: s }));
        for (const [a, b] of overlapsOnce(list)) {
          const same = a.low === b.low && a.high === b.high;
          context.report({
            file: b.item.file,
            span: spanOfWords(b.item.decl),
            ...(same
              ? { messageId: 'declaredTwice', data: { subnet: excerpt(b.item.key) } }
              : { messageId: 'overlap', data: { subnet: excerpt(b.item.key), other: excerpt(a.item.key) } }),
            related: [{ file: a.item.file, span: spanOfWords(a.item.decl), message: `subnet ${excerpt(a.item.key)}` }],
          });
        }
      },
    };
  },
});
