// The server root of the host-context rules' examples: a primary, its netplan and defaults.
import { conf } from './examples.js';

const HOST_PEER = conf(
  'failover peer "fo" {',
  '  primary;',
  '  address 10.0.0.1;',
  '  peer address 10.0.0.2;',
  '  mclt 1800;',
  '  split 128;',
  '  load balance max seconds 3;',
  '}',
  'subnet 10.0.0.0 netmask 255.255.255.0 {',
  '  pool {',
  '    failover peer "fo";',
  '    range 10.0.0.100 10.0.0.199;',
  '  }',
  '}',
);

/** A netplan file giving eth0 `address` (statically). */
export const netplan = (address: string): string =>
  conf('network:', '  version: 2', '  ethernets:', '    eth0:', '      dhcp4: false', `      addresses: [${address}]`);

/** Files of a server root: the primary, a netplan file, and defaults serving `served`. */
export function hostRoot(netplanText: string, served = 'eth0'): Record<string, string> {
  return {
    'etc/dhcp/dhcpd.conf': HOST_PEER,
    'etc/netplan/01-netcfg.yaml': netplanText,
    'etc/default/isc-dhcp-server': `INTERFACESv4="${served}"\n`,
  };
}
