import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO, subnetPool, sharedNetworkPool } from './support/examples.js';
import rule from './failover-ref-placement.js';

const pool = (ref: string) => subnetPool(`    ${ref}`, '    range 10.0.0.10 10.0.0.99;');

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'at shared-network level',
      code:
        PEER_FO() +
        conf('shared-network lab {', '  failover peer "fo";', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '}'),
    },
  ],
  invalid: [
    {
      code: PEER_FO() + pool('failover peer fo;'),
      errors: [{ messageId: 'unquoted', line: 13, column: 19, endLine: 13, endColumn: 21 }],
      output: PEER_FO() + POOL_FO,
    },
    {
      name: 'directly in a subnet',
      code:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  failover peer "fo"; # here',
          '  range 10.0.0.10 10.0.0.99;',
          '}',
        ),
      errors: [{ messageId: 'inSubnet', line: 12, column: 3, endLine: 12, endColumn: 22 }],
    },
    {
      name: 'unquoted in a pool of a shared-network',
      code: PEER_FO() + sharedNetworkPool('    failover peer fo;', '    range 10.0.0.10 10.0.0.99;'),
      errors: [{ messageId: 'unquoted', line: 14, column: 19, endLine: 14, endColumn: 21 }],
      output: PEER_FO() + sharedNetworkPool('    failover peer "fo";', '    range 10.0.0.10 10.0.0.99;'),
    },
  ],
});
