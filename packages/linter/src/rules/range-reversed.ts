// A range written high address first: dhcpd swaps it silently, a reader may not.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'range-reversed',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'A range written high address first.',
    rationale: 'dhcpd swaps the ends silently; the reader of the file may not.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    messages: { reversed: 'Range {{range}} runs backwards; write {{high}} {{low}}.' },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.20 10.0.0.10;', '}'),
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    },
  },
  create(context) {
    return {
      end() {
        for (const r of context.facts.ranges) {
          const { low, high } = r.decl;
          if (r.low <= r.high || !low || !high) continue;
          context.report({
            file: r.file,
            span: r.span,
            messageId: 'reversed',
            data: { range: excerpt(r.text), high: excerpt(high.text), low: excerpt(low.text) },
            fix: { span: { start: low.span.start, end: high.span.end }, text: `${high.text} ${low.text}` },
          });
        }
      },
    };
  },
});
