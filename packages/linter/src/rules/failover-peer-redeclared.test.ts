import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-peer-redeclared.js';

ruleTester(rule, {
  valid: [
    PEER_FO() + POOL_FO,
    { name: 'two peers with different names', code: PEER_FO() + PEER_FO().replace('"fo"', '"fo2"') + POOL_FO },
  ],
  invalid: [
    {
      code: PEER_FO() + PEER_FO() + POOL_FO,
      errors: [{ messageId: 'redeclared', data: { peer: 'fo' }, line: 11, column: 1, endLine: 11, endColumn: 9 }],
    },
    {
      name: 'the second one in an included file',
      files: {
        'etc/dhcp/dhcpd.conf': PEER_FO() + conf('include "/etc/dhcp/more.conf";') + POOL_FO,
        'etc/dhcp/more.conf': PEER_FO(),
      },
      errors: [
        {
          messageId: 'redeclared',
          data: { peer: 'fo' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
          file: 'srv/etc/dhcp/more.conf',
        },
      ],
    },
    {
      name: 'three times',
      code: PEER_FO() + PEER_FO() + PEER_FO() + POOL_FO,
      errors: [
        { messageId: 'redeclared', data: { peer: 'fo' }, line: 11, column: 1, endLine: 11, endColumn: 9 },
        { messageId: 'redeclared', data: { peer: 'fo' }, line: 21, column: 1, endLine: 21, endColumn: 9 },
      ],
    },
  ],
});
