import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './range-network-broadcast.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  range 10.0.0.1 10.0.0.254;'),
    {
      name: 'a /31 has no network or broadcast address',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.254 {', '  range 10.0.0.0 10.0.0.1;', '}'),
    },
    {
      name: 'a noncontiguous mask is not judged',
      code: conf('subnet 10.0.0.0 netmask 255.0.255.0 {', '  range 10.0.0.0 10.0.0.5;', '}'),
    },
  ],
  invalid: [
    {
      code: subnet('  range 10.0.0.0 10.0.0.255;'),
      errors: [
        {
          messageId: 'network',
          data: { range: '10.0.0.0 10.0.0.255', address: '10.0.0.0' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
        },
        {
          messageId: 'broadcast',
          data: { range: '10.0.0.0 10.0.0.255', address: '10.0.0.255' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'only the broadcast, in a pool',
      code: subnet('  pool {', '    range 10.0.0.200 10.0.0.255;', '  }'),
      errors: [
        {
          messageId: 'broadcast',
          data: { range: '10.0.0.200 10.0.0.255', address: '10.0.0.255' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'only the network, written backwards',
      code: subnet('  range 10.0.0.9 10.0.0.0;'),
      errors: [
        {
          messageId: 'network',
          data: { range: '10.0.0.9 10.0.0.0', address: '10.0.0.0' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
  ],
});
