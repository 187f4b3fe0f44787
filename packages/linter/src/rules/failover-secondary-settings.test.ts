import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, peerWithPool, POOL_FO, SECONDARY_FO } from './support/examples.js';
import rule from './failover-secondary-settings.js';

ruleTester(rule, {
  valid: [
    SECONDARY_FO + POOL_FO,
    { name: 'split on the primary', code: PEER_FO() + POOL_FO },
    { name: 'mclt on a secondary is another rule', code: peerWithPool('  secondary;', '  mclt 1800;') },
  ],
  invalid: [
    {
      code: peerWithPool('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;', '  split 128;'),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'split', peer: 'fo' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 13,
        },
      ],
      output: peerWithPool('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;'),
    },
    {
      name: 'hba',
      code: peerWithPool(
        '  secondary;',
        '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;',
      ),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'hba', peer: 'fo' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 103,
        },
      ],
      output: peerWithPool('  secondary;'),
    },
    {
      name: 'both, one with a comment',
      code: peerWithPool(
        '  secondary;',
        '  split 128; # copied',
        '  hba 00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff;',
      ),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'split', peer: 'fo' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 13,
        },
        {
          messageId: 'primaryOnly',
          data: { statement: 'hba', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 109,
        },
      ],
      output: peerWithPool('  secondary;'),
    },
  ],
});
