import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './dhcpv6-in-v4-config.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 { }'),
    {
      name: 'a DHCPv6 config by its name',
      files: { 'etc/dhcp/dhcpd6.conf': conf('subnet6 2001:db8::/64 { range6 2001:db8::100 2001:db8::1ff; }') },
    },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line dhcpv6-in-v4-config', 'subnet6 2001:db8::/64 { }') },
  ],
  invalid: [
    {
      code: conf('subnet6 2001:db8::/64 { range6 2001:db8::100 2001:db8::1ff; }'),
      errors: [
        { messageId: 'dhcpv6', data: { keyword: 'subnet6' }, line: 1, column: 1, endLine: 1, endColumn: 8 },
        { messageId: 'dhcpv6', data: { keyword: 'range6' }, line: 1, column: 25, endLine: 1, endColumn: 31 },
      ],
    },
    {
      name: 'a prefix6 and a pool6',
      code: conf(
        'subnet6 2001:db8::/64 {',
        '  prefix6 2001:db8:0:100:: 2001:db8:0:f00:: /56;',
        '  pool6 {',
        '    range6 2001:db8::1 2001:db8::9;',
        '  }',
        '}',
      ),
      errors: [
        { messageId: 'dhcpv6', data: { keyword: 'subnet6' }, line: 1, column: 1, endLine: 1, endColumn: 8 },
        { messageId: 'dhcpv6', data: { keyword: 'prefix6' }, line: 2, column: 3, endLine: 2, endColumn: 10 },
        { messageId: 'dhcpv6', data: { keyword: 'pool6' }, line: 3, column: 3, endLine: 3, endColumn: 8 },
        { messageId: 'dhcpv6', data: { keyword: 'range6' }, line: 4, column: 5, endLine: 4, endColumn: 11 },
      ],
    },
    {
      name: 'a file whose name merely ends in a number',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/fixture-4576.conf";'),
        'etc/dhcp/fixture-4576.conf': conf('subnet6 2001:db8::/64 { }'),
      },
      errors: [
        {
          messageId: 'dhcpv6',
          data: { keyword: 'subnet6' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
          file: 'srv/etc/dhcp/fixture-4576.conf',
        },
      ],
    },
  ],
});
