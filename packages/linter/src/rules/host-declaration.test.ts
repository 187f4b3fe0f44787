import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-declaration.js';

ruleTester(rule, {
  valid: [
    conf('host pc {', '  hardware ethernet 0:1:2:3:4:5;', '}'),
    {
      name: 'several addresses in one fixed-address',
      code: conf('host pc {', '  hardware ethernet 0:1:2:3:4:5;', '  fixed-address 10.0.0.5, 10.0.1.5;', '}'),
    },
    {
      name: 'a uid as bytes and as a string',
      code: conf('host a { uid 1:0:11:22:33:44:55; }', 'host b { uid "client-b"; }'),
    },
    {
      name: 'a host-identifier naming a known option',
      code: conf('host a { host-identifier option agent.circuit-id "port1"; }'),
    },
  ],
  invalid: [
    {
      code: conf('host pc {', '  hardware ethernet 0:1:2:3:4:5;', '  hardware ethernet 0:1:2:3:4:6;', '}'),
      errors: [{ messageId: 'secondHardware', data: { host: 'pc' }, line: 3, column: 3, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'two fixed-address statements, in a group',
      code: conf(
        'group {',
        '  host pc {',
        '    fixed-address 10.0.0.5;',
        '    fixed-address 10.0.0.6; # second',
        '  }',
        '}',
      ),
      errors: [{ messageId: 'secondFixedAddress', line: 4, column: 5, endLine: 4, endColumn: 18 }],
    },
    {
      name: 'two uids, the second not bytes',
      code: conf('host pc {', '  uid "a";', '  uid a b;', '}'),
      errors: [
        { messageId: 'secondUid', data: { host: 'pc' }, line: 3, column: 3, endLine: 3, endColumn: 6 },
        { messageId: 'uidForm', data: { value: 'a b' }, line: 3, column: 7, endLine: 3, endColumn: 8 },
      ],
    },
    {
      name: 'two host-identifiers, one unknown option',
      code: conf(
        'host pc {',
        '  host-identifier option agent.circuit-id "p";',
        '  host-identifier option nosuch-opt "p";',
        '}',
      ),
      errors: [
        { messageId: 'secondHostIdentifier', line: 3, column: 3, endLine: 3, endColumn: 18 },
        {
          messageId: 'unknownIdentifierOption',
          data: { option: 'nosuch-opt' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'fixed-prefix6 too long and with bits beyond its length',
      code: conf('host a { fixed-prefix6 2001:db8::/129; }', 'host b { fixed-prefix6 2001:db8::1/64; }'),
      errors: [
        { messageId: 'prefixLength', data: { length: '129' }, line: 1, column: 24, endLine: 1, endColumn: 38 },
        {
          messageId: 'prefixBits',
          data: { prefix: '2001:db8::1/64', length: '64' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
  ],
});
