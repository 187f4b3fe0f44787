import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './option-value-type.js';

ruleTester(rule, {
  valid: [
    conf('option default-ip-ttl 64;', 'option domain-name-servers 10.0.0.1, 10.0.0.2;'),
    { name: 'the top of a uint8', code: conf('option default-ip-ttl 255;') },
    {
      name: 'a user-defined option with its own type',
      code: conf('option my-flag code 250 = boolean;', 'option my-flag true;'),
    },
    { name: 'an expression is not judged', code: conf('option host-name = concat("a", "b");') },
  ],
  invalid: [
    {
      code: conf('option default-ip-ttl 300;', 'option domain-name-servers 10.0.0.1 10.0.0.2;'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: '300 is out of range for uint8 (-128–255).' },
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 26,
        },
        {
          messageId: 'badValue',
          data: { problem: "List elements of 'domain-name-servers' must be separated by commas (found 10.0.0.2)." },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'one over uint8 in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  option default-ip-ttl 256;', '}'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: '256 is out of range for uint8 (-128–255).' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'a user-defined type',
      code: conf('option my-flag code 250 = boolean;', 'option my-flag maybe;'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: 'Expected true or false, found maybe.' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'a flag given as a number in a host',
      code: conf('host a {', '  hardware ethernet 0:1:2:3:4:5;', '  option ip-forwarding 2;', '}'),
      errors: [
        {
          messageId: 'badValue',
          data: { problem: 'Expected true or false, found 2.' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
  ],
});
