import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-ports.js';

const withPorts = (text: string, ...lines: string[]) =>
  text.replace('  max-response-delay', `${lines.join('')}  max-response-delay`);

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'the default written out on one side',
      code: withPorts(PRIMARY, '  port 647;\n', '  peer port 647;\n'),
      partner: SECONDARY,
    },
    {
      name: 'both moved to 847',
      code: withPorts(PRIMARY, '  port 847;\n', '  peer port 847;\n'),
      partner: withPorts(SECONDARY, '  port 847;\n', '  peer port 847;\n'),
    },
  ],
  invalid: [
    {
      code: PRIMARY.replace('peer address 10.0.0.2;', 'peer address 10.0.0.2;\n  peer port 847;'),
      partner: SECONDARY,
      errors: [
        {
          messageId: 'mismatch',
          data: { peerPort: '', peerPortNote: '847', partner: 'b/dhcpd.conf', port: '', portNote: '647 (default)' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'the partner listens elsewhere',
      code: PRIMARY,
      partner: withPorts(SECONDARY, '  port 519;\n'),
      errors: [
        {
          messageId: 'mismatch',
          data: { peerPort: '', peerPortNote: '647 (default)', partner: 'b/dhcpd.conf', port: '', portNote: '519' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'both sides written and different',
      code: withPorts(PRIMARY, '  port 647;\n', '  peer port 648;\n'),
      partner: withPorts(SECONDARY, '  port 649;\n', '  peer port 647;\n'),
      errors: [
        {
          messageId: 'mismatch',
          data: { peerPort: '', peerPortNote: '648', partner: 'b/dhcpd.conf', port: '', portNote: '649' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
        },
      ],
    },
  ],
});
