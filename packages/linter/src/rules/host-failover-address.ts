// The failover `address` is not a static address of this host, or `peer address` not one of the partner's.
import { defineBuiltinRule } from './rule.js';
import { hostRoot, netplan } from './support/host-example.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'host-failover-address',
    category: 'host-context',
    defaultSeverity: 'error',
    description:
      "The failover `address` is not a static address of this host, or `peer address` is not one of the partner's.",
    rationale: 'dhcpd cannot bind or is refused by the partner; it shows only at run time.',
    dhcpd: 'n/a',
    recommended: true,
    messages: {
      notLocal: 'Failover address {{address}} is not a static address of this host (netplan has {{addresses}}).',
      dhcp4Interface:
        "Interface {{interface}} carries the failover address {{address}} but also uses dhcp4; a DHCP server's " +
        'failover interface must be static.',
      notPartners:
        'peer address {{address}} is not an address of the partner host {{partner}} (its netplan has {{addresses}}).',
    },
    examples: {
      incorrect: '',
      correct: '',
      layout: { incorrect: hostRoot(netplan('10.0.0.9/24')), correct: hostRoot(netplan('10.0.0.1/24')) },
    },
  },
});
export default rule;
