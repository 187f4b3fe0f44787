import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './network-declaration.js';

ruleTester(rule, {
  valid: [
    conf('shared-network lab {', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '}'),
    {
      name: 'the subnet in a group or an include',
      code: conf(
        'shared-network a {',
        '  group {',
        '    subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '  }',
        '}',
        'shared-network b {',
        '  include "/dev/null";',
        '}',
      ),
    },
    {
      name: 'a pool after its subnet',
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
      name: 'the same interface twice',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  interface eth0;', '  interface eth0;', '}'),
    },
  ],
  invalid: [
    {
      code: conf('shared-network lab {', '  default-lease-time 600;', '}'),
      errors: [
        { messageId: 'emptySharedNetwork', data: { name: 'lab' }, line: 3, column: 1, endLine: 3, endColumn: 2 },
      ],
    },
    {
      name: 'an empty name',
      code: conf('shared-network "" {', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '}'),
      errors: [{ messageId: 'unnamedSharedNetwork', line: 1, column: 16, endLine: 1, endColumn: 18 }],
    },
    {
      name: 'two interfaces',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  interface eth0;', '  interface eth1;', '}'),
      errors: [
        { messageId: 'twoInterfaces', data: { interface: 'eth0' }, line: 3, column: 3, endLine: 3, endColumn: 12 },
      ],
    },
    {
      name: 'a third address (a missing semicolon)',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20 10.0.0.30;', '}'),
      errors: [
        { messageId: 'thirdAddress', data: { extra: '10.0.0.30' }, line: 2, column: 29, endLine: 2, endColumn: 38 },
      ],
    },
    {
      name: 'a host name as a range end',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 gw.example.org;', '}'),
      errors: [
        {
          messageId: 'notAnAddress',
          data: { value: 'gw.example.org' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
    {
      name: '2^24 addresses',
      code: conf('subnet 10.0.0.0 netmask 255.0.0.0 {', '  range 10.0.0.0 11.0.0.0;', '}'),
      errors: [
        {
          messageId: 'tooLarge',
          data: { low: '10.0.0.0', high: '11.0.0.0', count: '16777217' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'a pool before its subnet',
      code: conf(
        'shared-network lab {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '}',
      ),
      errors: [
        {
          messageId: 'subnetAfterPool',
          data: { low: '10.0.0.10', name: 'lab' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 31,
        },
      ],
    },
  ],
});
