import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './unused-disable-directive.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 600;'),
    {
      name: 'a directive that suppresses something',
      code: conf('# dhcplint-disable-next-line lease-times', 'default-lease-time 86400;', 'max-lease-time 3600;'),
    },
    {
      name: 'disable-line on the reported line',
      code: conf('ddns-update-style ad-hoc; # dhcplint-disable-line deprecated-statement'),
    },
  ],
  invalid: [
    {
      code: conf('# dhcplint-disable-next-line lease-times', 'default-lease-time 600;'),
      errors: [
        {
          messageId: 'unusedRules',
          data: { kind: 'disable-next-line', rules: 'lease-times' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'naming no rule',
      code: conf('# dhcplint-disable-next-line', 'default-lease-time 600;'),
      errors: [
        { messageId: 'unused', data: { kind: 'disable-next-line' }, line: 1, column: 1, endLine: 1, endColumn: 29 },
      ],
    },
    {
      name: 'two rules, on the line itself',
      code: conf('default-lease-time 600; # dhcplint-disable-line lease-times, range-overlap'),
      errors: [
        {
          messageId: 'unusedRules',
          data: { kind: 'disable-line', rules: 'lease-times, range-overlap' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'inside a subnet',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  # dhcplint-disable-next-line range-reversed',
        '  range 10.0.0.10 10.0.0.20;',
        '}',
      ),
      errors: [
        {
          messageId: 'unusedRules',
          data: { kind: 'disable-next-line', rules: 'range-reversed' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 46,
        },
      ],
    },
  ],
});
