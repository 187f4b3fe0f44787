// Host names where addresses belong: dhcpd resolves them through DNS, so DHCP stops when DNS does.
import { excerpt, HOST_NAME } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

/** Parameters whose argument is an address that dhcpd resolves through DNS when given a name. */
const ADDRESS_PARAMETERS = new Set(['fixed-address', 'next-server', 'server-identifier', 'local-address']);
const ADDRESS_OPTIONS = new Set([
  'routers',
  'domain-name-servers',
  'ntp-servers',
  'dhcp-server-identifier',
  'broadcast-address',
  'subnet-mask',
]);

export default defineRule({
  meta: {
    id: 'hostname-in-address',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description:
      'A host name where an IPv4 address is expected (fixed-address, next-server, routers, name servers, failover ' +
      'addresses).',
    rationale:
      'dhcpd resolves the name through DNS when it starts (and for fixed-address on every lookup), so the DHCP ' +
      'server stops working when DNS does; on a failover link a changed A record splits the pair.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      hostName: "'{{name}}' is a host name: dhcpd will resolve it through DNS at startup. Use the IPv4 address.",
      peerHostName:
        "'{{name}}' is a host name: dhcpd will resolve it through DNS, and a failover peer must stay reachable " +
        'without DNS. Use the IPv4 address.',
    },
    examples: {
      incorrect: conf(
        'next-server tftp.example.net;',
        'host pc { hardware ethernet 0:1:2:3:4:5; fixed-address pc.example.net; }',
      ),
      correct: conf('next-server 10.0.0.5;', 'host pc { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.20; }'),
    },
  },
  create(context) {
    return {
      statementTypes: ['Parameter', 'Option'],
      statement(s, ancestors, file) {
        const inPeer = ancestors[ancestors.length - 1]?.type === 'FailoverPeer';
        const peerAddress = inPeer && s.type === 'Parameter' && (s.name === 'address' || s.name === 'peer address');
        const words =
          s.type === 'Parameter' && (ADDRESS_PARAMETERS.has(s.name) || peerAddress)
            ? s.args
            : s.type === 'Option' && s.space === 'dhcp' && ADDRESS_OPTIONS.has(s.name) && !s.expression
              ? s.values
              : [];
        for (const w of words) {
          if (w.type !== 'Word' || w.literal.kind !== 'name' || !HOST_NAME.test(w.text) || /^\d/.test(w.text)) continue;
          context.report({
            file,
            span: w.span,
            messageId: inPeer ? 'peerHostName' : 'hostName',
            data: { name: excerpt(w.text) },
          });
        }
      },
    };
  },
});
