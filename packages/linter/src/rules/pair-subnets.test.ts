import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-subnets.js';

const EXTRA = 'subnet 10.9.0.0 netmask 255.255.255.0 { }\n';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    { name: 'the same extra subnet on both', code: PRIMARY + EXTRA, partner: SECONDARY + EXTRA },
  ],
  invalid: [
    {
      code: PRIMARY + EXTRA,
      partner: SECONDARY,
      errors: [
        {
          messageId: 'oneSide',
          data: { subnet: '10.9.0.0/24', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 7,
        },
      ],
    },
    {
      name: 'on the partner only',
      code: PRIMARY,
      partner: SECONDARY + EXTRA,
      errors: [
        {
          messageId: 'oneSide',
          data: { subnet: '10.9.0.0/24', partner: 'a/dhcpd.conf' },
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 7,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'a different mask',
      code: PRIMARY + EXTRA,
      partner: SECONDARY + 'subnet 10.9.0.0 netmask 255.255.0.0 { }\n',
      errors: [
        {
          messageId: 'oneSide',
          data: { subnet: '10.9.0.0/24', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 7,
        },
        {
          messageId: 'oneSide',
          data: { subnet: '10.9.0.0/16', partner: 'a/dhcpd.conf' },
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 7,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
