import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-duplicates.js';

ruleTester(rule, {
  valid: [
    conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host b { hardware ethernet 0:1:2:3:4:6; }'),
    {
      name: 'names differ only by case',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host A { hardware ethernet 0:1:2:3:4:6; }'),
    },
    {
      name: 'a shared address is another rule',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host b { hardware ethernet 0:1:2:3:4:5; }'),
    },
  ],
  invalid: [
    {
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host a { hardware ethernet 0:1:2:3:4:6; }'),
      errors: [{ messageId: 'declaredTwice', data: { host: 'a' }, line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
    {
      name: 'in different groups, quoted once',
      code: conf(
        'group {',
        '  host pc { hardware ethernet 0:1:2:3:4:5; }',
        '}',
        'group {',
        '  host "pc" { hardware ethernet 0:1:2:3:4:6; }',
        '}',
      ),
      errors: [{ messageId: 'declaredTwice', data: { host: 'pc' }, line: 5, column: 8, endLine: 5, endColumn: 12 }],
    },
    {
      name: 'three times: the second and third',
      code: conf('host a { }', 'host a { }', 'host a { }'),
      errors: [
        { messageId: 'declaredTwice', data: { host: 'a' }, line: 2, column: 6, endLine: 2, endColumn: 7 },
        { messageId: 'declaredTwice', data: { host: 'a' }, line: 3, column: 6, endLine: 3, endColumn: 7 },
      ],
    },
    {
      name: 'across an include',
      files: {
        'etc/dhcp/dhcpd.conf': conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'include "/etc/dhcp/hosts.conf";'),
        'etc/dhcp/hosts.conf': conf('host a { hardware ethernet 0:1:2:3:4:6; }'),
      },
      errors: [
        {
          messageId: 'declaredTwice',
          data: { host: 'a' },
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 7,
          file: 'srv/etc/dhcp/hosts.conf',
        },
      ],
    },
  ],
});
