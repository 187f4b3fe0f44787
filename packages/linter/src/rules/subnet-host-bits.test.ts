import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './subnet-host-bits.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 { }'),
    { name: 'a /32', code: conf('subnet 10.0.0.5 netmask 255.255.255.255 { }') },
    { name: 'a /0', code: conf('subnet 0.0.0.0 netmask 0.0.0.0 { }') },
  ],
  invalid: [
    {
      code: conf('subnet 10.0.0.5 netmask 255.255.255.0 { }'),
      errors: [
        {
          messageId: 'hostBits',
          data: { subnet: '10.0.0.5', netmask: '255.255.255.0', network: '10.0.0.0' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 16,
        },
      ],
      output: conf('subnet 10.0.0.0 netmask 255.255.255.0 { }'),
    },
    {
      name: 'in a shared-network',
      code: conf('shared-network lab {', '  subnet 192.168.1.1 netmask 255.255.0.0 { } # gateway', '}'),
      errors: [
        {
          messageId: 'hostBits',
          data: { subnet: '192.168.1.1', netmask: '255.255.0.0', network: '192.168.0.0' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 21,
        },
      ],
      output: conf('shared-network lab {', '  subnet 192.168.0.0 netmask 255.255.0.0 { } # gateway', '}'),
    },
    {
      name: 'a /31 with the low bit set',
      code: conf('subnet 10.0.0.1 netmask 255.255.255.254 { }'),
      errors: [
        {
          messageId: 'hostBits',
          data: { subnet: '10.0.0.1', netmask: '255.255.255.254', network: '10.0.0.0' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 16,
        },
      ],
      output: conf('subnet 10.0.0.0 netmask 255.255.255.254 { }'),
    },
  ],
});
