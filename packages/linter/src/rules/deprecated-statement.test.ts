import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './deprecated-statement.js';

ruleTester(rule, {
  valid: [
    conf('ddns-update-style none;'),
    { name: 'interim', code: conf('ddns-update-style interim;') },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line deprecated-statement', 'ddns-update-style ad-hoc;') },
  ],
  invalid: [
    {
      code: conf('ddns-update-style ad-hoc;'),
      errors: [{ messageId: 'adHoc', line: 1, column: 19, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'the underscore spelling',
      code: conf('ddns-update-style ad_hoc;'),
      errors: [{ messageId: 'adHoc', line: 1, column: 19, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'in a group',
      code: conf('group {', '  ddns-update-style ad-hoc; # legacy', '}'),
      errors: [{ messageId: 'adHoc', line: 2, column: 21, endLine: 2, endColumn: 27 }],
    },
    {
      name: 'a removed alias in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  ddns-domain "example.org";', '}'),
      errors: [
        {
          messageId: 'unsupported',
          data: { name: 'ddns-domain', reason: 'use ddns-domainname' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 14,
        },
      ],
    },
    {
      name: 'an LDAP-only statement',
      code: conf('ldap-server "ldap.example.org";'),
      errors: [
        {
          messageId: 'unsupported',
          data: {
            name: 'ldap-server',
            reason:
              'only dhcpd built with LDAP support (isc-dhcp-server-ldap) knows it; the standard build refuses it (`semicolon expected.`)',
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
  ],
});
