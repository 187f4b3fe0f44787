import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO, sharedNetworkPool } from './support/examples.js';
import rule from './failover-peer-unused.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'used by a pool of a shared-network',
      code: PEER_FO() + sharedNetworkPool('    failover peer "fo";', '    range 10.0.0.10 10.0.0.99;'),
    },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line failover-peer-unused') + PEER_FO() },
  ],
  invalid: [
    {
      code: PEER_FO() + conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.99;', '}'),
      errors: [{ messageId: 'unused', data: { peer: 'fo' }, line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'referred to at shared-network level only',
      code:
        PEER_FO() +
        conf(
          'shared-network lab {',
          '  failover peer "fo";',
          '  subnet 10.0.0.0 netmask 255.255.255.0 {',
          '    pool {',
          '      range 10.0.0.10 10.0.0.99;',
          '    }',
          '  }',
          '}',
        ),
      errors: [
        { messageId: 'onlySharedNetwork', data: { peer: 'fo' }, line: 1, column: 15, endLine: 1, endColumn: 19 },
      ],
    },
    {
      name: 'a second peer without pools',
      code: PEER_FO() + PEER_FO().replace('"fo"', '"fo2"') + POOL_FO,
      errors: [{ messageId: 'unused', data: { peer: 'fo2' }, line: 11, column: 15, endLine: 11, endColumn: 20 }],
    },
  ],
});
