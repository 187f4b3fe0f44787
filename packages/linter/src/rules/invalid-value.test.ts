import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './invalid-value.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 600;', 'ping-check true;'),
    { name: 'a bare identifier as a file name', code: conf('filename pxelinux;') },
    {
      name: 'hba continued on the next line',
      code: conf(
        'failover peer "fo" {',
        '  primary;',
        '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:',
        '      ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;',
        '}',
      ),
    },
    { name: 'an expression is not judged', code: conf('default-lease-time = 600 + 60;') },
  ],
  invalid: [
    {
      code: conf('default-lease-time ten;', 'ping-check maybe;'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: "'default-lease-time' expects a number of seconds, found ten." },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 23,
        },
        {
          messageId: 'badValue',
          data: { problem: 'Expected true or false, found maybe.' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'an address over 255 in a subnet and a range',
      code: conf('subnet 10.0.0.300 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.256;', '}'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: "'10.0.0.300' is not a valid IPv4 address (four numbers 0–255 separated by dots)." },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 18,
        },
        {
          messageId: 'badValue',
          data: { problem: "'10.0.0.256' is not a valid IPv4 address (four numbers 0–255 separated by dots)." },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'a flag that is not one, in a pool',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '    ping-check yes-please;',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: 'Expected true or false, found yes-please.' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'an unknown enumeration value in a group',
      code: conf('group {', '  ddns-update-style sometimes;', '}'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: "'ddns-update-style' expects one of none, interim, standard, ad-hoc; found sometimes." },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
  ],
});
