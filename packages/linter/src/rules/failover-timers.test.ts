import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, peerWithPool, POOL_FO } from './support/examples.js';
import rule from './failover-timers.js';

/** Reports about the peer as a whole sit on its `failover` keyword (line 1). */
const onPeerKeyword = { line: 1, column: 1, endLine: 1, endColumn: 9 };

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'on a secondary too',
      code: peerWithPool(
        '  secondary;',
        '  max-response-delay 60;',
        '  max-unacked-updates 10;',
        '  load balance max seconds 5;',
      ),
    },
  ],
  invalid: [
    {
      code: peerWithPool(
        '  primary;',
        '  address 10.0.0.1;',
        '  peer address 10.0.0.2;',
        '  mclt 1800;',
        '  split 128;',
      ),
      errors: [
        {
          messageId: 'missingTimer',
          data: { peer: 'fo', timer: 'max-response-delay', default: '20' },
          ...onPeerKeyword,
        },
        {
          messageId: 'missingTimer',
          data: { peer: 'fo', timer: 'max-unacked-updates', default: '100' },
          ...onPeerKeyword,
        },
        {
          messageId: 'loadBalanceOff',
          data: { peer: 'fo', value: 'not set' },
          ...onPeerKeyword,
        },
      ],
    },
    {
      name: 'load balancing 0',
      code: peerWithPool(
        '  primary;',
        '  max-response-delay 30;',
        '  max-unacked-updates 10;',
        '  load balance max seconds 0;',
      ),
      errors: [
        {
          messageId: 'loadBalanceOff',
          data: { peer: 'fo', value: '0' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'only max-unacked-updates missing',
      code: peerWithPool('  primary;', '  max-response-delay 30;', '  load balance max seconds 3; # fine'),
      errors: [
        {
          messageId: 'missingTimer',
          data: { peer: 'fo', timer: 'max-unacked-updates', default: '100' },
          ...onPeerKeyword,
        },
      ],
    },
  ],
});
