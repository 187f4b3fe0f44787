import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, peerWithPool, POOL_FO } from './support/examples.js';
import rule from './failover-local-address.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    { name: 'no peer address is another rule', code: peerWithPool('  primary;', '  address 10.0.0.1;') },
  ],
  invalid: [
    {
      code: peerWithPool('  primary;', '  peer address 10.0.0.2;'),
      errors: [{ messageId: 'noAddress', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      name: 'both addresses equal',
      code: peerWithPool('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.1;'),
      errors: [
        {
          messageId: 'sameAddress',
          data: { peer: 'fo', address: '10.0.0.1' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'equal host names',
      code: peerWithPool('  secondary;', '  address dhcp.example.net;', '  peer address dhcp.example.net; # pasted'),
      errors: [
        {
          messageId: 'sameAddress',
          data: { peer: 'fo', address: 'dhcp.example.net' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
  ],
});
