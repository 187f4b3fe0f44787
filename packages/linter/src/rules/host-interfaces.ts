// INTERFACESv4 naming interfaces netplan lacks or no subnet covers, or the legacy INTERFACES=.
import { defineBuiltinRule } from './rule.js';
import { hostRoot, netplan } from './support/host-example.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'host-interfaces',
    category: 'host-context',
    defaultSeverity: 'error',
    description: 'INTERFACESv4 names missing from netplan, served interfaces without a subnet, legacy INTERFACES=.',
    rationale:
      'dhcpd fails at startup with `No subnet declaration for …` / `Not configured to listen on any interfaces!`.',
    dhcpd: 'n/a',
    recommended: true,
    messages: {
      legacy: 'INTERFACES= is no longer read by isc-dhcp-server; use INTERFACESv4=.',
      noSuchInterface:
        "Interface {{interface}} in INTERFACESv4 does not exist in this host's netplan ({{interfaces}}).",
      noSubnet:
        'No subnet declaration covers {{interface}} ({{addresses}}); dhcpd will not start ("No subnet declaration ' +
        'for ' +
        '{{interface}}").',
    },
    examples: {
      incorrect: '',
      correct: '',
      layout: { incorrect: hostRoot(netplan('10.0.0.1/24'), 'eth1'), correct: hostRoot(netplan('10.0.0.1/24')) },
    },
  },
});
export default rule;
