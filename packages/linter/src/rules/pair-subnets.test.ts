import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-subnets.js';

const EXTRA = 'subnet 10.9.0.0 netmask 255.255.255.0 { }\n';

/** The report of a subnet written last in the primary (line 17) or the secondary (line 15), the other lacking it. */
const onA = (subnet: string) => ({
  messageId: 'oneSide',
  data: { subnet, partner: 'b/dhcpd.conf' },
  line: 17,
  column: 1,
  endLine: 17,
  endColumn: 7,
});
const onB = (subnet: string) => ({
  messageId: 'oneSide',
  data: { subnet, partner: 'a/dhcpd.conf' },
  line: 15,
  column: 1,
  endLine: 15,
  endColumn: 7,
  file: 'b/dhcpd.conf',
});

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    { name: 'the same extra subnet on both', code: PRIMARY + EXTRA, partner: SECONDARY + EXTRA },
  ],
  invalid: [
    {
      code: PRIMARY + EXTRA,
      partner: SECONDARY,
      errors: [onA('10.9.0.0/24')],
    },
    {
      name: 'on the partner only',
      code: PRIMARY,
      partner: SECONDARY + EXTRA,
      errors: [onB('10.9.0.0/24')],
    },
    {
      name: 'a different mask',
      code: PRIMARY + EXTRA,
      partner: SECONDARY + 'subnet 10.9.0.0 netmask 255.255.0.0 { }\n',
      errors: [onA('10.9.0.0/24'), onB('10.9.0.0/16')],
    },
  ],
});
