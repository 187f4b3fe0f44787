import { ruleTester } from '../../test/rule-tester.js';
import { conf, failoverPeer } from './support/examples.js';
import rule from './pair-partner-missing.js';

const PEER = failoverPeer({ role: 'primary', timers: false });

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    {
      name: 'both halves given',
      code: PEER,
      partner: PEER.replace('primary;', 'secondary;').replace('  mclt 1800;\n  split 128;\n', ''),
    },
  ],
  invalid: [
    {
      code: PEER,
      errors: [{ messageId: 'noPartner', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'a peer inside a shared-network, name on the next line',
      code: conf('shared-network lab {', '  failover peer', '    "fo" {', '    primary;', '  }', '}'),
      errors: [{ messageId: 'noPartner', data: { peer: 'fo' }, line: 2, column: 3, endLine: 3, endColumn: 9 }],
    },
    {
      name: 'two peers: one report each',
      code: PEER + PEER.replace('"fo"', '"fo2"'),
      errors: [
        { messageId: 'noPartner', data: { peer: 'fo' }, line: 1, column: 1, endLine: 1, endColumn: 19 },
        { messageId: 'noPartner', data: { peer: 'fo2' }, line: 8, column: 1, endLine: 8, endColumn: 20 },
      ],
    },
  ],
});
