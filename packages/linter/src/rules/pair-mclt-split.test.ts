import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-mclt-split.js';

const secondaryWith = (...lines: string[]) =>
  SECONDARY.replace('  load balance max seconds 3;\n', `  load balance max seconds 3;\n${lines.join('')}`);

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    { name: 'the same mclt on both', code: PRIMARY, partner: secondaryWith('  mclt 1800;\n') },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: secondaryWith('  mclt 3600;\n'),
      errors: [
        {
          messageId: 'ignored',
          data: { setting: 'mclt', value: '3600', primaryValue: '1800', primary: 'a/dhcpd.conf' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 13,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'split too, the primary listed second',
      code: secondaryWith('  mclt 600;\n', '  split 255;\n'),
      partner: PRIMARY,
      errors: [
        {
          messageId: 'ignored',
          data: { setting: 'mclt', value: '600', primaryValue: '1800', primary: 'b/dhcpd.conf' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 12,
        },
        {
          messageId: 'ignored',
          data: { setting: 'split', value: '255', primaryValue: '128', primary: 'b/dhcpd.conf' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'hba on both, different',
      code: PRIMARY.replace(
        'split 128;',
        'hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00;',
      ),
      partner: secondaryWith(
        '  hba 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;\n',
      ),
      errors: [
        {
          messageId: 'ignored',
          data: {
            setting: 'hba',
            value: '00:00:00:00:00:00:00:00:00:00:00:00:00:0…',
            primaryValue: 'ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:f…',
            primary: 'a/dhcpd.conf',
          },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 103,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
