// Fixed addresses inside dynamic ranges, on network or broadcast addresses, or in no subnet; hosts no client can match.
import { excerpt } from '@dhcplint/parser';
import { subnetContains, type HostFacts } from '../model/facts.js';
import { broadcastOf, IntervalIndex, prefixLength } from '../net/ipv4.js';
import { defineRule, ITEMS_PER_PAUSE } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

/** Whether a host can match a client: by hardware address or by a client identifier. */
const identifiable = (h: HostFacts) =>
  h.macs.length > 0 ||
  h.decl.body.body.some(
    (c) =>
      (c.type === 'Option' && c.name === 'dhcp-client-identifier') ||
      (c.type === 'Parameter' && c.name === 'host-identifier option'),
  );

export default defineRule({
  meta: {
    id: 'host-fixed-address-placement',
    category: 'hosts',
    recommended: true,
    defaultSeverity: 'warning',
    description:
      'A fixed address inside a dynamic range (worse: a failover pool), on a network or broadcast address, or in no ' +
      'declared subnet.',
    rationale:
      'dhcpd accepts all of these; at run time it logs `Dynamic and static leases present`, or the host simply ' +
      'never matches.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    messages: {
      inRange: "Fixed address {{address}} of host '{{host}}' lies in dynamic range {{range}}.",
      inFailoverRange: "Fixed address {{address}} of host '{{host}}' lies in failover pool range {{range}}.",
      noSubnet: "Fixed address {{address}} of host '{{host}}' is in no declared subnet, so the host never matches.",
      networkAddress: 'Fixed address {{address}} is the network address of {{subnet}}.',
      broadcastAddress: 'Fixed address {{address}} is the broadcast address of {{subnet}}.',
      unmatchable: "Host '{{host}}' has neither 'hardware' nor a client identifier, so no client can match it.",
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.99;',
        '}',
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.50; }',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.99;',
        '}',
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
      ),
    },
  },
  create(context) {
    return {
      *end() {
        const { ranges, subnets, hosts } = context.facts;
        const rangeIndex = new IntervalIndex(
          ranges.map((r) => ({ low: Math.min(r.low, r.high), high: Math.max(r.low, r.high), item: r })),
        );
        const subnetIndex = new IntervalIndex(
          subnets.map((s) => ({ low: s.network, high: broadcastOf(s.network, s.mask), item: s })),
        );
        let seen = 0;
        for (const h of hosts) {
          const host = excerpt(h.name);
          for (const f of h.fixed) {
            const address = excerpt(f.text);
            const r = rangeIndex.find(f.address);
            if (r) {
              context.report({
                ...f.loc,
                messageId: r.pool?.peer ? 'inFailoverRange' : 'inRange',
                data: { address, host, range: excerpt(r.text) },
                related: [{ file: r.file, span: r.span, message: `range ${excerpt(r.text)}` }],
              });
            }
            // A noncontiguous mask makes the interval only an envelope, so confirm membership.
            const candidate = subnetIndex.find(f.address);
            const subnet =
              candidate && subnetContains(candidate, f.address)
                ? candidate
                : subnets.find((s) => prefixLength(s.mask) === undefined && subnetContains(s, f.address));
            if (subnets.length && !subnet) context.report({ ...f.loc, messageId: 'noSubnet', data: { address, host } });
            if (!subnet) continue;
            const data = { address, subnet: excerpt(subnet.key) };
            if (f.address === subnet.network) context.report({ ...f.loc, messageId: 'networkAddress', data });
            else if (f.address === (subnet.network | ~subnet.mask) >>> 0)
              context.report({ ...f.loc, messageId: 'broadcastAddress', data });
          }
          if (!identifiable(h))
            context.report({ file: h.file, span: spanOfWords(h.decl), messageId: 'unmatchable', data: { host } });
          if (++seen % ITEMS_PER_PAUSE === 0) yield;
        }
      },
    };
  },
});
