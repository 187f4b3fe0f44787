import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './class-declaration.js';

ruleTester(rule, {
  valid: [
    conf('class "ports" {', '  spawn with option agent.circuit-id;', '}'),
    {
      name: 'match if beside a spawn',
      code: conf(
        'class "ports" {',
        '  match if exists agent.circuit-id;',
        '  spawn with option agent.circuit-id;',
        '}',
      ),
    },
    {
      name: 'a subclass with its own parameters',
      code: conf('class "c" { match hardware; }', 'subclass "c" 1:0:1:2:3:4:5 {', '  default-lease-time 60;', '}'),
    },
  ],
  invalid: [
    {
      code: conf('class "ports" {', '  match option agent.circuit-id;', '  spawn with option agent.remote-id;', '}'),
      errors: [
        {
          messageId: 'secondSubmatch',
          data: { class: 'ports', form: 'match' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'match in a subclass',
      code: conf('class "c" { match hardware; }', 'subclass "c" 1:0:1:2:3:4:5 {', '  match hardware; # not here', '}'),
      errors: [
        {
          messageId: 'matchInSubclass',
          data: { form: 'match', class: 'c' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
        },
      ],
    },
    {
      name: 'two match statements',
      code: conf('class "c" {', '  match hardware;', '  match option host-name;', '}'),
      errors: [
        {
          messageId: 'secondSubmatch',
          data: { class: 'c', form: 'match' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
        },
      ],
    },
  ],
});
