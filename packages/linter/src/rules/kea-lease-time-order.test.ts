import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './kea-lease-time-order.js';

const SUBNET = 'subnet 10.0.0.0 netmask 255.255.255.0 {';

ruleTester(rule, {
  valid: [
    rule.meta.examples.correct,
    { name: 'the default equal to the max', code: conf('max-lease-time 3600;', 'default-lease-time 3600;') },
    {
      name: 'a lifetime in a pool is not a scope Kea checks',
      code: conf(
        'max-lease-time 3600;',
        SUBNET,
        '  pool {',
        '    default-lease-time 9000;',
        '    range 10.0.0.5 10.0.0.9;',
        '  }',
        '}',
      ),
    },
  ],
  invalid: [
    {
      name: 'the subnet default above the global max',
      code: rule.meta.examples.incorrect,
      errors: [
        {
          messageId: 'defaultAboveInheritedMax',
          data: { default: 28800, max: 7200 },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'both in one scope',
      code: conf('default-lease-time 9000;', 'max-lease-time 3600;'),
      errors: [
        {
          messageId: 'defaultAboveMax',
          data: { default: 9000, max: 3600 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'a subnet max below the global default: reported at the max',
      code: conf('default-lease-time 7200;', SUBNET, '  max-lease-time 3600;', '}'),
      errors: [
        {
          messageId: 'defaultAboveInheritedMax',
          data: { default: 7200, max: 3600 },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'min above the default',
      code: conf('default-lease-time 600;', 'min-lease-time 1200;'),
      errors: [
        {
          messageId: 'minAboveDefault',
          data: { min: 1200, default: 600 },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'min in a group above the max it inherits',
      code: conf('max-lease-time 600;', 'group {', '  min-lease-time 1200;', '}'),
      errors: [
        { messageId: 'minAboveMax', data: { min: 1200, max: 600 }, line: 3, column: 3, endLine: 3, endColumn: 23 },
      ],
    },
  ],
});
