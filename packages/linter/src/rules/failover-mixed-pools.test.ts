import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-mixed-pools.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    {
      name: 'a plain range in another subnet',
      code: PEER_FO() + POOL_FO + conf('subnet 10.0.1.0 netmask 255.255.255.0 {', '  range 10.0.1.10 10.0.1.99;', '}'),
    },
    {
      name: 'no failover at all',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.100 10.0.0.120;',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
      ),
    },
  ],
  invalid: [
    {
      code:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  range 10.0.0.100 10.0.0.120;',
          '  pool {',
          '    failover peer "fo";',
          '    range 10.0.0.10 10.0.0.99;',
          '  }',
          '}',
        ),
      errors: [
        {
          messageId: 'unprotected',
          data: { range: '10.0.0.100 10.0.0.120' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a pool without failover beside a failover pool',
      code:
        PEER_FO() +
        conf(
          'subnet 10.0.0.0 netmask 255.255.255.0 {',
          '  pool {',
          '    failover peer "fo";',
          '    range 10.0.0.10 10.0.0.99;',
          '  }',
          '  pool {',
          '    range 10.0.0.100 10.0.0.120; # guests',
          '  }',
          '}',
        ),
      errors: [
        {
          messageId: 'unprotected',
          data: { range: '10.0.0.100 10.0.0.120' },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'another subnet of the same shared-network',
      code:
        PEER_FO() +
        conf(
          'shared-network lab {',
          '  subnet 10.0.0.0 netmask 255.255.255.0 {',
          '    pool {',
          '      failover peer "fo";',
          '      range 10.0.0.10 10.0.0.99;',
          '    }',
          '  }',
          '  subnet 10.0.1.0 netmask 255.255.255.0 {',
          '    range 10.0.1.10 10.0.1.99;',
          '  }',
          '}',
        ),
      errors: [
        {
          messageId: 'unprotected',
          data: { range: '10.0.1.10 10.0.1.99' },
          line: 19,
          column: 5,
          endLine: 19,
          endColumn: 31,
        },
      ],
    },
  ],
});
