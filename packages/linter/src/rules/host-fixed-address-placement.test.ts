import { ruleTester } from '../../test/rule-tester.js';
import { conf, PEER_FO, POOL_FO } from './support/examples.js';
import rule from './host-fixed-address-placement.js';

const subnet = conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.99;', '}');

ruleTester(rule, {
  valid: [
    subnet + conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }'),
    {
      name: 'no subnets declared at all',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 192.168.9.9; }'),
    },
    {
      name: 'matched by client identifier',
      code: subnet + conf('host a { option dhcp-client-identifier "x"; fixed-address 10.0.0.100; }'),
    },
  ],
  invalid: [
    {
      code: subnet + conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.50; }'),
      errors: [
        {
          messageId: 'inRange',
          data: { address: '10.0.0.50', host: 'a', range: '10.0.0.10 10.0.0.99' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'in a failover pool range',
      code: PEER_FO() + POOL_FO + conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.10; }'),
      errors: [
        {
          messageId: 'inFailoverRange',
          data: { address: '10.0.0.10', host: 'a', range: '10.0.0.10 10.0.0.99' },
          line: 17,
          column: 55,
          endLine: 17,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'in no subnet',
      code: subnet + conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.9.0.5; }'),
      errors: [
        {
          messageId: 'noSubnet',
          data: { address: '10.9.0.5', host: 'a' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'network and broadcast addresses',
      code: subnet + conf('host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.0, 10.0.0.255; }'),
      errors: [
        {
          messageId: 'networkAddress',
          data: { address: '10.0.0.0', subnet: '10.0.0.0/24' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 63,
        },
        {
          messageId: 'broadcastAddress',
          data: { address: '10.0.0.255', subnet: '10.0.0.0/24' },
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'no hardware and no client identifier',
      code: subnet + conf('group {', '  host a { fixed-address 10.0.0.5; }', '}'),
      errors: [{ messageId: 'unmatchable', data: { host: 'a' }, line: 5, column: 3, endLine: 5, endColumn: 7 }],
    },
  ],
});
