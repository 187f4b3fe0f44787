import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './noncontiguous-netmask.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 { }'),
    { name: 'all ones', code: conf('subnet 10.0.0.1 netmask 255.255.255.255 { }') },
    { name: 'all zeros', code: conf('subnet 0.0.0.0 netmask 0.0.0.0 { }') },
  ],
  invalid: [
    {
      code: conf('subnet 10.0.0.0 netmask 255.0.255.0 { }'),
      errors: [
        {
          messageId: 'noncontiguous',
          data: { netmask: '255.0.255.0' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'one stray bit, in a shared-network',
      code: conf('shared-network lab {', '  subnet 10.0.0.0 netmask 255.255.255.1 { }', '}'),
      errors: [
        {
          messageId: 'noncontiguous',
          data: { netmask: '255.255.255.1' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'two subnets',
      code: conf('subnet 10.0.0.0 netmask 0.255.255.255 { }', 'subnet 10.1.0.0 netmask 255.255.0.255 { }'),
      errors: [
        {
          messageId: 'noncontiguous',
          data: { netmask: '0.255.255.255' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 38,
        },
        {
          messageId: 'noncontiguous',
          data: { netmask: '255.255.0.255' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
  ],
});
