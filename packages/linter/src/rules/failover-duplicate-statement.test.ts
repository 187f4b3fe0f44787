import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-duplicate-statement.js';

const peer = (...lines: string[]) => conf('failover peer "fo" {', ...lines, '}') + POOL_FO;

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'address and peer address are different statements',
      code: peer('  primary;', '  address 10.0.0.1;', '  peer address 10.0.0.2;', '  port 647;', '  peer port 647;'),
    },
  ],
  invalid: [
    {
      code: peer('  primary;', '  address 10.0.0.1;', '  address 10.0.0.3;', '  peer address 10.0.0.2;'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'address', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  primary;',
        '  address 10.0.0.1;',
        '  peer address 10.0.0.2;',
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
      name: 'the same line twice, with a comment',
      code: peer('  primary;', '  mclt 1800;', '  mclt 1800; # again'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'mclt', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 13,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  primary;',
        '  mclt 1800;',
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
      name: 'three times',
      code: peer('  secondary;', '  port 647;', '  port 647;', '  port 648;'),
      errors: [
        {
          messageId: 'repeated',
          data: { statement: 'port', peer: 'fo' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
        },
        {
          messageId: 'repeated',
          data: { statement: 'port', peer: 'fo' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 12,
        },
      ],
      output: conf(
        'failover peer "fo" {',
        '  secondary;',
        '  port 647;',
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
