import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './lease-times.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 3600;', 'max-lease-time 86400;'),
    { name: 'equal values', code: conf('default-lease-time 3600;', 'max-lease-time 3600;') },
    {
      name: 'different scopes are not compared',
      code: conf('max-lease-time 3600;', 'subnet 10.0.0.0 netmask 255.255.255.0 {', '  default-lease-time 86400;', '}'),
    },
    { name: 'no max-lease-time', code: conf('default-lease-time 86400;', 'min-lease-time 90000;') },
  ],
  invalid: [
    {
      code: conf('default-lease-time 86400;', 'max-lease-time 3600;'),
      errors: [
        {
          messageId: 'defaultAboveMax',
          data: { default: '86400', max: '3600' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'min above max in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  min-lease-time 7200;', '  max-lease-time 3600;', '}'),
      errors: [
        { messageId: 'minAboveMax', data: { min: '7200', max: '3600' }, line: 2, column: 3, endLine: 2, endColumn: 23 },
      ],
    },
    {
      name: 'both in a pool, max first',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    max-lease-time 60;',
        '    default-lease-time 61;',
        '    min-lease-time 61;',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'defaultAboveMax',
          data: { default: '61', max: '60' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 27,
        },
        { messageId: 'minAboveMax', data: { min: '61', max: '60' }, line: 5, column: 5, endLine: 5, endColumn: 23 },
      ],
    },
  ],
});
