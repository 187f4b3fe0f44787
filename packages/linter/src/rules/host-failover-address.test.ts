import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-failover-address.js';

import { hostRoot, netplan } from './support/host-example.js';

const DHCP4 = conf(
  'network:',
  '  version: 2',
  '  ethernets:',
  '    eth0:',
  '      dhcp4: true',
  '      addresses: [10.0.0.1/24]',
);

ruleTester(rule, {
  valid: [
    { files: hostRoot(netplan('10.0.0.1/24')) },
    { name: 'the address among several', files: hostRoot(netplan('192.168.1.1/24, 10.0.0.1/24')) },
  ],
  invalid: [
    {
      files: hostRoot(netplan('10.0.0.9/24')),
      errors: [
        {
          messageId: 'notLocal',
          data: { address: '10.0.0.1', addresses: '10.0.0.9/24' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'the failover interface also uses dhcp4',
      files: hostRoot(DHCP4),
      errors: [
        {
          messageId: 'dhcp4Interface',
          data: { interface: 'eth0', address: '10.0.0.1' },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 18,
          file: 'srv/etc/netplan/01-netcfg.yaml',
        },
      ],
    },
    {
      name: 'no address in netplan at all',
      files: hostRoot(conf('network:', '  version: 2', '  ethernets:', '    eth0:', '      dhcp4: false')),
      errors: [
        {
          messageId: 'notLocal',
          data: { address: '10.0.0.1', addresses: 'none' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
  ],
});
