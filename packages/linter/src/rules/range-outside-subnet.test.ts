import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './range-outside-subnet.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  range 10.0.0.10 10.0.0.20;'),
    { name: 'the whole subnet', code: subnet('  range 10.0.0.0 10.0.0.255;') },
    { name: 'in a pool', code: subnet('  pool {', '    range 10.0.0.1 10.0.0.9;', '  }') },
  ],
  invalid: [
    {
      code: subnet('  range 10.0.1.10 10.0.1.20;'),
      errors: [
        {
          messageId: 'outside',
          data: { range: '10.0.1.10 10.0.1.20', address: '10.0.1.10', subnet: '10.0.0.0/24' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'only the high end outside',
      code: subnet('  range 10.0.0.250 10.0.1.5;'),
      errors: [
        {
          messageId: 'outside',
          data: { range: '10.0.0.250 10.0.1.5', address: '10.0.1.5', subnet: '10.0.0.0/24' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'in a pool of a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 {',
        '    pool {',
        '      range 10.0.2.1 10.0.2.9; # wrong net',
        '    }',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'outside',
          data: { range: '10.0.2.1 10.0.2.9', address: '10.0.2.1', subnet: '10.0.0.0/24' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
  ],
});
