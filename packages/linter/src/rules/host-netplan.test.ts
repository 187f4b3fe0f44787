import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-netplan.js';

import { hostRoot, netplan } from './support/host-example.js';

ruleTester(rule, {
  valid: [
    { files: hostRoot(netplan('10.0.0.1/24')) },
    {
      name: 'comments and flow lists',
      files: hostRoot(
        conf('# netplan', 'network: {version: 2, ethernets: {eth0: {dhcp4: false, addresses: [10.0.0.1/24]}}}'),
      ),
    },
  ],
  invalid: [
    {
      files: hostRoot('network:\n  ethernets: [\n'),
      errors: [
        {
          messageId: 'unreadable',
          data: {
            message:
              'Netplan YAML error: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          file: 'srv/etc/netplan/01-netcfg.yaml',
        },
      ],
    },
    {
      name: 'a tab indent',
      files: hostRoot('network:\n\tversion: 2\n'),
      errors: [
        {
          messageId: 'unreadable',
          data: { message: 'Netplan YAML error: Tabs are not allowed as indentation at line 2, column 1:' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 2,
          file: 'srv/etc/netplan/01-netcfg.yaml',
        },
      ],
    },
    {
      name: 'a second netplan file with an unclosed quote',
      files: { ...hostRoot(netplan('10.0.0.1/24')), 'etc/netplan/02-extra.yaml': 'network:\n  version: "2\n' },
      errors: [
        {
          messageId: 'unreadable',
          data: { message: 'Netplan YAML error: Missing closing "quote at line 3, column 1:' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          file: 'srv/etc/netplan/02-extra.yaml',
        },
      ],
    },
  ],
});
