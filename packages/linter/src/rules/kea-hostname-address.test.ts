import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './kea-hostname-address.js';

ruleTester(rule, {
  valid: [rule.meta.examples.correct, { name: 'next-server as an address', code: conf('next-server 10.0.0.1;') }],
  invalid: [
    {
      code: rule.meta.examples.incorrect,
      errors: [
        { messageId: 'hostName', data: { name: 'a.example.org' }, line: 2, column: 61, endLine: 2, endColumn: 74 },
      ],
    },
    {
      name: 'next-server as a name',
      code: conf('next-server boot.example.org;'),
      errors: [
        { messageId: 'hostName', data: { name: 'boot.example.org' }, line: 1, column: 13, endLine: 1, endColumn: 29 },
      ],
    },
    {
      name: 'each name of a list, not the address between them',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address a.example.org, 10.0.0.7, b.example.org; }',
      ),
      errors: [
        { messageId: 'hostName', data: { name: 'a.example.org' }, line: 2, column: 55, endLine: 2, endColumn: 68 },
        { messageId: 'hostName', data: { name: 'b.example.org' }, line: 2, column: 80, endLine: 2, endColumn: 93 },
      ],
    },
    {
      name: 'address options, a name beside an address',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  option routers gw.example.org;',
        '  option domain-name-servers ns1.example.org, 10.0.0.3;',
        '}',
      ),
      errors: [
        { messageId: 'hostName', data: { name: 'gw.example.org' }, line: 2, column: 18, endLine: 2, endColumn: 32 },
        { messageId: 'hostName', data: { name: 'ns1.example.org' }, line: 3, column: 30, endLine: 3, endColumn: 45 },
      ],
    },
    {
      name: 'an option the config defines as an address',
      code: conf(
        'option space acme;',
        'option acme.boot-server code 1 = ip-address;',
        'option acme.boot-server boot.example.org;',
      ),
      errors: [
        { messageId: 'hostName', data: { name: 'boot.example.org' }, line: 3, column: 25, endLine: 3, endColumn: 41 },
      ],
    },
  ],
});
