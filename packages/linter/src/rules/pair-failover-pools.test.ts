import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-failover-pools.js';

const twoRanges = (text: string) =>
  text.replace(
    '    range 10.0.0.10 10.0.0.99;\n',
    '    range 10.0.0.10 10.0.0.99;\n    range 10.0.0.150 10.0.0.160;\n',
  );

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'the same ranges in another order',
      code: twoRanges(PRIMARY),
      partner: SECONDARY.replace(
        '    range 10.0.0.10 10.0.0.99;\n',
        '    range 10.0.0.150 10.0.0.160;\n    range 10.0.0.10 10.0.0.99;\n',
      ),
    },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: SECONDARY.replace('range 10.0.0.10 10.0.0.99;', 'range 10.0.0.10 10.0.0.80;'),
      errors: [
        {
          messageId: 'differentRange',
          data: { range: '10.0.0.10 10.0.0.99', partnerRange: '10.0.0.10 10.0.0.80', partner: 'b/dhcpd.conf' },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 31,
        },
        {
          messageId: 'differentRange',
          data: { range: '10.0.0.10 10.0.0.80', partnerRange: '10.0.0.10 10.0.0.99', partner: 'a/dhcpd.conf' },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 31,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'a range on one side only',
      code: twoRanges(PRIMARY),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'missingRange',
          data: { range: '10.0.0.150 10.0.0.160', partner: 'b/dhcpd.conf', peer: 'fo' },
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'different permits',
      code: PRIMARY.replace('    failover peer "fo";\n', '    failover peer "fo";\n    deny unknown-clients;\n'),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'differentPermits',
          data: {
            range: '10.0.0.10 10.0.0.99',
            partner: 'b/dhcpd.conf',
            permits: 'deny unknown-clients',
            partnerPermits: 'none',
          },
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 31,
        },
      ],
    },
  ],
});
