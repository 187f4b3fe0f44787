// A pool with no range: dhcpd requires at least one.
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'pool-without-range',
    perStatement: true,
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A pool with no range statement.',
    rationale: 'dhcpd rejects it: every pool must contain at least one range.',
    dhcpd: 'rejects',
    recommended: true,
    messages: { noRange: 'This pool has no range; dhcpd requires at least one.' },
    examples: {
      incorrect: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool { deny unknown-clients; }', '}'),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool { deny unknown-clients; range 10.0.0.5 10.0.0.9; }',
        '}',
      ),
    },
  },
  create(context) {
    return {
      statementTypes: ['Pool'],
      statement(s, _a, file) {
        if (s.type !== 'Pool' || s.v6) return;
        // An include may hold the range.
        if (s.body.body.some((c) => c.type === 'Range' || c.type === 'Include')) return;
        context.report({ file, span: spanOfWords(s), messageId: 'noRange' });
      },
    };
  },
});
