// Option values that do not match the option's type (standard or defined in the file).
import { checkOptionValues, optionSpec, parseUserFormat } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'option-value-type',
    category: 'values',
    defaultSeverity: 'error',
    description:
      "An option value that does not match the option's type (address, integer range, flag, quoted text, list " +
      'separators).',
    rationale: 'dhcpd rejects such values, sometimes reporting the next line (`semicolon expected.`).',
    dhcpd: 'rejects',
    recommended: true,
    // The parser's value checks word the problem (they also serve hover and the language server).
    messages: { badValue: '{{problem}}' },
    examples: {
      incorrect: conf('option default-ip-ttl 300;', 'option domain-name-servers 10.0.0.1 10.0.0.2;'),
      correct: conf('option default-ip-ttl 64;', 'option domain-name-servers 10.0.0.1, 10.0.0.2;'),
    },
  },
  create(context) {
    const userDefs = new Map<string, ReturnType<typeof parseUserFormat>>();
    return {
      statementTypes: ['OptionDefinition', 'Option'],
      statement(s, _a, file) {
        if (s.type === 'OptionDefinition') {
          const format = s.format.map((w) => (w.type === 'String' ? w.raw : w.text));
          userDefs.set(`${s.space}.${s.name}`, parseUserFormat(format));
        }
        if (s.type !== 'Option' || s.expression) return;
        const spec = userDefs.get(`${s.space}.${s.name}`) ?? optionSpec(s.space, s.name);
        if (!spec) return;
        for (const p of checkOptionValues(spec, s.values, s.name)) {
          if (p.strict) continue;
          context.report({ file, span: p.value?.span ?? s.span, messageId: 'badValue', data: { problem: p.message } });
        }
      },
    };
  },
});
