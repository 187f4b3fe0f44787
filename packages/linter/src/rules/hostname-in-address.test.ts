import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './hostname-in-address.js';

ruleTester(rule, {
  valid: [
    conf('next-server 10.0.0.5;', 'host pc { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.20; }'),
    { name: 'a name where names belong', code: conf('option domain-name "example.net";', 'option host-name "pc";') },
    { name: 'a number is another rule', code: conf('next-server 5;') },
  ],
  invalid: [
    {
      code: conf(
        'next-server tftp.example.net;',
        'host pc { hardware ethernet 0:1:2:3:4:5; fixed-address pc.example.net; }',
      ),
      errors: [
        { messageId: 'hostName', data: { name: 'tftp.example.net' }, line: 1, column: 13, endLine: 1, endColumn: 29 },
        { messageId: 'hostName', data: { name: 'pc.example.net' }, line: 2, column: 56, endLine: 2, endColumn: 70 },
      ],
    },
    {
      name: 'one of a list of name servers, in a subnet',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  option domain-name-servers 10.0.0.53, ns2.example.net;',
        '}',
      ),
      errors: [
        { messageId: 'hostName', data: { name: 'ns2.example.net' }, line: 2, column: 41, endLine: 2, endColumn: 56 },
      ],
    },
    {
      name: 'failover addresses',
      code: conf(
        'failover peer "fo" {',
        '  primary;',
        '  address serv1.example.net;',
        '  peer address serv2.example.net;',
        '}',
      ),
      errors: [
        {
          messageId: 'peerHostName',
          data: { name: 'serv1.example.net' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'peerHostName',
          data: { name: 'serv2.example.net' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'server-identifier',
      code: conf('server-identifier dhcp.example.net; # the VIP'),
      errors: [
        { messageId: 'hostName', data: { name: 'dhcp.example.net' }, line: 1, column: 19, endLine: 1, endColumn: 35 },
      ],
    },
  ],
});
