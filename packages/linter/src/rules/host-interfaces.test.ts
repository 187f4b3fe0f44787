import { ruleTester } from '../../test/rule-tester.js';
import rule from './host-interfaces.js';

import { hostRoot, netplan } from './support/host-example.js';

ruleTester(rule, {
  valid: [
    { files: hostRoot(netplan('10.0.0.1/24')) },
    {
      name: 'no defaults file',
      files: { ...hostRoot(netplan('10.0.0.1/24')), 'etc/default/isc-dhcp-server': '# nothing\n' },
    },
  ],
  invalid: [
    {
      files: hostRoot(netplan('10.0.0.1/24'), 'eth1'),
      errors: [
        {
          messageId: 'noSuchInterface',
          data: { interface: 'eth1', interfaces: 'eth0' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
          file: 'srv/etc/default/isc-dhcp-server',
        },
      ],
    },
    {
      name: 'an interface no subnet covers',
      files: hostRoot(netplan('192.168.5.1/24')),
      errors: [
        {
          messageId: 'noSubnet',
          data: { interface: 'eth0', addresses: '192.168.5.1/24' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
          file: 'srv/etc/default/isc-dhcp-server',
        },
      ],
    },
    {
      name: 'the legacy INTERFACES=',
      files: {
        ...hostRoot(netplan('10.0.0.1/24')),
        'etc/default/isc-dhcp-server': 'INTERFACES="eth0"\nINTERFACESv4="eth0"\n',
      },
      errors: [
        { messageId: 'legacy', line: 1, column: 1, endLine: 1, endColumn: 18, file: 'srv/etc/default/isc-dhcp-server' },
      ],
    },
  ],
});
