import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-timers.js';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'the default written on one side',
      code: PRIMARY.replace('  mclt', '  auto-partner-down 0;\n  mclt'),
      partner: SECONDARY,
    },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: SECONDARY.replace('max-response-delay 30;', 'max-response-delay 60;').replace(
        'load balance max seconds 3;',
        'load balance max seconds 5;',
      ),
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'max-response-delay',
            value: '30',
            partnerValue: '60',
            partner: '',
            unwritten: 'b/dhcpd.conf',
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 25,
        },
        {
          messageId: 'differs',
          data: {
            setting: 'load balance max seconds',
            value: '3',
            partnerValue: '5',
            partner: '',
            unwritten: 'b/dhcpd.conf',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'not written here',
      code: PRIMARY.replace('  max-unacked-updates 10;\n', ''),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'max-unacked-updates',
            value: '100',
            partnerValue: '10',
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
      name: 'not written on the partner',
      code: PRIMARY.replace('  mclt', '  auto-partner-down 600;\n  mclt'),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'auto-partner-down',
            value: '600',
            partnerValue: '0',
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
