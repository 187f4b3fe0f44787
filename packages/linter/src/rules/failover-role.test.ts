import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, peerWithPool, POOL_FO, SECONDARY_FO } from './support/examples.js';
import rule from './failover-role.js';

ruleTester(rule, {
  valid: [
    SECONDARY_FO + POOL_FO,
    { name: 'a primary with mclt', code: PEER_FO() + POOL_FO },
    {
      name: 'disabled',
      code: conf('# dhcplint-disable-next-line failover-role') + peerWithPool('  address 10.0.0.1;'),
    },
  ],
  invalid: [
    {
      code: peerWithPool('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;', '  mclt 1800;'),
      errors: [{ messageId: 'mcltOnSecondary', data: { peer: 'fo' }, line: 5, column: 3, endLine: 5, endColumn: 13 }],
      output: peerWithPool('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;'),
    },
    {
      name: 'no role',
      code: peerWithPool('  address 10.0.0.1;', '  peer address 10.0.0.2;'),
      errors: [{ messageId: 'noRole', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      name: 'both roles',
      code: peerWithPool('  primary;', '  address 10.0.0.1;', '  secondary;'),
      errors: [{ messageId: 'bothRoles', data: { peer: 'fo' }, line: 4, column: 3, endLine: 4, endColumn: 13 }],
    },
    {
      name: 'mclt with a comment on the secondary',
      code: peerWithPool('  secondary;', '  mclt 600; # copied from the primary', '  address 10.0.0.2;'),
      errors: [{ messageId: 'mcltOnSecondary', data: { peer: 'fo' }, line: 3, column: 3, endLine: 3, endColumn: 12 }],
      output: peerWithPool('  secondary;', '  address 10.0.0.2;'),
    },
  ],
});
