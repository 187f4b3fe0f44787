// Kea readiness: two reservations Kea refuses to load together (one hardware address twice in a
// subnet or among the global reservations, or one address reserved twice).
import type { HostFacts, SubnetFacts } from '../model/facts.js';
import { subnetContains } from '../model/facts.js';
import { formatIPv4 } from '../net/ipv4.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

/** Where the migration puts a host's reservation for one fixed address: its subnet's key. */
const subnetKeyOf = (subnets: readonly SubnetFacts[], address: number): string | undefined =>
  subnets.find((s) => subnetContains(s, address))?.key;

const GLOBAL = 'global';
const hostAt = (h: HostFacts) => ({ file: h.file, span: h.span, message: `host "${h.name}"` });

export default defineRule({
  meta: {
    id: 'kea-duplicate-reservation',
    category: 'hosts',
    defaultSeverity: 'warning',
    description:
      'Kea readiness: two hosts reserve for the same hardware address in one subnet (or globally), or the same ' +
      'address twice.',
    rationale:
      'dhcpd keeps the host it meets last for a hardware address and accepts the same fixed address twice; ' +
      'kea-dhcp4 refuses to start with a duplicate reservation, so the migration keeps the first and reports the ' +
      'second.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    messages: {
      macTwiceGlobal:
        'Kea refuses a second reservation for {{mac}} among the global reservations (host "{{host}}" has one); ' +
        'merge the hosts or remove one.',
      macTwiceInSubnet:
        'Kea refuses a second reservation for {{mac}} in subnet {{subnet}} (host "{{host}}" has one); ' +
        'merge the hosts or remove one.',
      addressTwice: 'Kea refuses {{address}} reserved twice (host "{{host}}" reserves it too).',
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.6; }',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 00:11:22:33:44:66; fixed-address 10.0.0.6; }',
      ),
    },
  },
  create(context) {
    return {
      end() {
        const byMac = new Map<string, HostFacts>();
        const byAddress = new Map<number, HostFacts>();
        for (const h of context.facts.hosts) {
          const mac = h.macs[0];
          // A host without a fixed address is a global reservation; a fixed address in no declared
          // subnet gets no reservation at all (the migration reports it), so it cannot clash.
          const where = h.fixed.length ? h.fixed.map((a) => subnetKeyOf(context.facts.subnets, a.address)) : [GLOBAL];
          for (const w of new Set(where)) {
            if (!mac || w === undefined) continue;
            const key = `${w}|${mac.value}`;
            const first = byMac.get(key);
            if (!first || first === h) {
              byMac.set(key, h);
              continue;
            }
            const data = { mac: mac.value, host: first.name };
            context.report({
              file: mac.loc.file,
              span: mac.loc.span,
              ...(w === GLOBAL
                ? { messageId: 'macTwiceGlobal', data }
                : { messageId: 'macTwiceInSubnet', data: { ...data, subnet: w } }),
              related: [hostAt(first)],
            });
          }
          for (const a of h.fixed) {
            const first = byAddress.get(a.address);
            if (!first || first === h) {
              byAddress.set(a.address, h);
              continue;
            }
            context.report({
              file: a.loc.file,
              span: a.loc.span,
              messageId: 'addressTwice',
              data: { address: formatIPv4(a.address), host: first.name },
              related: [hostAt(first)],
            });
          }
        }
      },
    };
  },
});
