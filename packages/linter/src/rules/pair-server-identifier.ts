// Both servers of a pair set the same explicit server-identifier.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY, pairLabels } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-server-identifier',
    category: 'pair',
    defaultSeverity: 'error',
    description: 'Both servers set the same explicit server-identifier.',
    rationale:
      'Each server must identify itself with its own address; a copied value makes both claim the same identity.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      same:
        'server-identifier {{value}} here and {{partnerValue}} on {{partner}}: the same on both servers; each must ' +
        'use its own address.',
    },
    examples: {
      incorrect: PRIMARY + 'server-identifier 10.0.0.1;\n',
      partner: SECONDARY + 'server-identifier 10.0.0.1;\n',
      correct: PRIMARY + 'server-identifier 10.0.0.1;\n',
      partnerCorrect: SECONDARY + 'server-identifier 10.0.0.2;\n',
    },
  },
  check(context) {
    const a = context.a.globals.get('server-identifier');
    const b = context.b.globals.get('server-identifier');
    if (!a || !b || a.value !== b.value) return;
    const partner = pairLabels(context.a, context.b)(context.b);
    context.report({
      file: a.file,
      span: a.span,
      messageId: 'same',
      data: { value: excerpt(a.value), partnerValue: excerpt(b.value), partner },
      related: [{ file: b.file, span: b.span, message: `server-identifier ${excerpt(b.value)} on ${partner}` }],
    });
  },
});
