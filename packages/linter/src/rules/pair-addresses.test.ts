import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-addresses.js';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'no peer address on one side is another rule',
      code: PRIMARY,
      partner: SECONDARY.replace('  peer address 10.0.0.1;\n', ''),
    },
  ],
  invalid: [
    {
      code: PRIMARY,
      partner: SECONDARY.replace(
        'address 10.0.0.2;\n  peer address 10.0.0.1;',
        'address 10.0.0.3;\n  peer address 10.0.0.1;',
      ),
      errors: [
        {
          messageId: 'mismatch',
          data: { peerAddress: '10.0.0.2', partner: 'b/dhcpd.conf', address: '10.0.0.3' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'the secondary points at the wrong primary',
      code: PRIMARY,
      partner: SECONDARY.replace('peer address 10.0.0.1;', 'peer address 10.0.0.11;'),
      errors: [
        {
          messageId: 'mismatch',
          data: { peerAddress: '10.0.0.11', partner: 'a/dhcpd.conf', address: '10.0.0.1' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'both wrong',
      code: PRIMARY.replace('peer address 10.0.0.2;', 'peer address 10.0.0.22;'),
      partner: SECONDARY.replace('peer address 10.0.0.1;', 'peer address 10.0.0.11;'),
      errors: [
        {
          messageId: 'mismatch',
          data: { peerAddress: '10.0.0.22', partner: 'b/dhcpd.conf', address: '10.0.0.2' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
        },
        {
          messageId: 'mismatch',
          data: { peerAddress: '10.0.0.11', partner: 'a/dhcpd.conf', address: '10.0.0.1' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
