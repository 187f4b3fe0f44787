import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './kea-untranslatable-expression.js';

ruleTester(rule, {
  valid: [
    rule.meta.examples.correct,
    {
      name: 'an option comparison and known',
      code: conf('class "a" {', '  match if option vendor-class-identifier = "PXEClient" and not known;', '}'),
    },
    {
      name: 'a subclass key on an option',
      code: conf('class "a" {', '  match option vendor-class-identifier;', '}', 'subclass "a" "PXEClient";'),
    },
  ],
  invalid: [
    {
      code: rule.meta.examples.incorrect,
      errors: [{ messageId: 'noEquivalent', line: 2, column: 12, endLine: 2, endColumn: 77 }],
    },
    {
      name: 'pick-first-value in a match if',
      code: conf('class "a" {', '  match if pick-first-value(option host-name, "x") = "x";', '}'),
      errors: [
        {
          messageId: 'noEquivalent',
          data: { form: 'match if', reason: 'pick-first-value() has no Kea equivalent' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'a subclass key Kea cannot compute',
      code: conf('class "a" {', '  match pick-first-value(option dhcp-client-identifier, hardware);', '}'),
      errors: [
        {
          messageId: 'noEquivalent',
          data: { form: 'match', reason: 'pick-first-value() has no Kea equivalent' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'an option value computed per client',
      code: conf('option domain-name = concat("a", ".example.org");'),
      errors: [{ messageId: 'computedOption', line: 1, column: 22, endLine: 1, endColumn: 49 }],
    },
  ],
});
