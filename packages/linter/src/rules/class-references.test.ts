import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './class-references.js';

ruleTester(rule, {
  valid: [
    conf('class "voip" { match hardware; }', 'subclass "voip" 1:2:3:4:5:6;'),
    {
      name: 'members of a declared class in a pool',
      code: conf(
        'class "staff" { match if option user-class = "staff"; }',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    allow members of "staff";',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '}',
      ),
    },
    {
      name: 'match if and a spawn',
      code: conf('class "c" {', '  match if exists agent.circuit-id;', '  spawn with option agent.circuit-id;', '}'),
    },
  ],
  invalid: [
    {
      code: conf('subclass "voip" 1:2:3:4:5:6;'),
      errors: [
        { messageId: 'subclassOfUnknown', data: { class: 'voip' }, line: 1, column: 10, endLine: 1, endColumn: 16 },
      ],
    },
    {
      name: 'declared after the subclass',
      code: conf('subclass "voip" 1:2:3:4:5:6;', 'class "voip" { match hardware; }'),
      errors: [
        { messageId: 'subclassOfUnknown', data: { class: 'voip' }, line: 1, column: 10, endLine: 1, endColumn: 16 },
      ],
    },
    {
      name: 'members of an undeclared class',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    deny members of "guests"; # typo?',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '}',
      ),
      errors: [
        { messageId: 'membersOfUnknown', data: { class: 'guests' }, line: 3, column: 21, endLine: 3, endColumn: 29 },
      ],
    },
    {
      name: 'two match if',
      code: conf('class "c" {', '  match if option user-class = "a";', '  match if option user-class = "b";', '}'),
      errors: [{ messageId: 'twoMatchIf', data: { class: 'c' }, line: 3, column: 3, endLine: 3, endColumn: 36 }],
    },
  ],
});
