import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO, subnetPool } from './support/examples.js';
import rule from './failover-dynamic-bootp.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'dynamic-bootp in a pool without failover',
      code: subnetPool('    range dynamic-bootp 10.0.0.10 10.0.0.99;'),
    },
    {
      name: 'dynamic-bootp in another pool without failover',
      code:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  pool {',
          '    failover peer "fo";',
          '    range 10.0.0.10 10.0.0.99;',
          '  }',
          '  pool {',
          '    range dynamic-bootp 10.0.0.100 10.0.0.120;',
          '  }',
          '}',
        ),
    },
  ],
  invalid: [
    {
      code: PEER_FO() + subnetPool('    failover peer "fo";', '    range dynamic-bootp 10.0.0.10 10.0.0.99;'),
      errors: [{ messageId: 'dynamicBootp', data: { peer: 'fo' }, line: 14, column: 5, endLine: 14, endColumn: 45 }],
    },
    {
      name: 'the second of two ranges',
      code:
        PEER_FO() +
        subnetPool(
          '    failover peer "fo";',
          '    range 10.0.0.10 10.0.0.50;',
          '    range dynamic-bootp 10.0.0.51 10.0.0.99; # bootp',
        ),
      errors: [{ messageId: 'dynamicBootp', data: { peer: 'fo' }, line: 15, column: 5, endLine: 15, endColumn: 45 }],
    },
    {
      name: 'a one-address range',
      code: PEER_FO() + subnetPool('    failover peer "fo";', '    range dynamic-bootp 10.0.0.10;'),
      errors: [{ messageId: 'dynamicBootp', data: { peer: 'fo' }, line: 14, column: 5, endLine: 14, endColumn: 35 }],
    },
  ],
});
