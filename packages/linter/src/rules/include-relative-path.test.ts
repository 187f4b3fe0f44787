import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './include-relative-path.js';

const HOSTS = conf('host a { hardware ethernet 0:1:2:3:4:5; }');

ruleTester(rule, {
  valid: [
    { files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS } },
    {
      name: 'an absolute path in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  include "/dev/null";', '}'),
    },
  ],
  invalid: [
    {
      files: { 'etc/dhcp/dhcpd.conf': conf('include "hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS },
      errors: [{ messageId: 'relative', data: { path: 'hosts.conf' }, line: 1, column: 9, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'dot-slash, in a group, with a comment',
      files: {
        'etc/dhcp/dhcpd.conf': conf('group {', '  include "./hosts.conf"; # local', '}'),
        'etc/dhcp/hosts.conf': HOSTS,
      },
      errors: [
        { messageId: 'relative', data: { path: './hosts.conf' }, line: 2, column: 11, endLine: 2, endColumn: 25 },
      ],
    },
    {
      name: 'in an included file',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/a.conf";'),
        'etc/dhcp/a.conf': conf('include "etc/dhcp/b.conf";'),
        'etc/dhcp/b.conf': HOSTS,
      },
      errors: [
        {
          messageId: 'relative',
          data: { path: 'etc/dhcp/b.conf' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 26,
          file: 'srv/etc/dhcp/a.conf',
        },
      ],
    },
  ],
});
