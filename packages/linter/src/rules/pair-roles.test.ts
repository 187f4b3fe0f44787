import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-roles.js';

const swapped = (text: string) =>
  text.replace('address 10.0.0.1;\n  peer address 10.0.0.2;', 'address 10.0.0.2;\n  peer address 10.0.0.1;');

/** The sameRole report: both sides have `role`; `partnerNote` names the partner, `hereNote` explains this side. */
const sameRole = (role: string, partnerNote: string, hereNote = '') => ({
  messageId: 'sameRole',
  data: { role, peer: 'fo', hereNote, partnerRole: role, partner: '', partnerNote },
});

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    { name: 'the secondary listed first', code: SECONDARY, partner: PRIMARY },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: swapped(PRIMARY),
      errors: [
        { ...sameRole('primary', 'b/dhcpd.conf'), line: 2, column: 3, endLine: 2, endColumn: 11 },
        {
          ...sameRole('primary', 'a/dhcpd.conf'),
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 11,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'two secondaries',
      code: SECONDARY,
      partner: SECONDARY.replace(
        'address 10.0.0.2;\n  peer address 10.0.0.1;',
        'address 10.0.0.1;\n  peer address 10.0.0.2;',
      ),
      errors: [
        { ...sameRole('secondary', 'b/dhcpd.conf'), line: 2, column: 3, endLine: 2, endColumn: 13 },
        {
          ...sameRole('secondary', 'a/dhcpd.conf'),
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 13,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'no role written on one side (dhcpd assumes primary)',
      code: PRIMARY,
      partner: swapped(PRIMARY).replace('  primary;\n', ''),
      errors: [
        {
          ...sameRole('primary', 'b/dhcpd.conf (not written: dhcpd assumes primary)'),
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 11,
        },
        {
          ...sameRole('primary', 'a/dhcpd.conf', ' (not written: dhcpd assumes primary)'),
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
