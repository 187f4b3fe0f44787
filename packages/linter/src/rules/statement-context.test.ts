import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './statement-context.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    {
      name: 'a range in a pool of a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '}',
      ),
    },
    {
      name: 'inside if, judged by the enclosing scope',
      code: conf(
        'class "c" {',
        '  match if option user-class = "x";',
        '}',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  if option user-class = "x" {',
        '    default-lease-time 60;',
        '  }',
        '}',
      ),
    },
    { name: 'an option space at the top level', code: conf('option space foo;', 'option foo.bar code 1 = text;') },
  ],
  invalid: [
    {
      code: conf('range 10.0.0.10 10.0.0.20;'),
      errors: [
        {
          messageId: 'notAllowedTopLevel',
          data: { name: 'range', allowed: 'subnet, pool' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 6,
        },
      ],
    },
    {
      name: 'a subnet inside a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.0.0 {', '  subnet 10.0.1.0 netmask 255.255.255.0 { }', '}'),
      errors: [
        {
          messageId: 'notAllowedInside',
          data: { name: 'subnet', context: 'subnet', allowed: 'global, shared-network, group' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'authoritative in a host',
      code: conf('host a {', '  hardware ethernet 0:1:2:3:4:5;', '  authoritative;', '}'),
      errors: [
        {
          messageId: 'notAllowedInside',
          data: {
            name: 'authoritative',
            context: 'host',
            allowed: 'global, shared-network, subnet, subnet6, group, pool, pool6, class, if, on',
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'an option definition in a group',
      code: conf('group {', '  option space foo;', '  option my-opt code 250 = text;', '}'),
      errors: [
        { messageId: 'optionSpaceScoped', line: 2, column: 3, endLine: 2, endColumn: 9 },
        { messageId: 'optionCodeScoped', line: 3, column: 3, endLine: 3, endColumn: 9 },
      ],
    },
    {
      name: 'a range directly in a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '  range 10.0.0.10 10.0.0.20;',
        '}',
      ),
      errors: [
        {
          messageId: 'notAllowedInside',
          data: { name: 'range', context: 'shared-network', allowed: 'subnet, pool' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
        },
      ],
    },
  ],
});
