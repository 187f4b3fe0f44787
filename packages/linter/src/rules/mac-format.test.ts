import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './mac-format.js';

ruleTester(rule, {
  valid: [
    conf('host pc { hardware ethernet 00:11:22:33:44:55; }'),
    { name: 'single-digit bytes', code: conf('host pc { hardware ethernet 0:1:2:3:4:5; }') },
    { name: 'another hardware type has other lengths', code: conf('host pc { hardware token-ring 0:1:2:3:4:5:6:7; }') },
  ],
  invalid: [
    {
      code: conf('host pc { hardware ethernet 00:11:22:33:44; }'),
      errors: [
        {
          messageId: 'notSixBytes',
          data: { address: '00:11:22:33:44', count: '5' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'seven bytes, in a group',
      code: conf('group {', '  host pc { hardware ethernet 00:11:22:33:44:55:66; }', '}'),
      errors: [
        {
          messageId: 'notSixBytes',
          data: { address: '00:11:22:33:44:55:66', count: '7' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'upper-case ETHERNET, eight bytes',
      code: conf('host pc {', '  hardware ETHERNET 0:1:2:3:4:5:6:7; # typo', '}'),
      errors: [
        {
          messageId: 'notSixBytes',
          data: { address: '0:1:2:3:4:5:6:7', count: '8' },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 36,
        },
      ],
    },
  ],
});
