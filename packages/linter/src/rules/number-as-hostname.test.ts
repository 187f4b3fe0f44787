import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './number-as-hostname.js';

ruleTester(rule, {
  valid: [
    conf('option subnet-mask 255.255.255.0;'),
    { name: 'a host name is another rule', code: conf('next-server tftp.example.net;') },
    { name: 'a number where a number belongs', code: conf('option default-ip-ttl 24;') },
  ],
  invalid: [
    {
      code: conf('option subnet-mask 24;'),
      errors: [
        {
          messageId: 'numberAsName',
          data: { problem: "'24' is not an IPv4 address; dhcpd would try to resolve it as a host name at startup." },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'next-server in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  next-server 5;', '}'),
      errors: [
        {
          messageId: 'numberAsName',
          data: { problem: "'5' is not an IPv4 address; dhcpd would try to resolve it as a host name at startup." },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'one of a list of routers',
      code: conf('option routers 10.0.0.1, 1;'),
      errors: [
        {
          messageId: 'numberAsName',
          data: { problem: "'1' is not an IPv4 address; dhcpd would try to resolve it as a host name at startup." },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
  ],
});
