import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-peer-undeclared.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'declared inside a shared-network before the pool',
      code:
        conf('shared-network lab {') +
        PEER_FO() +
        conf(
          '  subnet 10.0.0.0 netmask 255.255.255.0 {',
          '    pool {',
          '      failover peer "fo";',
          '      range 10.0.0.10 10.0.0.99;',
          '    }',
          '  }',
          '}',
        ),
    },
    {
      name: 'declared in an included file before',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/peer.conf";') + POOL_FO,
        'etc/dhcp/peer.conf': PEER_FO(),
      },
    },
  ],
  invalid: [
    {
      code: POOL_FO,
      errors: [{ messageId: 'undeclared', data: { peer: 'fo' }, line: 3, column: 19, endLine: 3, endColumn: 23 }],
    },
    {
      name: 'declared after the pool',
      code: POOL_FO + PEER_FO(),
      errors: [{ messageId: 'declaredLater', data: { peer: 'fo' }, line: 3, column: 19, endLine: 3, endColumn: 23 }],
    },
    {
      name: 'another name',
      code:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  pool {',
          '    failover peer "other"; # typo',
          '    range 10.0.0.10 10.0.0.99;',
          '  }',
          '}',
        ),
      errors: [{ messageId: 'undeclared', data: { peer: 'other' }, line: 13, column: 19, endLine: 13, endColumn: 26 }],
    },
  ],
});
