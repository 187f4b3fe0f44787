import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './include-cycle.js';

const HOSTS = conf('host a { hardware ethernet 0:1:2:3:4:5; }');

ruleTester(rule, {
  valid: [
    { files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS } },
    {
      name: 'one file included twice is no cycle',
      files: {
        'etc/dhcp/dhcpd.conf': conf(
          'include "/etc/dhcp/hosts.conf";',
          'group {',
          '  include "/etc/dhcp/opts.conf";',
          '}',
          'include "/etc/dhcp/opts.conf";',
        ),
        'etc/dhcp/hosts.conf': HOSTS,
        'etc/dhcp/opts.conf': conf('default-lease-time 600;'),
      },
    },
  ],
  invalid: [
    {
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/hosts.conf";'),
        'etc/dhcp/hosts.conf': conf('include "/etc/dhcp/dhcpd.conf";'),
      },
      errors: [
        {
          messageId: 'cycle',
          data: { message: 'Include cycle: dhcpd.conf → hosts.conf → dhcpd.conf (dhcpd crashes on this).' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 31,
          file: 'srv/etc/dhcp/hosts.conf',
        },
      ],
    },
    {
      name: 'a file that includes itself',
      files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/dhcpd.conf";') },
      errors: [
        {
          messageId: 'cycle',
          data: { message: 'Include cycle: dhcpd.conf → dhcpd.conf (dhcpd crashes on this).' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a cycle of three',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/a.conf";'),
        'etc/dhcp/a.conf': conf('include "/etc/dhcp/b.conf";'),
        'etc/dhcp/b.conf': conf('include "/etc/dhcp/a.conf";'),
      },
      errors: [
        {
          messageId: 'cycle',
          data: { message: 'Include cycle: dhcpd.conf → a.conf → b.conf → a.conf (dhcpd crashes on this).' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 27,
          file: 'srv/etc/dhcp/b.conf',
        },
      ],
    },
  ],
});
