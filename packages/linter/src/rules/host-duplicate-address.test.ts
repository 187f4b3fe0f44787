import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-duplicate-address.js';

/** A later host repeating host a's hardware address 0:1:2:3:4:5. */
const macOfA = { messageId: 'hardware', data: { address: '00:01:02:03:04:05', host: 'a' } };

ruleTester(rule, {
  valid: [
    conf(
      'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
      'host b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.6; }',
    ),
    {
      name: 'one host name declared twice keeps its address',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host a { hardware ethernet 0:1:2:3:4:5; }'),
    },
    {
      name: 'the same bytes under another hardware type',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host b { hardware token-ring 0:1:2:3:4:5; }'),
    },
  ],
  invalid: [
    {
      code: conf(
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
      ),
      errors: [
        { ...macOfA, line: 2, column: 28, endLine: 2, endColumn: 39 },
        {
          messageId: 'fixed',
          data: { address: '10.0.0.5', host: 'a' },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'the same address written two ways',
      code: conf('host a { hardware ethernet 00:01:02:03:04:05; }', 'host b { hardware ethernet 0:1:2:3:4:5; }'),
      errors: [{ ...macOfA, line: 2, column: 28, endLine: 2, endColumn: 39 }],
    },
    {
      name: 'one of several fixed addresses, in a group',
      code: conf(
        'host a { fixed-address 10.0.0.5, 10.0.0.6; }',
        'group {',
        '  host b { fixed-address 10.0.0.7, 10.0.0.6; }',
        '}',
      ),
      errors: [
        {
          messageId: 'fixed',
          data: { address: '10.0.0.6', host: 'a' },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'three hosts: the later two',
      code: conf(
        'host a { hardware ethernet 0:1:2:3:4:5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; }',
        'host c { hardware ethernet 0:1:2:3:4:5; }',
      ),
      errors: [
        { ...macOfA, line: 2, column: 28, endLine: 2, endColumn: 39 },
        { ...macOfA, line: 3, column: 28, endLine: 3, endColumn: 39 },
      ],
    },
  ],
});
