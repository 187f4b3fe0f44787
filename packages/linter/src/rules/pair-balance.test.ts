import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-balance.js';

const balance = (text: string, ...lines: string[]) =>
  text.replace('  load balance max seconds 3;\n', `  load balance max seconds 3;\n${lines.join('')}`);

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'the same non-default values',
      code: balance(PRIMARY, '  max-lease-misbalance 25;\n'),
      partner: balance(SECONDARY, '  max-lease-misbalance 25;\n'),
    },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: balance(SECONDARY, '  max-lease-misbalance 25;\n'),
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'max-lease-misbalance',
            value: '15',
            partnerValue: '25',
            partner: '',
            unwritten: 'b/dhcpd.conf (not written here)',
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'min and max balance',
      code: balance(PRIMARY, '  min-balance 30;\n', '  max-balance 1800;\n'),
      partner: balance(SECONDARY, '  min-balance 60;\n', '  max-balance 3600;\n'),
      errors: [
        {
          messageId: 'differs',
          data: { setting: 'min-balance', value: '30', partnerValue: '60', partner: '', unwritten: 'b/dhcpd.conf' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 18,
        },
        {
          messageId: 'differs',
          data: { setting: 'max-balance', value: '1800', partnerValue: '3600', partner: '', unwritten: 'b/dhcpd.conf' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'ownership written here only',
      code: balance(PRIMARY, '  max-lease-ownership 5;\n'),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'max-lease-ownership',
            value: '5',
            partnerValue: '10',
            partner: '',
            unwritten: 'b/dhcpd.conf (not written on b/dhcpd.conf)',
          },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 25,
        },
      ],
    },
  ],
});
