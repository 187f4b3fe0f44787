import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-local-address.js';

const peer = (...lines: string[]) => conf('failover peer "fo" {', ...lines, '}') + POOL_FO;

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    { name: 'no peer address is another rule', code: peer('  primary;', '  address 10.0.0.1;') },
  ],
  invalid: [
    {
      code: peer('  primary;', '  peer address 10.0.0.2;'),
      errors: [{ messageId: 'noAddress', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      name: 'both addresses equal',
      code: peer('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.1;'),
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
      code: peer('  secondary;', '  address dhcp.example.net;', '  peer address dhcp.example.net; # pasted'),
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
