import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-server-identifier.js';

ruleTester(rule, {
  valid: [
    { code: PRIMARY + 'server-identifier 10.0.0.1;\n', partner: SECONDARY + 'server-identifier 10.0.0.2;\n' },
    { name: 'set on one side only', code: PRIMARY + 'server-identifier 10.0.0.1;\n', partner: SECONDARY },
  ],
  invalid: [
    {
      code: PRIMARY + 'server-identifier 10.0.0.1;\n',
      partner: SECONDARY + 'server-identifier 10.0.0.1;\n',
      errors: [
        {
          messageId: 'same',
          data: { value: '10.0.0.1', partnerValue: '10.0.0.1', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'a shared virtual address, with a comment',
      code: PRIMARY + 'server-identifier 10.0.0.100; # VIP\n',
      partner: SECONDARY + 'server-identifier 10.0.0.100;\n',
      errors: [
        {
          messageId: 'same',
          data: { value: '10.0.0.100', partnerValue: '10.0.0.100', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'the same host name on both (dhcpd resolves it to one address)',
      code: PRIMARY + 'server-identifier dhcp.example.org;\n',
      partner: SECONDARY + 'server-identifier dhcp.example.org;\n',
      errors: [
        {
          messageId: 'same',
          data: { value: 'dhcp.example.org', partnerValue: 'dhcp.example.org', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 36,
        },
      ],
    },
  ],
});
