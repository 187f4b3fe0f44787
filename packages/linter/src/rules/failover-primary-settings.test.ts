import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-primary-settings.js';

const peer = (...lines: string[]) => conf('failover peer "fo" {', ...lines, '}') + POOL_FO;

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'hba instead of split',
      code: peer(
        '  primary;',
        '  mclt 1800;',
        '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;',
      ),
    },
    {
      name: 'a secondary needs neither',
      code:
        conf(
          'failover peer "fo" {',
          '  secondary;',
          '  address 10.0.0.2;',
          '  peer address 10.0.0.1;',
          '  max-response-delay 30;',
          '  max-unacked-updates 10;',
          '  load balance max seconds 3;',
          '}',
        ) + POOL_FO,
    },
  ],
  invalid: [
    {
      code: peer('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.2;'),
      errors: [
        { messageId: 'mclt', data: { peer: 'fo' }, line: 5, column: 1, endLine: 5, endColumn: 2 },
        { messageId: 'split', data: { peer: 'fo' }, line: 5, column: 1, endLine: 5, endColumn: 2 },
      ],
    },
    {
      name: 'mclt 0',
      code: peer('  primary;', '  mclt 0;', '  split 128;'),
      errors: [{ messageId: 'mclt', data: { peer: 'fo' }, line: 3, column: 3, endLine: 3, endColumn: 10 }],
    },
    {
      name: 'no role means primary: no split',
      code: peer('  address 10.0.0.1;', '  mclt 1800; # ok'),
      errors: [{ messageId: 'split', data: { peer: 'fo' }, line: 4, column: 1, endLine: 4, endColumn: 2 }],
    },
  ],
});
