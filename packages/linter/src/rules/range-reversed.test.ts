import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './range-reversed.js';

const subnet = (...body: string[]) => conf('subnet 10.0.0.0 netmask 255.255.255.0 {', ...body, '}');

ruleTester(rule, {
  valid: [
    subnet('  range 10.0.0.10 10.0.0.20;'),
    { name: 'both ends equal', code: subnet('  range 10.0.0.10 10.0.0.10;') },
    { name: 'one address', code: subnet('  range 10.0.0.10;') },
    { name: 'disabled', code: subnet('  # dhcplint-disable-next-line range-reversed', '  range 10.0.0.20 10.0.0.10;') },
  ],
  invalid: [
    {
      code: subnet('  range 10.0.0.20 10.0.0.10;'),
      errors: [
        {
          messageId: 'reversed',
          data: { range: '10.0.0.20 10.0.0.10', high: '10.0.0.10', low: '10.0.0.20' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
        },
      ],
      output: subnet('  range 10.0.0.10 10.0.0.20;'),
    },
    {
      name: 'dynamic-bootp range in a pool, with a comment',
      code: subnet('  pool {', '    range dynamic-bootp 10.0.0.99 10.0.0.10; # old', '  }'),
      errors: [
        {
          messageId: 'reversed',
          data: { range: '10.0.0.99 10.0.0.10', high: '10.0.0.10', low: '10.0.0.99' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 45,
        },
      ],
      output: subnet('  pool {', '    range dynamic-bootp 10.0.0.10 10.0.0.99; # old', '  }'),
    },
    {
      name: 'in a shared-network: each reversed range, the others left alone',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.0.0 {',
        '    range 10.0.1.0 10.0.0.200;',
        '    range 10.0.2.1 10.0.2.9;',
        '    range 10.0.3.9 10.0.3.1;',
        '  }',
        '}',
      ),
      errors: [
        { messageId: 'reversed', line: 3, column: 5, endLine: 3, endColumn: 31 },
        { messageId: 'reversed', line: 5, column: 5, endLine: 5, endColumn: 29 },
      ],
      output: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.0.0 {',
        '    range 10.0.0.200 10.0.1.0;',
        '    range 10.0.2.1 10.0.2.9;',
        '    range 10.0.3.1 10.0.3.9;',
        '  }',
        '}',
      ),
    },
  ],
});
