// Statements dhcpd 4.4 no longer supports.
import { excerpt, statementSpec } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'deprecated-statement',
    perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'Statements dhcpd 4.4 no longer supports, such as `ddns-update-style ad-hoc`.',
    rationale:
      '`ddns-update-style ad-hoc` stops dhcpd without a location (`ddns-update-style ad_hoc no longer supported`).',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      adHoc: "'ddns-update-style ad-hoc' is no longer supported; use 'standard', 'interim' or 'none'.",
      unsupported: "'{{name}}' is not supported by dhcpd 4.4: {{reason}}.",
    },
    examples: { incorrect: 'ddns-update-style ad-hoc;\n', correct: 'ddns-update-style none;\n' },
  },
  create(context) {
    return {
      statementTypes: ['Parameter'],
      statement(s, _a, file) {
        if (s.type !== 'Parameter') return;
        const style = s.args[0];
        if (
          s.name === 'ddns-update-style' &&
          style?.type === 'Word' &&
          ['ad-hoc', 'ad_hoc'].includes(style.text.toLowerCase())
        ) {
          context.report({ file, span: style.span, messageId: 'adHoc' });
        }
        const spec = statementSpec(s.name);
        if (spec?.deprecated && s.known) {
          context.report({
            file,
            span: spanOfWords(s),
            messageId: 'unsupported',
            data: { name: excerpt(s.name), reason: spec.deprecated },
          });
        }
      },
    };
  },
});
