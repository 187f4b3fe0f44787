import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-secondary-settings.js';

const peer = (...lines: string[]) => conf('failover peer "fo" {', ...lines, '}') + POOL_FO;

ruleTester(rule, {
  valid: [
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
    { name: 'split on the primary', code: PEER_FO() + POOL_FO },
    { name: 'mclt on a secondary is another rule', code: peer('  secondary;', '  mclt 1800;') },
  ],
  invalid: [
    {
      code: peer('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;', '  split 128;'),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'split', peer: 'fo' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 13,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  secondary;',
        '  address 10.0.0.2;',
        '  peer address 10.0.0.1;',
        '}',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    failover peer "fo";',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
      ),
    },
    {
      name: 'hba',
      code: peer(
        '  secondary;',
        '  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff;',
      ),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'hba', peer: 'fo' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 103,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  secondary;',
        '}',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    failover peer "fo";',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
      ),
    },
    {
      name: 'both, one with a comment',
      code: peer(
        '  secondary;',
        '  split 128; # copied',
        '  hba 00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff:00:ff;',
      ),
      errors: [
        {
          messageId: 'primaryOnly',
          data: { statement: 'split', peer: 'fo' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 13,
        },
        {
          messageId: 'primaryOnly',
          data: { statement: 'hba', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 109,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  secondary;',
        '}',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    failover peer "fo";',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
      ),
    },
  ],
});
