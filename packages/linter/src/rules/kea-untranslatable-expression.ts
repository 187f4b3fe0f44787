// Kea readiness: class matches, subclass keys and option values that Kea's expression language
// cannot say (the migration reports such classes as not converted).
import type { Expression } from '@dhcplint/parser';
import { translateCondition, translateExpression } from '../kea/expressions.js';
import { OptionCatalog } from '../kea/options.js';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'kea-untranslatable-expression',
    category: 'classes',
    defaultSeverity: 'warning',
    description:
      "Kea readiness: a class `match`, a subclass key or an option value expression that has no equivalent in Kea's " +
      'expression language.',
    rationale:
      'Kea classifies clients with its own `test` language; dhcpd functions such as binary-to-ascii (which drops ' +
      'leading zeros), pick-first-value, variables set with `set`, or arithmetic have no faithful translation. The ' +
      'migration reports such classes as not converted; rewriting the match with substring/option/exists/hardware ' +
      'comparisons lets it carry over.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    messages: {
      noEquivalent: "This '{{form}}' has no Kea equivalent: {{reason}}.",
      computedOption:
        'This option value is computed per client; Kea option values are constants (a class per case with ' +
        'option-data is the nearest form).',
    },
    examples: {
      incorrect: conf(
        'class "phones" {',
        '  match if binary-to-ascii(16, 8, ":", substring(hardware, 1, 3)) = "0:4:f2";',
        '}',
      ),
      correct: conf('class "phones" {', '  match if substring(hardware, 1, 3) = 00:04:f2;', '}'),
    },
  },
  create(context) {
    // Options the config defines itself are known to the translation from their definition on.
    const catalog = new OptionCatalog();
    const check = (e: Expression, form: string, file: SourceFile) => {
      const r = form === 'match if' ? translateCondition(e, catalog) : translateExpression(e, catalog);
      if ('error' in r)
        context.report({ file, span: e.span, messageId: 'noEquivalent', data: { form, reason: r.error } });
    };
    return {
      statementTypes: ['OptionDefinition', 'Match', 'Option'],
      statement(s, _ancestors, file) {
        if (s.type === 'OptionDefinition') catalog.define(s);
        else if (s.type === 'Match' && s.form !== 'spawn with' && s.expression) check(s.expression, s.form, file);
        else if (s.type === 'Option' && s.expression)
          context.report({ file, span: s.expression.span, messageId: 'computedOption' });
      },
    };
  },
});
