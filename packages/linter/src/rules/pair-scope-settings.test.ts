import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-scope-settings.js';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'server-identifier differs on purpose',
      code: PRIMARY + 'server-identifier 10.0.0.1;\n',
      partner: SECONDARY + 'server-identifier 10.0.0.2;\n',
    },
    {
      name: 'the same setting in the same subnet',
      code: PRIMARY.replace('  pool {', '  option routers 10.0.0.1;\n  pool {'),
      partner: SECONDARY.replace('  pool {', '  option routers 10.0.0.1;\n  pool {'),
    },
  ],
  invalid: [
    {
      code: PRIMARY + 'default-lease-time 600;\n',
      partner: SECONDARY + 'default-lease-time 3600;\n',
      errors: [
        {
          messageId: 'differs',
          data: {
            setting: 'default-lease-time',
            value: '600',
            where: 'globally',
            partnerValue: '3600',
            partner: 'b/dhcpd.conf',
          },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'authoritative on one side',
      code: PRIMARY + 'authoritative;\n',
      partner: SECONDARY,
      errors: [
        {
          messageId: 'missingFlag',
          data: { setting: 'authoritative', where: 'globally', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'an option in a subnet on the partner only',
      code: PRIMARY,
      partner: SECONDARY.replace('  pool {', '  option routers 10.0.0.1;\n  pool {'),
      errors: [
        {
          messageId: 'missingValue',
          data: {
            setting: 'option routers',
            value: '10.0.0.1',
            where: 'in subnet 10.0.0.0/24',
            partner: 'a/dhcpd.conf',
          },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 27,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
