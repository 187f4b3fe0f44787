import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './read-refused.js';

const HOSTS = conf('host a { hardware ethernet 0:1:2:3:4:5; }');

ruleTester(rule, {
  valid: [
    { files: { 'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS } },
    {
      name: 'a relative path that stays inside the root',
      files: { 'etc/dhcp/dhcpd.conf': conf('include "../dhcp/hosts.conf";'), 'etc/dhcp/hosts.conf': HOSTS },
    },
  ],
  invalid: [
    {
      files: { 'etc/dhcp/dhcpd.conf': conf('include "../../../hosts.conf";') },
      errors: [
        {
          messageId: 'include',
          data: { message: 'Included file not read: ../../../hosts.conf is outside the server root.' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'climbing out from a subnet',
      files: {
        'etc/dhcp/dhcpd.conf': conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  include "../../../../etc/passwd";',
          '}',
        ),
      },
      errors: [
        {
          messageId: 'include',
          data: { message: 'Included file not read: ../../../../etc/passwd is outside the server root.' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'a binary file',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/blob.conf";'),
        'etc/dhcp/blob.conf': 'host a {\u0000\u0001\u0002 }\n',
      },
      errors: [
        {
          messageId: 'include',
          data: { message: 'Included file not read: /etc/dhcp/blob.conf is a binary file (it holds NUL bytes).' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 30,
        },
      ],
    },
  ],
});
