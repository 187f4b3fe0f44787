import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './range-overlap.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  range 10.0.0.10 10.0.0.50;', '  range 10.0.0.51 10.0.0.90;'),
    {
      name: 'in different subnets',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.50;',
        '}',
        'subnet 10.0.1.0 netmask 255.255.255.0 {',
        '  range 10.0.1.10 10.0.1.50;',
        '}',
      ),
    },
    { name: 'one address apart', code: subnet('  range 10.0.0.10;', '  range 10.0.0.11;') },
  ],
  invalid: [
    {
      code: subnet('  range 10.0.0.10 10.0.0.50;', '  range 10.0.0.40 10.0.0.90;'),
      errors: [
        {
          messageId: 'overlap',
          data: { range: '10.0.0.40 10.0.0.90', other: '10.0.0.10 10.0.0.50' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'identical ranges in two pools',
      code: subnet(
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '  }',
      ),
      errors: [
        {
          messageId: 'overlap',
          data: { range: '10.0.0.10 10.0.0.20', other: '10.0.0.10 10.0.0.20' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'one range inside another, one reversed',
      code: subnet('  range 10.0.0.10 10.0.0.90;', '  range 10.0.0.30 10.0.0.20;'),
      errors: [
        {
          messageId: 'overlap',
          data: { range: '10.0.0.30 10.0.0.20', other: '10.0.0.10 10.0.0.90' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'three ranges sharing one address: one report each after the first',
      code: subnet('  range 10.0.0.10 10.0.0.20;', '  range 10.0.0.20 10.0.0.30;', '  range 10.0.0.20;'),
      errors: [
        {
          messageId: 'overlap',
          data: { range: '10.0.0.20 10.0.0.30', other: '10.0.0.10 10.0.0.20' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
        },
        {
          messageId: 'overlap',
          data: { range: '10.0.0.20', other: '10.0.0.10 10.0.0.20' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
        },
      ],
    },
  ],
});
