import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './unicode-lookalike.js';

ruleTester(rule, {
  valid: [
    conf('failover peer "fo" {', '  primary;', '  max-response-delay 30;', '}'),
    { name: 'typographic quotes inside a quoted string are data', code: conf('option domain-name "“example”.org";') },
    { name: 'in a comment', code: conf('# max\u2010lease\u2010time', 'max-lease-time 7200;') },
    {
      name: 'disabled',
      code: conf('# dhcplint-disable-next-line unicode-lookalike', 'max\u2010lease\u2010time 7200;'),
    },
  ],
  invalid: [
    {
      code: conf('failover peer "fo" {', '  primary;', '  max\u2010response\u2010delay 30;', '}'),
      errors: [
        {
          messageId: 'lookalike',
          data: { word: 'max‐response‐delay', fixed: 'max-response-delay' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
        },
      ],
      output: conf('failover peer "fo" {', '  primary;', '  max-response-delay 30;', '}'),
    },
    {
      name: 'an en dash in a subnet inside a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 {',
        '    default\u2013lease-time 600;',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'lookalike',
          data: { word: 'default–lease-time', fixed: 'default-lease-time' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 23,
        },
      ],
      output: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 {',
        '    default-lease-time 600;',
        '  }',
        '}',
      ),
    },
    {
      name: 'a non-breaking space between keyword and value becomes a space',
      code: conf('default-lease-time\u00a0600;'),
      errors: [
        {
          messageId: 'lookalike',
          data: { word: 'default-lease-time 600', fixed: 'default-lease-time 600' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
        },
      ],
      output: conf('default-lease-time 600;'),
    },
    {
      name: 'a non-breaking space inside a host name is not fixed',
      code: conf('host nbsp\u00a0x { hardware ethernet 0:1:2:3:4:5; }'),
      errors: [
        { messageId: 'nonBreakingSpace', data: { word: 'nbsp x' }, line: 1, column: 6, endLine: 1, endColumn: 12 },
      ],
    },
    {
      name: 'a second non-breaking space (a thousands separator in the value) is not fixed',
      code: conf('default-lease-time\u00a086\u00a0400;'),
      errors: [
        {
          messageId: 'nonBreakingSpace',
          data: { word: 'default-lease-time\u00a086\u00a0400' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
        },
      ],
    },
  ],
});
