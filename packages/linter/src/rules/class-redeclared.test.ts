import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './class-redeclared.js';

ruleTester(rule, {
  valid: [
    conf(
      'class "voip" { match if option user-class = "phone"; }',
      'class "ata" { match if option user-class = "ata"; }',
    ),
    {
      name: 'a subclass of a class is no redeclaration',
      code: conf('class "voip" { match hardware; }', 'subclass "voip" 1:2:3:4:5:6;'),
    },
  ],
  invalid: [
    {
      code: conf(
        'class "voip" { match if option user-class = "phone"; }',
        'class "voip" { match if option user-class = "ata"; }',
      ),
      errors: [{ messageId: 'declaredTwice', data: { class: 'voip' }, line: 2, column: 7, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'three times',
      code: conf('class "c" { }', 'class "c" { }', 'class "c" { }'),
      errors: [
        { messageId: 'declaredTwice', data: { class: 'c' }, line: 2, column: 7, endLine: 2, endColumn: 10 },
        { messageId: 'declaredTwice', data: { class: 'c' }, line: 3, column: 7, endLine: 3, endColumn: 10 },
      ],
    },
    {
      name: 'inside a group the second time',
      code: conf('class "c" { match hardware; }', 'group {', '  class "c" { match hardware; } # again', '}'),
      errors: [{ messageId: 'declaredTwice', data: { class: 'c' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
});
