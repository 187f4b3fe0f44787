import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-peer-undeclared.js';

/** A second subnet whose pool names "fo" too. */
const SECOND_POOL_FO = conf(
  'subnet 10.0.1.0 netmask 255.255.255.0 {',
  '  pool {',
  '    failover peer "fo";',
  '    range 10.0.1.10 10.0.1.99;',
  '  }',
  '}',
);

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
    {
      name: 'declared after its first use only: the use below the declaration is fine',
      code: POOL_FO + PEER_FO() + SECOND_POOL_FO,
      errors: [{ messageId: 'declaredLater', data: { peer: 'fo' }, line: 3, column: 19, endLine: 3, endColumn: 23 }],
    },
    {
      name: 'declared in a file included after the first pool',
      files: {
        'etc/dhcp/dhcpd.conf': POOL_FO + conf('include "/etc/dhcp/peer.conf";') + SECOND_POOL_FO,
        'etc/dhcp/peer.conf': PEER_FO(),
      },
      errors: [{ messageId: 'declaredLater', data: { peer: 'fo' }, line: 3, column: 19, endLine: 3, endColumn: 23 }],
    },
    {
      name: 'used in an included file, declared after the include',
      files: {
        'etc/dhcp/dhcpd.conf': conf('include "/etc/dhcp/pools.conf";') + PEER_FO() + SECOND_POOL_FO,
        'etc/dhcp/pools.conf': POOL_FO,
      },
      errors: [
        {
          messageId: 'declaredLater',
          data: { peer: 'fo' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 23,
          file: 'srv/etc/dhcp/pools.conf',
        },
      ],
    },
  ],
});
