import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './include-missing.js';

const HOSTS = conf('host a { hardware ethernet 0:1:2:3:4:5; }');

ruleTester(rule, {
  valid: [
    { files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS } },
    {
      name: 'an include in a subnet',
      files: {
        'etc/dhcp/dhcpd.conf': conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  include "/etc/dhcp/hosts.conf";',
          '}',
        ),
        'etc/dhcp/hosts.conf': HOSTS,
      },
    },
  ],
  invalid: [
    {
      files: { 'etc/dhcp/dhcpd.conf': conf('include "/nonexistent/hosts.conf";') },
      errors: [
        {
          messageId: 'notFound',
          data: {
            message: 'Included file not found: /nonexistent/hosts.conf (looked for srv/nonexistent/hosts.conf).',
          },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'from an included file',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/a.conf";'),
        'etc/dhcp/a.conf': conf('group {', '  include "/etc/dhcp/b.conf"; # gone', '}'),
      },
      errors: [
        {
          messageId: 'notFound',
          data: { message: 'Included file not found: /etc/dhcp/b.conf (looked for srv/etc/dhcp/b.conf).' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 29,
          file: 'srv/etc/dhcp/a.conf',
        },
      ],
    },
    {
      name: 'two missing files',
      files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/x.conf";', 'include "/etc/dhcp/y.conf";') },
      errors: [
        {
          messageId: 'notFound',
          data: { message: 'Included file not found: /etc/dhcp/x.conf (looked for srv/etc/dhcp/x.conf).' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 27,
        },
        {
          messageId: 'notFound',
          data: { message: 'Included file not found: /etc/dhcp/y.conf (looked for srv/etc/dhcp/y.conf).' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
  ],
});
