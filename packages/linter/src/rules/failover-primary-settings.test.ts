import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, peerWithPool, POOL_FO, SECONDARY_FO } from './support/examples.js';
import rule from './failover-primary-settings.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'hba instead of split',
      code: peerWithPool(
        '  primary;',
        '  mclt 1800;',
        '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;',
      ),
    },
    {
      name: 'a secondary needs neither',
      code: SECONDARY_FO + POOL_FO,
    },
  ],
  invalid: [
    {
      code: peerWithPool('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.2;'),
      errors: [
        { messageId: 'mclt', data: { peer: 'fo' }, line: 5, column: 1, endLine: 5, endColumn: 2 },
        { messageId: 'split', data: { peer: 'fo' }, line: 5, column: 1, endLine: 5, endColumn: 2 },
      ],
    },
    {
      name: 'mclt 0',
      code: peerWithPool('  primary;', '  mclt 0;', '  split 128;'),
      errors: [{ messageId: 'mclt', data: { peer: 'fo' }, line: 3, column: 3, endLine: 3, endColumn: 10 }],
    },
    {
      name: 'no role means primary: no split',
      code: peerWithPool('  address 10.0.0.1;', '  mclt 1800; # ok'),
      errors: [{ messageId: 'split', data: { peer: 'fo' }, line: 4, column: 1, endLine: 4, endColumn: 2 }],
    },
  ],
});
