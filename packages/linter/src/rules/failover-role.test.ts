import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-role.js';

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
    { name: 'a primary with mclt', code: PEER_FO() + POOL_FO },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line failover-role') + peer('  address 10.0.0.1;') },
  ],
  invalid: [
    {
      code: peer('  secondary;', '  address 10.0.0.2;', '  peer address 10.0.0.1;', '  mclt 1800;'),
      errors: [{ messageId: 'mcltOnSecondary', data: { peer: 'fo' }, line: 5, column: 3, endLine: 5, endColumn: 13 }],
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
      name: 'no role',
      code: peer('  address 10.0.0.1;', '  peer address 10.0.0.2;'),
      errors: [{ messageId: 'noRole', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      name: 'both roles',
      code: peer('  primary;', '  address 10.0.0.1;', '  secondary;'),
      errors: [{ messageId: 'bothRoles', data: { peer: 'fo' }, line: 4, column: 3, endLine: 4, endColumn: 13 }],
    },
    {
      name: 'mclt with a comment on the secondary',
      code: peer('  secondary;', '  mclt 600; # copied from the primary', '  address 10.0.0.2;'),
      errors: [{ messageId: 'mcltOnSecondary', data: { peer: 'fo' }, line: 3, column: 3, endLine: 3, endColumn: 12 }],
      output: conf(
        'failover peer "fo" {',
        '  secondary;',
        '  address 10.0.0.2;',
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
