import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, peerWithPool, POOL_FO } from './support/examples.js';
import rule from './failover-duplicate-statement.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'address and peer address are different statements',
      code: peerWithPool(
        '  primary;',
        '  address 10.0.0.1;',
        '  peer address 10.0.0.2;',
        '  port 647;',
        '  peer port 647;',
      ),
    },
  ],
  invalid: [
    {
      code: peerWithPool('  primary;', '  address 10.0.0.1;', '  address 10.0.0.3;', '  peer address 10.0.0.2;'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'address', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
        },
      ],
      output: peerWithPool('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.2;'),
    },
    {
      name: 'the same line twice, with a comment',
      code: peerWithPool('  primary;', '  mclt 1800;', '  mclt 1800; # again'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'mclt', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 13,
        },
      ],
      output: peerWithPool('  primary;', '  mclt 1800;'),
    },
    {
      name: 'three times',
      code: peerWithPool('  secondary;', '  port 647;', '  port 647;', '  port 648;'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'port', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
        },
        {
          messageId: 'repeated',
          data: { statement: 'port', peer: 'fo' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 12,
        },
      ],
      output: peerWithPool('  secondary;', '  port 647;'),
    },
  ],
});
