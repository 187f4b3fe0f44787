import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './kea-reservation-in-pool.js';

const RANGE_SUBNET = ['subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.100 10.0.0.199;', '}'];
const RANGE = '10.0.0.100 10.0.0.199';

ruleTester(rule, {
  valid: [
    rule.meta.examples.correct,
    {
      name: 'just past either end of the range',
      code: conf(
        ...RANGE_SUBNET,
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.99; }',
        'host b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.200; }',
      ),
    },
  ],
  invalid: [
    {
      code: rule.meta.examples.incorrect,
      errors: [
        {
          messageId: 'insideRange',
          data: { address: '10.0.0.150', range: RANGE },
          line: 4,
          column: 61,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
    {
      name: "a pool's range, the address at its first address",
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        `    range ${RANGE};`,
        '  }',
        '}',
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.100; }',
      ),
      errors: [
        {
          messageId: 'insideRange',
          data: { address: '10.0.0.100', range: RANGE },
          line: 6,
          column: 55,
          endLine: 6,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'the last address of the range, beside one just past it',
      code: conf(
        ...RANGE_SUBNET,
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.199; }',
        'host b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.200; }',
      ),
      errors: [
        {
          messageId: 'insideRange',
          data: { address: '10.0.0.199', range: RANGE },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'the second of two fixed addresses',
      code: conf(...RANGE_SUBNET, 'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5, 10.0.0.150; }'),
      errors: [
        {
          messageId: 'insideRange',
          data: { address: '10.0.0.150', range: RANGE },
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 75,
        },
      ],
    },
  ],
});
