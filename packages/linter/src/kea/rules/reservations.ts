// Kea readiness: host reservations dhcpd accepts but Kea refuses or treats differently.
import { defineRule, type ConfigRule } from '../../rules/rule.js';
import { subnetContains, type HostFacts, type SubnetFacts } from '../../model/facts.js';
import { formatIPv4 } from '../../net/ipv4.js';

/** The subnet a fixed address falls in (where Kea keeps the reservation). */
function subnetOf(subnets: readonly SubnetFacts[], address: number): SubnetFacts | undefined {
  return subnets.find((s) => subnetContains(s, address));
}

export const keaDuplicateReservation: ConfigRule = defineRule(
  {
    id: 'kea-duplicate-reservation',
    category: 'hosts',
    defaultSeverity: 'warning',
    description: 'Kea readiness: two hosts reserve for the same hardware address in one subnet (or globally), or the same address twice.',
    rationale: 'dhcpd keeps the host it meets last for a hardware address and accepts the same fixed address twice; kea-dhcp4 refuses to start with a duplicate reservation, so the migration keeps the first and reports the second.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    examples: {
      incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.6; }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 00:11:22:33:44:66; fixed-address 10.0.0.6; }\n',
    },
  },
  (ctx) => ({
    end() {
      const byMac = new Map<string, HostFacts>();
      const byAddress = new Map<number, HostFacts>();
      for (const h of ctx.facts.hosts) {
        const mac = h.macs[0];
        const where = h.fixed.length ? h.fixed.map((a) => subnetOf(ctx.facts.subnets, a.address)?.key ?? '-') : ['global'];
        for (const w of new Set(where)) {
          if (!mac) continue;
          const key = `${w}|${mac.value}`;
          const first = byMac.get(key);
          if (first && first !== h) ctx.report({ file: mac.loc.file, span: mac.loc.span, message: `Kea refuses a second reservation for ${mac.value} ${w === 'global' ? 'among the global reservations' : `in subnet ${w}`} (host "${first.name}" has one); merge the hosts or remove one.`, related: [{ file: first.file, span: first.span, message: `host "${first.name}"` }] });
          else byMac.set(key, h);
        }
        for (const a of h.fixed) {
          const first = byAddress.get(a.address);
          if (first && first !== h) ctx.report({ file: a.loc.file, span: a.loc.span, message: `Kea refuses ${formatIPv4(a.address)} reserved twice (host "${first.name}" reserves it too).`, related: [{ file: first.file, span: first.span, message: `host "${first.name}"` }] });
          else byAddress.set(a.address, h);
        }
      }
    },
  }),
);

export const keaReservationInPool: ConfigRule = defineRule(
  {
    id: 'kea-reservation-in-pool',
    category: 'hosts',
    defaultSeverity: 'info',
    description: 'Kea readiness: a fixed address inside a dynamic range, where Kea\'s behaviour differs from dhcpd\'s.',
    rationale: 'dhcpd may lease a fixed address inside a range to another client (a known source of address conflicts); Kea by default checks reservations before leasing from a pool and never hands the reserved address to anyone else, but pays a host lookup per allocation. Keeping reservations out of pools lets Kea use `reservations-out-of-pool`.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    examples: {
      incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.100 10.0.0.199;\n}\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.150; }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.100 10.0.0.199;\n}\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.50; }\n',
    },
  },
  (ctx) => ({
    end() {
      for (const h of ctx.facts.hosts) {
        for (const a of h.fixed) {
          const range = ctx.facts.ranges.find((r) => !r.decl.v6 && a.address >= r.low && a.address <= r.high);
          if (range) ctx.report({ file: a.loc.file, span: a.loc.span, message: `${a.text} is inside the range ${range.text}: dhcpd may lease it to another client, Kea will not (it checks reservations before leasing from a pool). Move it out of the range to keep the behaviours alike.`, related: [{ file: range.file, span: range.span, message: 'the range' }] });
        }
      }
    },
  }),
);
