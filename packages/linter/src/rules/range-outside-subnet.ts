// A range with addresses outside its subnet: dhcpd stops with no file or line.
import { excerpt } from '@dhcplint/parser';
import { subnetContains } from '../model/facts.js';
import { formatIPv4 } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'range-outside-subnet',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A range whose addresses are not inside the enclosing subnet.',
    rationale: 'dhcpd stops with `bad range, address … not in subnet …` and gives no file or line.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { outside: 'Range {{range}}: {{address}} is not in subnet {{subnet}}.' },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.1.10 10.0.1.20;', '}'),
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    },
  },
  create(context) {
    return {
      end() {
        for (const r of context.facts.ranges) {
          const subnet = r.subnet;
          if (!subnet) continue;
          const bad = [r.low, r.high].find((a) => !subnetContains(subnet, a));
          if (bad === undefined) continue;
          context.report({
            file: r.file,
            span: r.span,
            messageId: 'outside',
            data: { range: excerpt(r.text), address: formatIPv4(bad), subnet: excerpt(subnet.key) },
            related: [{ file: subnet.file, span: spanOfWords(subnet.decl), message: `subnet ${excerpt(subnet.key)}` }],
          });
        }
      },
    };
  },
});
