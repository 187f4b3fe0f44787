// The host-context checks of one server (its netplan and defaults files), and its failover
// addresses against the partner host. The engine runs them in the pair stage; the messages are
// those of host-netplan, host-failover-address and host-interfaces.
import { excerpt, type Span } from '@dhcplint/parser';
import { subnetContains, type ServerFacts } from '../../model/facts.js';
import type { InterfaceFacts } from '../../model/host-context.js';
import { parseIPv4 } from '../../net/ipv4.js';
import type { MessageData, ReportInput, SourceFile } from '../../types.js';
import hostFailoverAddress from '../host-failover-address.js';
import hostInterfaces from '../host-interfaces.js';
import { netplanReport } from '../host-netplan.js';
import { builtinReport } from './builtin.js';
import { pairLabels } from './pair.js';

export type HostContextProblem = ReportInput & { ruleId: string; severity: 'error' | 'warning' };

type Related = { file: SourceFile; span: Span; message: string }[];

/** Related locations at a host's netplan interfaces (the first few). */
function netplanInterfaces(interfaces: InterfaceFacts[]): Related {
  return interfaces.slice(0, 8).map((i) => ({ file: i.file, span: i.span, message: `netplan interface ${i.name}` }));
}

/** Host-context problems of `me` (and of its failover addresses against `partner`'s host). */
export function hostContextProblems(me: ServerFacts, partner?: ServerFacts): HostContextProblem[] {
  const out: HostContextProblem[] = [];
  const host = me.host;
  if (!host) return out;
  const failover = (at: { file: SourceFile; span: Span }, messageId: string, data: MessageData, related: Related) =>
    out.push({
      ruleId: 'host-failover-address',
      severity: 'error',
      ...builtinReport(hostFailoverAddress.meta, at, messageId, data, related),
    });
  const interfaces = (
    severity: 'error' | 'warning',
    at: { file: SourceFile; span: Span },
    messageId: string,
    data?: MessageData,
    related?: Related,
  ) =>
    out.push({
      ruleId: 'host-interfaces',
      severity,
      ...builtinReport(hostInterfaces.meta, at, messageId, data, related),
    });

  for (const p of host.problems) out.push({ ruleId: 'host-netplan', severity: 'error', ...netplanReport(p) });
  const mine = host.interfaces.flatMap((i) => i.addresses.map((a) => ({ ...a, itf: i })));
  for (const [peer] of me.peers.values()) {
    if (!peer) continue; // every listed name holds at least the peer that declared it
    const addr = peer.settings.get('address');
    const v = addr ? parseIPv4(addr.value) : undefined;
    if (addr && v !== undefined && host.interfaces.length) {
      const hit = mine.find((a) => a.address === v);
      const address = excerpt(addr.value);
      if (!hit) {
        // Related: the netplan addresses this host does have, so the editor links to them (its interfaces when it has
        // none).
        const related = mine.length
          ? mine.slice(0, 8).map((a) => ({
              file: a.loc.file,
              span: a.loc.span,
              message: `netplan address ${a.text} (${a.itf.name})`,
            }))
          : netplanInterfaces(host.interfaces);
        failover(addr, 'notLocal', { address, addresses: mine.map((a) => a.text).join(', ') || 'none' }, related);
      } else if (hit.itf.dhcp4) {
        failover(
          { file: hit.itf.file, span: hit.itf.dhcp4Loc?.span ?? hit.itf.span },
          'dhcp4Interface',
          { interface: excerpt(hit.itf.name), address },
          [
            { file: addr.file, span: addr.span, message: `failover address ${address}` },
            { file: hit.loc.file, span: hit.loc.span, message: `netplan address ${hit.text} (${hit.itf.name})` },
          ],
        );
      }
    }
    const peerAddr = peer.settings.get('peer address');
    const pv = peerAddr ? parseIPv4(peerAddr.value) : undefined;
    if (peerAddr && pv !== undefined && partner?.host?.interfaces.length) {
      const theirs = partner.host.interfaces.flatMap((i) => i.addresses);
      const other = pairLabels(me, partner)(partner);
      if (!theirs.some((a) => a.address === pv)) {
        const related = theirs.length
          ? theirs
              .slice(0, 8)
              .map((a) => ({ file: a.loc.file, span: a.loc.span, message: `netplan address ${a.text} on ${other}` }))
          : netplanInterfaces(partner.host.interfaces);
        const data = {
          address: excerpt(peerAddr.value),
          partner: other,
          addresses: theirs.map((a) => a.text).join(', ') || 'none',
        };
        failover(peerAddr, 'notPartners', data, related);
      }
    }
  }
  const d = host.defaults;
  if (d?.legacyInterfaces) interfaces('warning', { file: d.file, span: d.legacyInterfaces.span }, 'legacy');
  if (d?.interfacesV4 && host.interfaces.length) {
    for (const n of d.interfacesV4.names) {
      const itf = host.interfaces.find((i) => i.name === n.name);
      const name = excerpt(n.name);
      if (!itf) {
        const data = { interface: name, interfaces: host.interfaces.map((i) => i.name).join(', ') };
        interfaces('error', n.loc, 'noSuchInterface', data, netplanInterfaces(host.interfaces));
      } else if (
        itf.addresses.length &&
        !itf.addresses.some((a) => me.subnets.some((s) => subnetContains(s, a.address)))
      ) {
        const related = itf.addresses
          .slice(0, 8)
          .map((a) => ({ file: a.loc.file, span: a.loc.span, message: `netplan address ${a.text} (${itf.name})` }));
        interfaces(
          'error',
          n.loc,
          'noSubnet',
          { interface: name, addresses: itf.addresses.map((a) => a.text).join(', ') },
          related,
        );
      }
    }
  }
  return out;
}
