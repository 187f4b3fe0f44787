// An option definition that reuses a standard option's code with another format.
import { excerpt, optionByCode, parseUserFormat } from '@dhcplint/parser';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'option-code-redefined',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description:
      'An `option NAME code N = …` definition that reuses the code of a standard option in the same space with a ' +
      'different format.',
    rationale:
      'The new name and the standard option then share one code: whichever is set last wins on the wire, and ' +
      'clients decode the value with the wrong format.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      redefined:
        "Code {{code}} in space '{{space}}' is the standard option '{{standard}}' ({{syntax}}); this definition " +
        'gives ' +
        'it another format ({{format}}), so whichever is set last goes out on the wire. Use an unused code (224–254 ' +
        'are for site-local options).',
    },
    examples: { incorrect: 'option my-flag code 1 = boolean;\n', correct: 'option my-proxy code 252 = text;\n' },
  },
  create(context) {
    return {
      statementTypes: ['OptionDefinition'],
      statement(s, _a, file) {
        if (s.type !== 'OptionDefinition' || s.code === undefined) return;
        const std = optionByCode(s.space, s.code);
        if (!std || std.name === s.name) return;
        // Two common idioms are fine: an alias with the same format (`arch code 93 = unsigned
        // integer 16`), and a typed layout for a code whose standard format is opaque bytes (43).
        const mine = parseUserFormat(s.format.map((w) => (w.type === 'String' ? w.raw : w.text)));
        if (std.atoms.join(' ') === 'string' || mine.atoms.join(' ') === std.atoms.join(' ')) return;
        context.report({
          file,
          span: s.codeNode?.span ?? s.span,
          messageId: 'redefined',
          data: {
            code: s.code,
            space: excerpt(s.space),
            standard: excerpt(std.name),
            syntax: std.syntax,
            format: mine.atoms.join(' ') || 'none',
          },
        });
      },
    };
  },
});
