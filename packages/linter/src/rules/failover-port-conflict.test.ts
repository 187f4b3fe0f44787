import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './failover-port-conflict.js';

ruleTester(rule, {
  valid: [
    PEER_FO('  port 647;') + POOL_FO,
    { name: 'the old port and the top of the range', code: PEER_FO('  port 519;', '  peer port 65535;') + POOL_FO },
    {
      name: 'the OMAPI port when OMAPI uses another',
      code: conf('omapi-port 7912;') + PEER_FO('  port 7911;') + POOL_FO,
    },
  ],
  invalid: [
    {
      code: PEER_FO('  port 67;') + POOL_FO,
      errors: [
        {
          messageId: 'dhcpPort',
          data: { statement: 'port', value: '67' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 11,
        },
      ],
    },
    {
      name: 'peer port 68, with a comment',
      code: PEER_FO('  peer port 68; # bootpc') + POOL_FO,
      errors: [
        {
          messageId: 'dhcpPort',
          data: { statement: 'peer', value: 'port 68' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'the OMAPI port',
      code: conf('omapi-port 7911;') + PEER_FO('  port 7911;') + POOL_FO,
      errors: [
        {
          messageId: 'omapiPort',
          data: { statement: 'port', value: '7911' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'no port number',
      code: PEER_FO('  port 0;') + POOL_FO,
      errors: [
        {
          messageId: 'notAPort',
          data: { statement: 'port', value: '0' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 10,
        },
      ],
    },
  ],
});
