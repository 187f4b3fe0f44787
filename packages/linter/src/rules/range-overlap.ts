// Two ranges sharing addresses: dhcpd prints one line per shared address, this names the two ranges.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { overlapsOnce } from './support/overlaps.js';

export default defineRule({
  meta: {
    id: 'range-overlap',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'Two ranges that share addresses.',
    rationale:
      'dhcpd rejects it with one `lease … is declared twice!` line per shared address; the linter names the two ' +
      'ranges once.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { overlap: 'Range {{range}} overlaps range {{other}}.' },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.50;',
        '  range 10.0.0.40 10.0.0.90;',
        '}',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.50;',
        '  range 10.0.0.51 10.0.0.90;',
        '}',
      ),
    },
  },
  create(context) {
    return {
      end() {
        const list = context.facts.ranges.map((r) => ({
          low: Math.min(r.low, r.high),
          high: Math.max(r.low, r.high),
          item: r,
        }));
        for (const [{ item: first }, { item: range }] of overlapsOnce(list)) {
          context.report({
            file: range.file,
            span: range.span,
            messageId: 'overlap',
            data: { range: excerpt(range.text), other: excerpt(first.text) },
            related: [{ file: first.file, span: first.span, message: `range ${excerpt(first.text)}` }],
          });
        }
      },
    };
  },
});
