import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './subnet-options-mismatch.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  option subnet-mask 255.255.255.0;', '  option broadcast-address 10.0.0.255;'),
    { name: 'the limited broadcast', code: subnet('  option broadcast-address 255.255.255.255;') },
    {
      name: 'a noncontiguous netmask is not judged',
      code: conf('subnet 10.0.0.0 netmask 255.0.255.0 {', '  option subnet-mask 255.255.255.0;', '}'),
    },
  ],
  invalid: [
    {
      code: subnet('  option subnet-mask 255.255.0.0;', '  option broadcast-address 10.0.255.255;'),
      errors: [
        {
          messageId: 'subnetMask',
          data: { value: '255.255.0.0', subnet: '10.0.0.0/24', expected: '255.255.255.0' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 33,
        },
        {
          messageId: 'broadcastAddress',
          data: { value: '10.0.255.255', subnet: '10.0.0.0/24', expected: '10.0.0.255' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 40,
        },
      ],
      output: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  option subnet-mask 255.255.255.0;',
        '  option broadcast-address 10.0.0.255;',
        '}',
      ),
    },
    {
      name: 'only the broadcast address, with a comment',
      code: subnet('  option broadcast-address 10.0.0.127; # old /25'),
      errors: [
        {
          messageId: 'broadcastAddress',
          data: { value: '10.0.0.127', subnet: '10.0.0.0/24', expected: '10.0.0.255' },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 38,
        },
      ],
      output: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  option broadcast-address 10.0.0.255; # old /25', '}'),
    },
    {
      name: 'in a subnet of a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.1.0 netmask 255.255.255.128 {',
        '    option subnet-mask 255.255.255.0;',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'subnetMask',
          data: { value: '255.255.255.0', subnet: '10.0.1.0/25', expected: '255.255.255.128' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 37,
        },
      ],
      output: conf(
        'shared-network lab {',
        '  subnet 10.0.1.0 netmask 255.255.255.128 {',
        '    option subnet-mask 255.255.255.128;',
        '  }',
        '}',
      ),
    },
  ],
});
