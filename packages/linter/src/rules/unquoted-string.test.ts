import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './unquoted-string.js';

ruleTester(rule, {
  valid: [
    conf('filename "pxelinux.0";'),
    { name: 'one plain word', code: conf('filename pxelinux;') },
    { name: 'a single domain name is written bare', code: conf('option v4-access-domain example.com;') },
  ],
  invalid: [
    {
      code: conf('filename pxelinux.0;'),
      errors: [{ messageId: 'quote', data: { value: 'pxelinux.0' }, line: 1, column: 10, endLine: 1, endColumn: 20 }],
      output: conf('filename "pxelinux.0";'),
    },
    {
      name: 'a file name in a host',
      code: conf('host a {', '  hardware ethernet 0:1:2:3:4:5;', '  filename grub.efi; # UEFI', '}'),
      errors: [{ messageId: 'quote', data: { value: 'grub.efi' }, line: 3, column: 12, endLine: 3, endColumn: 20 }],
      output: conf('host a {', '  hardware ethernet 0:1:2:3:4:5;', '  filename "grub.efi"; # UEFI', '}'),
    },
    {
      name: 'a domain name option',
      code: conf('option domain-name example.com;'),
      errors: [{ messageId: 'quote', data: { value: 'example.com' }, line: 1, column: 20, endLine: 1, endColumn: 31 }],
      output: conf('option domain-name "example.com";'),
    },
    {
      name: 'an include path, even one word',
      code: conf('include hosts;'),
      errors: [{ messageId: 'quote', data: { value: 'hosts' }, line: 1, column: 9, endLine: 1, endColumn: 14 }],
      output: conf('include "hosts";'),
    },
    {
      name: 'an all-digit value',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  server-name 1234;', '}'),
      errors: [{ messageId: 'quote', data: { value: '1234' }, line: 2, column: 15, endLine: 2, endColumn: 19 }],
      output: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  server-name "1234";', '}'),
    },
  ],
});
