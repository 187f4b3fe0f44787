import { ruleTester } from '../../test/rule-tester.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-balance-settings.js';

ruleTester(rule, {
  valid: [
    PEER_FO('  max-lease-misbalance 15;', '  max-lease-ownership 10;') + POOL_FO,
    { name: "dhcpd's defaults", code: PEER_FO() + POOL_FO },
    { name: 'auto-partner-down 0 is off', code: PEER_FO('  auto-partner-down 0;') + POOL_FO },
  ],
  invalid: [
    {
      code: PEER_FO('  max-lease-misbalance 10;', '  max-lease-ownership 20;', '  auto-partner-down 600;') + POOL_FO,
      errors: [
        {
          messageId: 'ownership',
          data: { ownership: '20', misbalance: '10' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 26,
        },
        { messageId: 'autoPartnerDown', data: { value: '600' }, line: 12, column: 3, endLine: 12, endColumn: 25 },
      ],
    },
    {
      name: 'ownership equal to the default misbalance',
      code: PEER_FO('  max-lease-ownership 15;') + POOL_FO,
      errors: [
        {
          messageId: 'ownership',
          data: { ownership: '15', misbalance: '15' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'min-balance above max-balance',
      code: PEER_FO('  min-balance 3600;', '  max-balance 60;') + POOL_FO,
      errors: [
        { messageId: 'balance', data: { min: '3600', max: '60' }, line: 10, column: 3, endLine: 10, endColumn: 20 },
      ],
    },
    {
      name: 'split and hba',
      code:
        PEER_FO(
          '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00;',
        ) + POOL_FO,
      errors: [{ messageId: 'splitAndHba', data: { peer: 'fo' }, line: 10, column: 3, endLine: 10, endColumn: 103 }],
    },
  ],
});
