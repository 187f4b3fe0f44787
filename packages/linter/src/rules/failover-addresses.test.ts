import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, peerWithPool, POOL_FO } from './support/examples.js';
import rule from './failover-addresses.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'a peer address given as a name is another rule',
      code: peerWithPool('  primary;', '  peer address serv2.example.net;'),
    },
  ],
  invalid: [
    {
      code: peerWithPool('  primary;', '  address 10.0.0.1;', '  mclt 1800;', '  split 128;'),
      errors: [{ messageId: 'noPeerAddress', data: { peer: 'fo' }, line: 6, column: 1, endLine: 6, endColumn: 2 }],
    },
    {
      name: 'an empty peer block',
      code: conf('failover peer "fo" { }') + POOL_FO,
      errors: [{ messageId: 'noPeerAddress', data: { peer: 'fo' }, line: 1, column: 22, endLine: 1, endColumn: 23 }],
    },
    {
      name: 'a peer port but no peer address',
      code: peerWithPool('  secondary;', '  address 10.0.0.2;', '  peer port 647; # only the port'),
      errors: [{ messageId: 'noPeerAddress', data: { peer: 'fo' }, line: 5, column: 1, endLine: 5, endColumn: 2 }],
    },
  ],
});
