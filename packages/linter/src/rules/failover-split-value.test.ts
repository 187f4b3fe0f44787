import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-split-value.js';

const peer = (...lines: string[]) => conf('failover peer "fo" {', ...lines, '}') + POOL_FO;
const HBA_32 = 'ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'the ends 0 and 256',
      code: peer('  primary;', '  split 0;') + peer('  primary;', '  split 256;').replace(/"fo"/g, '"fo2"'),
    },
    { name: 'an hba of 32 bytes', code: peer('  primary;', `  hba ${HBA_32};`) },
  ],
  invalid: [
    {
      code: peer('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.2;', '  mclt 1800;', '  split 300;'),
      errors: [{ messageId: 'split', data: { value: '300' }, line: 6, column: 3, endLine: 6, endColumn: 13 }],
    },
    {
      name: 'split 257',
      code: peer('  primary;', '  split 257; # one too many'),
      errors: [{ messageId: 'split', data: { value: '257' }, line: 3, column: 3, endLine: 3, endColumn: 13 }],
    },
    {
      name: 'an hba of 31 bytes',
      code: peer('  primary;', `  hba ${HBA_32.slice(3)};`),
      errors: [{ messageId: 'hba', data: { count: '31' }, line: 3, column: 3, endLine: 3, endColumn: 100 }],
    },
  ],
});
