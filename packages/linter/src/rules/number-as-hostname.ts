// A bare number where an address belongs: dhcpd takes it for a host name and resolves it at start.
import { checkOptionValues, checkParameterArgs, contextOf, optionSpec, statementSpec } from '@dhcplint/parser';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'number-as-hostname',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: 'A bare number where an IPv4 address belongs, e.g. `option subnet-mask 24;`.',
    rationale: 'dhcpd silently takes the number for a host name and tries to resolve it when it starts.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    // The parser's value checks word the problem (their `strict` findings are this rule's).
    messages: { numberAsName: '{{problem}}' },
    examples: { incorrect: 'option subnet-mask 24;\n', correct: 'option subnet-mask 255.255.255.0;\n' },
  },
  create(context) {
    return {
      statementTypes: ['Option', 'Parameter'],
      statement(s, ancestors, file) {
        let problems: ReturnType<typeof checkOptionValues> = [];
        if (s.type === 'Option' && !s.expression) {
          const spec = optionSpec(s.space, s.name);
          if (spec) problems = checkOptionValues(spec, s.values, s.name);
        } else if (s.type === 'Parameter' && s.known && !s.expression) {
          const spec = statementSpec(s.name, contextOf(ancestors[ancestors.length - 1]));
          if (spec) problems = checkParameterArgs(spec, s.args);
        }
        for (const p of problems) {
          if (p.strict)
            context.report({
              file,
              span: p.value?.span ?? s.span,
              messageId: 'numberAsName',
              data: { problem: p.message },
            });
        }
      },
    };
  },
});
