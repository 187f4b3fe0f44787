import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './routers-outside-subnet.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  option routers 10.0.0.1;'),
    {
      name: 'matching broadcast address and mask',
      code: subnet('  option broadcast-address 10.0.0.255;', '  option subnet-mask 255.255.255.0;'),
    },
    { name: 'a router set outside any subnet', code: conf('option routers 192.168.0.1;') },
  ],
  invalid: [
    {
      code: subnet('  option routers 10.0.1.1;'),
      errors: [
        {
          messageId: 'router',
          data: { router: '10.0.1.1', subnet: '10.0.0.0/24' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'the second of two routers',
      code: subnet('  option routers 10.0.0.1, 10.9.9.9;'),
      errors: [
        {
          messageId: 'router',
          data: { router: '10.9.9.9', subnet: '10.0.0.0/24' },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'a broadcast address of another subnet',
      code: subnet('  option broadcast-address 10.0.1.255;'),
      errors: [
        {
          messageId: 'broadcast',
          data: { address: '10.0.1.255', subnet: '10.0.0.0/24', expected: '10.0.0.255' },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'a subnet mask that overrides the netmask',
      code: subnet('  option subnet-mask 255.255.0.0; # wider'),
      errors: [
        {
          messageId: 'subnetMask',
          data: { mask: '255.255.0.0', netmask: '255.255.255.0' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
  ],
});
