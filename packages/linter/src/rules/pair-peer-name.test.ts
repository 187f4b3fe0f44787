import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-peer-name.js';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'both renamed alike',
      code: PRIMARY.replace(/"fo"/g, '"dhcp-ha"'),
      partner: SECONDARY.replace(/"fo"/g, '"dhcp-ha"'),
    },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: SECONDARY.replace(/"fo"/g, '"fo2"'),
      errors: [
        {
          messageId: 'differentNames',
          data: { name: 'fo', partnerName: 'fo2', partner: 'b/dhcpd.conf' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'the difference is case',
      code: PRIMARY,
      partner: SECONDARY.replace(/"fo"/g, '"FO"'),
      errors: [
        {
          messageId: 'differentNames',
          data: { name: 'fo', partnerName: 'FO', partner: 'b/dhcpd.conf' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'the primary listed second',
      code: SECONDARY.replace(/"fo"/g, '"b"'),
      partner: PRIMARY.replace(/"fo"/g, '"a"'),
      errors: [
        {
          messageId: 'differentNames',
          data: { name: 'b', partnerName: 'a', partner: 'b/dhcpd.conf' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
  ],
});
