import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './subnet-overlap.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.1.0.0 netmask 255.255.0.0 { }', 'subnet 10.0.5.0 netmask 255.255.255.0 { }'),
    {
      name: 'adjacent subnets',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.128 { }', 'subnet 10.0.0.128 netmask 255.255.255.128 { }'),
    },
    {
      name: 'a noncontiguous mask is not judged',
      code: conf('subnet 10.0.0.0 netmask 255.0.255.0 { }', 'subnet 10.0.0.0 netmask 255.255.255.0 { }'),
    },
  ],
  invalid: [
    {
      code: conf('subnet 10.0.0.0 netmask 255.255.0.0 { }', 'subnet 10.0.5.0 netmask 255.255.255.0 { }'),
      errors: [
        {
          messageId: 'overlap',
          data: { subnet: '10.0.5.0/24', other: '10.0.0.0/16' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
        },
      ],
    },
    {
      name: 'declared twice, in two shared-networks',
      code: conf(
        'shared-network a {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '}',
        'shared-network b {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '}',
      ),
      errors: [
        { messageId: 'declaredTwice', data: { subnet: '10.0.0.0/24' }, line: 5, column: 3, endLine: 5, endColumn: 9 },
      ],
    },
    {
      name: 'the larger one second',
      code: conf('subnet 10.0.5.0 netmask 255.255.255.0 { }', 'subnet 10.0.0.0 netmask 255.255.0.0 { }'),
      errors: [
        {
          messageId: 'overlap',
          data: { subnet: '10.0.5.0/24', other: '10.0.0.0/16' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
        },
      ],
    },
  ],
});
