import { definePairRule, type PairContext, type PairRule } from './rule.js';
import type { PeerFacts, ServerFacts, Setting } from '../model/facts.js';
import type { RuleMeta } from '../types.js';
import { subnetContains } from '../model/facts.js';
import { parseIPv4 } from '../net/ipv4.js';
import { failoverDefault, findNodeAt, type AnyStatement, type Span, excerpt } from '@dhcplint/parser';
import type { PoolFacts, RangeFacts, SubnetFacts, HostFacts } from '../model/facts.js';
import type { SourceFile } from '../types.js';
import type { InterfaceFacts } from '../model/host-context.js';

const PRI = 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n  mclt 1800;\n  split 128;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n';
const SEC = PRI.replace('primary;', 'secondary;').replace('address 10.0.0.1;\n  peer address 10.0.0.2;', 'address 10.0.0.2;\n  peer address 10.0.0.1;').replace('  mclt 1800;\n  split 128;\n', '');

const meta = (m: Omit<RuleMeta, 'category' | 'recommended' | 'dhcpd' | 'stricterThanDhcpd'> & { examples: RuleMeta['examples'] }): RuleMeta => ({ category: 'pair', recommended: true, dhcpd: 'accepts', stricterThanDhcpd: true, ...m });

const peerOf = (s: ServerFacts, name: string): PeerFacts | undefined => s.peers.get(name)?.[0];
const effective = (p: PeerFacts, k: string, dflt: string): { value: string; setting?: Setting } => {
  const s = p.settings.get(k);
  return { value: s?.value ?? dflt, setting: s };
};
const at = (p: PeerFacts, s?: Setting) => ({ file: s?.file ?? p.file, span: s?.span ?? p.decl.words[0]!.span });

/**
 * How the messages name the two servers: the last part of each server's name (its root folder or
 * config file), as the run summary does, so the meaningful part of a message is not pushed out of
 * a Problems row by a path. Two servers whose last parts are the same (a/dhcpd.conf and
 * b/dhcpd.conf) keep their folder too.
 */
export function serverLabels(a: ServerFacts, b: ServerFacts): Map<ServerFacts, string> {
  const parts = (s: ServerFacts) => s.name.replace(/\/+$/, '').split('/').filter(Boolean);
  const last = (s: ServerFacts, n: number) => parts(s).slice(-n).join('/') || s.name;
  const n = last(a, 1) === last(b, 1) ? 2 : 1;
  return new Map([[a, last(a, n)], [b, last(b, n)]]);
}

/** A place in the partner's files that a related location points at. */
interface Anchor {
  file: SourceFile;
  span: Span;
}

const spanOfWords = (s: AnyStatement): Span => s.words[0]?.span ?? s.span;

/**
 * The last top-level statement of the partner's main file that `wanted` accepts (its last
 * top-level statement when none does): where something the partner lacks would go, for the
 * related location of a "missing on the partner" diagnostic and for the copy quick fix.
 */
function lastTopLevel(s: ServerFacts, ...wanted: ((st: AnyStatement) => boolean)[]): Anchor {
  const main = s.config.main;
  const body = main.ast?.body ?? [];
  for (const w of [...wanted, () => true]) {
    for (let i = body.length - 1; i >= 0; i--) if (w(body[i]!)) return { file: main, span: spanOfWords(body[i]!) };
  }
  return { file: main, span: { start: 0, end: 0 } };
}

const isSetting = (st: AnyStatement) => (st.type === 'Parameter' && !st.body) || st.type === 'Option';

/** The partner's subnet with the same network and mask. */
const sameSubnet = (s: SubnetFacts | undefined, partner: ServerFacts): SubnetFacts | undefined => (s ? partner.subnets.find((t) => t.network === s.network && t.mask === s.mask) : undefined);

/** The partner's top-level shared-network of that name, in any of its files. */
function sharedNetwork(partner: ServerFacts, name: string): Anchor | undefined {
  for (const file of partner.config.files) for (const st of file.ast?.body ?? []) if (st.type === 'SharedNetwork' && st.name === name) return { file, span: spanOfWords(st) };
  return undefined;
}

/** Where a subnet missing on the partner would go: its shared-network there, else after the partner's subnet just below it. */
function subnetAnchor(s: SubnetFacts, partner: ServerFacts): Anchor {
  if (s.sharedNetwork !== undefined) {
    const shared = sharedNetwork(partner, s.sharedNetwork);
    if (shared) return shared;
  }
  const topLevel = partner.subnets.filter((t) => t.sharedNetwork === undefined);
  const below = topLevel.filter((t) => t.network >>> 0 < s.network >>> 0);
  const after = below[below.length - 1] ?? topLevel[topLevel.length - 1];
  return after ? { file: after.file, span: spanOfWords(after.decl) } : lastTopLevel(partner, isSetting);
}

function both(ctx: PairContext): [PeerFacts, PeerFacts] | undefined {
  const a = peerOf(ctx.a, ctx.peerName) ?? [...ctx.a.peers.values()][0]?.[0];
  const b = peerOf(ctx.b, ctx.peerName) ?? [...ctx.b.peers.values()][0]?.[0];
  return a && b ? [a, b] : undefined;
}

export const pairPeerName = definePairRule(
  meta({ id: 'pair-peer-name', defaultSeverity: 'error', description: 'The two servers of a pair name their failover relationship differently.', rationale: 'The partner answers CONNECT with `unknown failover relationship name` and the link never comes up.', examples: { incorrect: PRI, partner: SEC.replace(/"fo"/g, '"fo2"'), correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair || pair[0].name === pair[1].name) return;
    const [a, b] = pair;
    const other = serverLabels(ctx.a, ctx.b).get(ctx.b)!;
    ctx.report({ ...at(a, undefined), span: a.decl.nameNode?.span ?? a.span, message: `Failover peer is "${excerpt(a.name)}" here but "${excerpt(b.name)}" on ${other}; both servers must use the same name.`, related: [{ ...at(b), span: b.decl.nameNode?.span ?? b.span, message: `"${excerpt(b.name)}" on ${other}` }] });
  },
);

export const pairRoles = definePairRule(
  meta({ id: 'pair-roles', defaultSeverity: 'error', description: 'Both servers are primary, or both secondary.', rationale: 'Only the primary opens the connection: two secondaries wait forever (`link startup timeout`), two primaries are outside the protocol.', examples: { incorrect: PRI, partner: PRI.replace('address 10.0.0.1;\n  peer address 10.0.0.2;', 'address 10.0.0.2;\n  peer address 10.0.0.1;'), correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const [a, b] = pair;
    const ra = a.role ?? 'primary';
    const rb = b.role ?? 'primary';
    if (ra !== rb) return;
    const names = serverLabels(ctx.a, ctx.b);
    for (const [p, q, other] of [[a, b, names.get(ctx.b)!], [b, a, names.get(ctx.a)!]] as const) {
      const s = p.settings.get(ra);
      const written = (x: PeerFacts) => (x.role ? '' : ' (not written: dhcpd assumes primary)');
      ctx.report({ ...at(p, s), message: `Both servers are ${ra} for "${excerpt(p.name)}" (${ra} here${written(p)}, ${rb} on ${other}${written(q)}); one must be primary and the other secondary.`, related: [{ ...at(q, q.settings.get(rb)), message: `${rb} on ${other}` }] });
    }
  },
);

export const pairAddresses = definePairRule(
  meta({ id: 'pair-addresses', defaultSeverity: 'error', description: "Each server's `address` must be the other's `peer address`.", rationale: 'The listener only accepts connections from its configured peer address: `failover: listener: no matching state`.', examples: { incorrect: PRI, partner: SEC.replace('address 10.0.0.2;\n  peer address 10.0.0.1;', 'address 10.0.0.3;\n  peer address 10.0.0.1;'), correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const [a, b] = pair;
    const names = serverLabels(ctx.a, ctx.b);
    for (const [p, q, qn] of [[a, b, names.get(ctx.b)!], [b, a, names.get(ctx.a)!]] as const) {
      const peerAddr = p.settings.get('peer address');
      const addr = q.settings.get('address');
      if (peerAddr && addr && peerAddr.value !== addr.value)
        ctx.report({ ...at(p, peerAddr), message: `peer address ${excerpt(peerAddr.value)} here, but the partner (${qn}) listens on address ${excerpt(addr.value)}.`, related: [{ ...at(q, addr), message: `address ${excerpt(addr.value)} on ${qn}` }] });
    }
  },
);

export const pairPorts = definePairRule(
  meta({ id: 'pair-ports', defaultSeverity: 'error', description: "Each server's `peer port` must be the other's `port` (both default to 647).", rationale: 'A mismatched port connects to nothing; dhcpd retries every 90 seconds and the pair never syncs.', examples: { incorrect: PRI.replace('peer address 10.0.0.2;', 'peer address 10.0.0.2;\n  peer port 847;'), partner: SEC, correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const [a, b] = pair;
    const names = serverLabels(ctx.a, ctx.b);
    for (const [p, q, qn] of [[a, b, names.get(ctx.b)!], [b, a, names.get(ctx.a)!]] as const) {
      const peerPort = effective(p, 'peer port', failoverDefault('peer port')!);
      const port = effective(q, 'port', failoverDefault('port')!);
      if (peerPort.value !== port.value)
        ctx.report({ ...at(p, peerPort.setting), message: `peer port ${excerpt(peerPort.value)}${peerPort.setting ? '' : ' (default)'} here, but the partner (${qn}) listens on port ${excerpt(port.value)}${port.setting ? '' : ' (default)'}.`, related: [{ ...at(q, port.setting), message: `port ${excerpt(port.value)}${port.setting ? '' : ' (default)'} on ${qn}` }] });
    }
  },
);

const sameSetting = (id: string, keys: string[], description: string, rationale: string, partnerExample: string, severity: 'warning' | 'info' = 'warning'): PairRule =>
  definePairRule(meta({ id, defaultSeverity: severity, description, rationale, examples: { incorrect: PRI, partner: partnerExample, correct: PRI, partnerCorrect: SEC } }), (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const [a, b] = pair;
    const other = serverLabels(ctx.a, ctx.b).get(ctx.b)!;
    for (const k of keys) {
      const va = effective(a, k, failoverDefault(k) ?? 'unset');
      const vb = effective(b, k, failoverDefault(k) ?? 'unset');
      if (va.value === vb.value) continue;
      // A side that does not write the setting is anchored at its failover peer block (where the quick fix writes it).
      const unwritten = !va.setting ? ' (not written here)' : !vb.setting ? ` (not written on ${other})` : '';
      ctx.report({ ...at(a, va.setting), message: `${excerpt(k)} is ${excerpt(va.value)} here but ${excerpt(vb.value)} on ${other}${unwritten}; set it the same on both servers.`, related: [{ ...at(b, vb.setting), message: vb.setting ? `${excerpt(k)} ${excerpt(vb.value)} on ${other}` : `failover peer "${excerpt(b.name)}" on ${other}, without ${excerpt(k)}` }] });
    }
  });

export const pairTimers = sameSetting('pair-timers', ['max-response-delay', 'max-unacked-updates', 'load balance max seconds', 'auto-partner-down'], 'Failover timers and load-balance settings that differ between the two servers.', 'Each side advertises its own timers; load balancing disabled on one side only makes both answer some clients; auto-partner-down on one side only takes over alone.', SEC.replace('max-response-delay 30;', 'max-response-delay 60;').replace('load balance max seconds 3;', 'load balance max seconds 5;'));
export const pairBalance = sameSetting('pair-balance', ['max-lease-misbalance', 'max-lease-ownership', 'min-balance', 'max-balance'], 'Pool-balancing settings that differ between the servers.', 'Different balancing parameters make the servers move free leases back and forth.', SEC.replace('load balance max seconds 3;', 'load balance max seconds 3;\n  max-lease-misbalance 25;'), 'info');

export const pairMclt = definePairRule(
  meta({ id: 'pair-mclt-split', defaultSeverity: 'warning', description: 'mclt/split/hba set on the secondary with values different from the primary; explains the effective split.', rationale: 'Only the primary\'s values count; a different value on the secondary suggests the operator expects something that will not happen.', examples: { incorrect: PRI, partner: SEC.replace('load balance max seconds 3;', 'load balance max seconds 3;\n  mclt 3600;'), correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const [a, b] = pair;
    const names = serverLabels(ctx.a, ctx.b);
    const [pri, sec, priName] = (a.role ?? 'primary') === 'primary' ? [a, b, names.get(ctx.a)!] : [b, a, names.get(ctx.b)!];
    for (const k of ['mclt', 'split', 'hba']) {
      const s = sec.settings.get(k);
      const p = pri.settings.get(k);
      if (s && p && s.value !== p.value) ctx.report({ ...at(sec, s), message: `${excerpt(k)} ${excerpt(s.value)} on the secondary (here) is ignored; the primary's ${excerpt(k)} ${excerpt(p.value)} (on ${priName}) applies.`, related: [{ ...at(pri, p), message: `${excerpt(k)} ${excerpt(p.value)} on the primary, ${priName}` }] });
    }
  },
);

function poolRanges(s: ServerFacts, peer: string): Map<string, { range: RangeFacts; permits: string }> {
  const m = new Map<string, { range: RangeFacts; permits: string }>();
  for (const p of s.pools) if (p.peer === peer) for (const r of p.ranges) m.set(`${Math.min(r.low, r.high)}-${Math.max(r.low, r.high)}`, { range: r, permits: [...p.permits].sort().join('; ') });
  return m;
}

const overlaps = (x: RangeFacts, y: RangeFacts) => Math.min(x.low, x.high) <= Math.max(y.low, y.high) && Math.min(y.low, y.high) <= Math.max(x.low, x.high);

/**
 * Where a failover range missing on the partner would go: the partner's counterpart of its pool
 * (same relationship, same subnet, a range in common), else that subnet (the whole pool is
 * missing there), else the partner's failover peer block.
 */
function rangeAnchor(r: RangeFacts, partner: ServerFacts, peer: PeerFacts, other: string): Anchor & { message: string } {
  const subnet = sameSubnet(r.subnet, partner);
  const siblings = (r.pool?.ranges ?? []).filter((x) => x !== r);
  const pool: PoolFacts | undefined = subnet && partner.pools.find((p) => p.peer === peer.name && p.subnet === subnet && p.ranges.some((x) => siblings.some((y) => overlaps(x, y))));
  if (subnet && pool) return { file: pool.file, span: spanOfWords(pool.decl), message: `"${excerpt(peer.name)}" pool of subnet ${excerpt(subnet.key)} on ${other} (${pool.ranges.map((x) => x.text).join(', ') || 'no range'})` };
  if (subnet) return { file: subnet.file, span: spanOfWords(subnet.decl), message: `subnet ${excerpt(subnet.key)} on ${other}, without a "${excerpt(peer.name)}" pool` };
  return { ...at(peer), message: `failover peer "${excerpt(peer.name)}" on ${other}${r.subnet ? `, which has no subnet ${excerpt(r.subnet.key)}` : ''}` };
}

export const pairPools = definePairRule(
  meta({ id: 'pair-failover-pools', defaultSeverity: 'error', description: 'The failover pools of the relationship differ: a range on one server only, or different permit lists.', rationale: 'Binding updates for addresses the partner does not have are rejected (`Illegal IP address`), and after a failure the same address can be leased twice.', examples: { incorrect: PRI, partner: SEC.replace('range 10.0.0.10 10.0.0.99;', 'range 10.0.0.10 10.0.0.80;'), correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const pair = both(ctx);
    if (!pair) return;
    const names = serverLabels(ctx.a, ctx.b);
    const ra = poolRanges(ctx.a, pair[0].name);
    const rb = poolRanges(ctx.b, pair[1].name);
    const text = (k: string) => k.split('-').map((n) => { const v = Number(n); return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`; }).join(' ');
    for (const [mine, theirs, partner, partnerPeer] of [[ra, rb, ctx.b, pair[1]], [rb, ra, ctx.a, pair[0]]] as const) {
      const otherName = names.get(partner)!;
      for (const [k, { range: r, permits }] of mine) {
        const t = theirs.get(k);
        if (!t) {
          // A range that overlaps this one on the partner is most likely the same range, edited on one side only.
          const [lo, hi] = k.split('-').map(Number) as [number, number];
          const near = [...theirs].find(([tk]) => {
            const [tlo, thi] = tk.split('-').map(Number) as [number, number];
            return tlo <= hi && lo <= thi;
          });
          if (near) ctx.report({ file: r.file, span: r.span, message: `Failover range ${text(k)} here, ${text(near[0])} on ${otherName}; both servers need identical failover ranges.`, related: [{ file: near[1].range.file, span: near[1].range.span, message: `range ${text(near[0])} on ${otherName}` }] });
          else ctx.report({ file: r.file, span: r.span, message: `Failover range ${text(k)} here, none on ${otherName} (no such range in a "${excerpt(ctx.peerName)}" pool there); both servers need identical failover ranges.`, related: [rangeAnchor(r, partner, partnerPeer, otherName)] });
        }
        else if (mine === ra && t.permits !== permits) ctx.report({ file: r.file, span: r.span, message: `The pool of range ${text(k)} has different allow/deny lists on ${otherName} (${permits || 'none'} here, ${t.permits || 'none'} there).`, related: [{ file: t.range.file, span: t.range.span, message: `range ${text(k)} on ${otherName}, in a pool with ${t.permits || 'no allow/deny'}` }] });
      }
    }
  },
);

export const pairSubnets = definePairRule(
  meta({ id: 'pair-subnets', defaultSeverity: 'warning', description: 'A subnet declared on one server of the pair only.', rationale: 'Clients on that network are served by one server only, so failover gives them no protection.', examples: { incorrect: PRI + 'subnet 10.9.0.0 netmask 255.255.255.0 { }\n', partner: SEC, correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const names = serverLabels(ctx.a, ctx.b);
    for (const [x, y] of [[ctx.a, ctx.b], [ctx.b, ctx.a]] as const) {
      const keys = new Set(y.subnets.map((s) => s.key));
      const other = names.get(y)!;
      for (const s of x.subnets) if (!keys.has(s.key)) ctx.report({ file: s.file, span: s.decl.words[0]!.span, message: `Subnet ${excerpt(s.key)} is declared here but not on ${other}.`, related: [{ ...subnetAnchor(s, y), message: `no subnet ${excerpt(s.key)} on ${other}` }] });
    }
  },
);

export const pairSettings = definePairRule(
  meta({ id: 'pair-scope-settings', defaultSeverity: 'warning', description: 'Lease times, options, `authoritative` and DDNS settings that differ between the servers, globally or per subnet.', rationale: 'A client gets different leases and options depending on which server answers.', examples: { incorrect: PRI + 'default-lease-time 600;\n', partner: SEC + 'default-lease-time 3600;\n', correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    const names = serverLabels(ctx.a, ctx.b);
    const skip = (k: string) => k === 'server-identifier' || k === 'option dhcp-server-identifier';
    /** One scope's settings against the partner's same scope; a value that differs is reported once, from `a`. */
    const compare = (mine: Map<string, Setting>, theirs: Map<string, Setting>, where: string, partner: ServerFacts, scope: (s: Setting) => Anchor, reportDiffers: boolean) => {
      const other = names.get(partner)!;
      for (const [k, sa] of mine) {
        if (skip(k)) continue;
        const sb = theirs.get(k);
        if (!sb) ctx.report({ file: sa.file, span: sa.span, message: sa.value ? `'${excerpt(k)}' is ${excerpt(sa.value)} ${where} here but not set on ${other}.` : `'${excerpt(k)}' is set ${where} here but not on ${other}.`, related: [{ ...scope(sa), message: `'${excerpt(k)}' not set ${where} on ${other}` }] });
        else if (reportDiffers && sa.value !== sb.value) ctx.report({ file: sa.file, span: sa.span, message: `'${excerpt(k)}' is ${excerpt(sa.value)} ${where} here but ${excerpt(sb.value)} on ${other}.`, related: [{ file: sb.file, span: sb.span, message: `'${excerpt(k)}' ${excerpt(sb.value)} on ${other}` }] });
      }
    };
    // A global setting the partner lacks would go after its last top-level setting of the same kind.
    const globalAnchor = (partner: ServerFacts) => (s: Setting) => lastTopLevel(partner, (st) => st.type === s.node.type && isSetting(st), isSetting);
    compare(ctx.a.globals, ctx.b.globals, 'globally', ctx.b, globalAnchor(ctx.b), true);
    compare(ctx.b.globals, ctx.a.globals, 'globally', ctx.a, globalAnchor(ctx.a), false);
    const bySubnet = new Map(ctx.b.subnets.map((s) => [s.key, s]));
    for (const s of ctx.a.subnets) {
      const t = bySubnet.get(s.key);
      if (!t) continue;
      compare(s.settings, t.settings, `in subnet ${s.key}`, ctx.b, () => ({ file: t.file, span: spanOfWords(t.decl) }), true);
      compare(t.settings, s.settings, `in subnet ${s.key}`, ctx.a, () => ({ file: s.file, span: spanOfWords(s.decl) }), false);
    }
  },
);

export const pairHosts = definePairRule(
  meta({ id: 'pair-hosts', defaultSeverity: 'warning', description: 'Host reservations that exist on one server only or give a different fixed address.', rationale: 'A reserved client that load-balancing sends to the other server gets a dynamic address instead.', examples: { incorrect: PRI + 'host cam { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\n', partner: SEC, correct: PRI, partnerCorrect: SEC } }),
  (ctx) => {
    // Hosts are matched by hardware address (by name when they have none). The common single-MAC
    // case avoids building a joined string per host: 100,000 hosts a side are normal.
    const key = (h: HostFacts) => (h.macs.length === 1 ? h.macs[0]!.value : h.macs.map((m) => m.value).join(',') || h.name);
    const fixedText = (h: HostFacts) => (h.fixed.length === 1 ? h.fixed[0]!.text : h.fixed.map((f) => f.text).join());
    const shownFixed = (h: HostFacts) => h.fixed.map((f) => f.text).join(', ') || 'no fixed address';
    const names = serverLabels(ctx.a, ctx.b);
    for (const [x, y] of [[ctx.a, ctx.b], [ctx.b, ctx.a]] as const) {
      const other = names.get(y)!;
      const byKey = new Map<string, HostFacts>();
      for (const h of y.hosts) byKey.set(key(h), h);
      // Where a host missing on the partner would go: the same subnet there, else after its last top-level host.
      let topLevel: Anchor | undefined;
      const anchor = (h: HostFacts): Anchor => {
        const path = h.file.ast && findNodeAt(h.file.ast, h.span.start);
        const parent = path?.ancestors[path.ancestors.length - 1];
        const subnet = parent?.type === 'Subnet' ? y.subnets.find((t) => t.decl.network?.text === parent.network?.text && t.decl.netmask?.text === parent.netmask?.text) : undefined;
        if (subnet) return { file: subnet.file, span: spanOfWords(subnet.decl) };
        return (topLevel ??= lastTopLevel(y, (st) => st.type === 'Host', isSetting));
      };
      for (const h of x.hosts) {
        const o = byKey.get(key(h));
        if (!o) ctx.report({ file: h.file, span: h.decl.words[0]!.span, message: `Host '${excerpt(h.name)}' (${key(h)}) is reserved here (${shownFixed(h)}) but not on ${other}.`, related: [{ ...anchor(h), message: `no host ${key(h)} on ${other}` }] });
        else if (x === ctx.a && fixedText(h) !== fixedText(o)) ctx.report({ file: h.file, span: h.decl.words[0]!.span, message: `Host '${excerpt(h.name)}' gets ${shownFixed(h)} here but ${o.fixed.map((f) => f.text).join(', ') || 'none'} on ${other}.`, related: [{ file: o.file, span: o.decl.words[0]!.span, message: `host '${excerpt(o.name)}' gets ${shownFixed(o)} on ${other}` }] });
      }
    }
  },
);

export const pairServerIdentifier = definePairRule(
  meta({ id: 'pair-server-identifier', defaultSeverity: 'error', description: 'Both servers set the same explicit server-identifier.', rationale: 'Each server must identify itself with its own address; a copied value makes both claim the same identity.', examples: { incorrect: PRI + 'server-identifier 10.0.0.1;\n', partner: SEC + 'server-identifier 10.0.0.1;\n', correct: PRI + 'server-identifier 10.0.0.1;\n', partnerCorrect: SEC + 'server-identifier 10.0.0.2;\n' } }),
  (ctx) => {
    const a = ctx.a.globals.get('server-identifier');
    const b = ctx.b.globals.get('server-identifier');
    const other = serverLabels(ctx.a, ctx.b).get(ctx.b)!;
    if (a && b && a.value === b.value) ctx.report({ file: a.file, span: a.span, message: `server-identifier ${excerpt(a.value)} here and ${excerpt(b.value)} on ${other}: the same on both servers; each must use its own address.`, related: [{ file: b.file, span: b.span, message: `server-identifier ${excerpt(b.value)} on ${other}` }] });
  },
);

/** Named declarations of one kind (classes, zones, keys) across a server's files, first one wins. */
function declarations(f: ServerFacts, type: 'Class' | 'Zone' | 'Key'): Map<string, { file: ServerFacts['config']['main']; decl: AnyStatement & { name: string } }> {
  const out = new Map<string, { file: ServerFacts['config']['main']; decl: AnyStatement & { name: string } }>();
  // File by file (main file first, then includes), each in source order, as the facts met them.
  const mine = f.declarations.filter((d) => d.type === type);
  for (const file of f.config.files) for (const d of mine) if (d.file === file && !out.has(d.name)) out.set(d.name, { file, decl: d.decl });
  return out;
}

/** The key a zone names (`key ddns;`), if any. */
function zoneKey(zone: AnyStatement): string | undefined {
  const body = zone.type === 'Zone' ? zone.body.body : [];
  const key = body.find((c) => c.type === 'Parameter' && c.name === 'key');
  const arg = key?.type === 'Parameter' ? key.args[0] : undefined;
  return arg?.type === 'String' ? arg.value : arg?.type === 'Word' ? arg.text : undefined;
}

/**
 * A rule for named declarations on one server only. For zones, keys are checked too: a key the
 * partner lacks is reported on its own unless a zone reported missing names it (copying that
 * zone brings its key along).
 */
const declaredOnOneSide = (id: string, type: 'Class' | 'Zone', what: string, description: string, rationale: string, incorrect: string, severity: 'warning' | 'error' = 'warning'): PairRule =>
  definePairRule(meta({ id, defaultSeverity: severity, description, rationale, examples: { incorrect: PRI + incorrect, partner: SEC, correct: PRI + incorrect, partnerCorrect: SEC + incorrect } }), (ctx) => {
    const kinds: ['Class' | 'Zone' | 'Key', string][] = type === 'Zone' ? [[type, what], ['Key', 'Key']] : [[type, what]];
    const names = serverLabels(ctx.a, ctx.b);
    for (const [x, y] of [[ctx.a, ctx.b], [ctx.b, ctx.a]] as const) {
      const other = names.get(y)!;
      const keysOfMissingZones = new Set<string>();
      for (const [kind, noun] of kinds) {
        const theirs = declarations(y, kind);
        // Where it would go on the partner: after its last top-level declaration of the kind, else after its global settings.
        let anchor: Anchor | undefined;
        for (const [name, { file, decl }] of declarations(x, kind)) {
          if (theirs.has(name) || (kind === 'Key' && keysOfMissingZones.has(name))) continue;
          if (kind === 'Zone') keysOfMissingZones.add(zoneKey(decl) ?? '');
          ctx.report({ file, span: decl.words[0]!.span, message: `${excerpt(noun)} "${excerpt(name)}" is declared here but not on ${other}.`, related: [{ ...(anchor ??= lastTopLevel(y, (st) => st.type === kind, isSetting)), message: `"${excerpt(name)}" is not declared on ${other}` }] });
        }
      }
    }
  });

export const pairClasses = declaredOnOneSide(
  'pair-classes',
  'Class',
  'Class',
  'A class declared on one server of a pair only.',
  'Pools restricted with `allow members of` then admit different clients on each server, so a client is offered an address by one server and ignored by the other.',
  'class "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }\n',
);

export const pairDdns = declaredOnOneSide(
  'pair-ddns-zones',
  'Zone',
  'DNS zone',
  'A DDNS zone (with its key) declared on one server of a pair only.',
  'Only the server with the zone updates DNS; clients served by the partner get no DNS records, and leases renewed across servers flip their records in and out.',
  'key ddns { algorithm hmac-md5; secret "c2VjcmV0"; };\nzone example.com. { primary 10.0.0.53; key ddns; }\n',
);

export const pairRules: PairRule[] = [pairClasses, pairDdns, pairPeerName, pairRoles, pairAddresses, pairPorts, pairTimers, pairBalance, pairMclt, pairPools, pairSubnets, pairSettings, pairHosts, pairServerIdentifier];

/** Related locations at a host's netplan interfaces (the first few). */
function netplanInterfaces(interfaces: InterfaceFacts[]): { file: SourceFile; span: Span; message: string }[] {
  return interfaces.slice(0, 8).map((i) => ({ file: i.file, span: i.span, message: `netplan interface ${i.name}` }));
}

/** Host-context checks for one server (netplan + defaults), and its failover addresses against the partner host. */
export function hostContextProblems(me: ServerFacts, partner?: ServerFacts): { ruleId: string; severity: 'error' | 'warning'; file: any; span: any; message: string; related?: any[] }[] {
  const out: { ruleId: string; severity: 'error' | 'warning'; file: any; span: any; message: string; related?: any[] }[] = [];
  const host = me.host;
  if (!host) return out;
  for (const p of host.problems) out.push({ ruleId: 'host-netplan', severity: 'error', ...p });
  const mine = host.interfaces.flatMap((i) => i.addresses.map((a) => ({ ...a, itf: i })));
  for (const list of me.peers.values()) {
    const peer = list[0]!;
    const addr = peer.settings.get('address');
    const v = addr ? parseIPv4(addr.value) : undefined;
    if (addr && v !== undefined && host.interfaces.length) {
      const hit = mine.find((a) => a.address === v);
      // Related: the netplan addresses this host does have, so the editor links to them.
      // (Its interfaces when it has no address at all.)
      if (!hit) out.push({ ruleId: 'host-failover-address', severity: 'error', file: addr.file, span: addr.span, message: `Failover address ${excerpt(addr.value)} is not a static address of this host (netplan has ${mine.map((a) => a.text).join(', ') || 'none'}).`, related: mine.length ? mine.slice(0, 8).map((a) => ({ file: a.loc.file, span: a.loc.span, message: `netplan address ${a.text} (${a.itf.name})` })) : netplanInterfaces(host.interfaces) });
      else if (hit.itf.dhcp4) out.push({ ruleId: 'host-failover-address', severity: 'error', file: hit.itf.file, span: hit.itf.dhcp4Loc?.span ?? hit.itf.span, message: `Interface ${excerpt(hit.itf.name)} carries the failover address ${excerpt(addr.value)} but also uses dhcp4; a DHCP server's failover interface must be static.`, related: [{ file: addr.file, span: addr.span, message: `failover address ${excerpt(addr.value)}` }, { file: hit.loc.file, span: hit.loc.span, message: `netplan address ${hit.text} (${hit.itf.name})` }] });
    }
    const peerAddr = peer.settings.get('peer address');
    const pv = peerAddr ? parseIPv4(peerAddr.value) : undefined;
    if (peerAddr && pv !== undefined && partner?.host?.interfaces.length) {
      const theirs = partner.host.interfaces.flatMap((i) => i.addresses);
      const other = serverLabels(me, partner).get(partner)!;
      if (!theirs.some((a) => a.address === pv)) out.push({ ruleId: 'host-failover-address', severity: 'error', file: peerAddr.file, span: peerAddr.span, message: `peer address ${excerpt(peerAddr.value)} is not an address of the partner host ${other} (its netplan has ${theirs.map((a) => a.text).join(', ') || 'none'}).`, related: theirs.length ? theirs.slice(0, 8).map((a) => ({ file: a.loc.file, span: a.loc.span, message: `netplan address ${a.text} on ${other}` })) : netplanInterfaces(partner.host.interfaces) });
    }
  }
  const d = host.defaults;
  if (d?.legacyInterfaces) out.push({ ruleId: 'host-interfaces', severity: 'warning', file: d.file, span: d.legacyInterfaces.span, message: 'INTERFACES= is no longer read by isc-dhcp-server; use INTERFACESv4=.' });
  if (d?.interfacesV4 && host.interfaces.length) {
    for (const n of d.interfacesV4.names) {
      const itf = host.interfaces.find((i) => i.name === n.name);
      if (!itf) out.push({ ruleId: 'host-interfaces', severity: 'error', file: n.loc.file, span: n.loc.span, message: `Interface ${excerpt(n.name)} in INTERFACESv4 does not exist in this host's netplan (${host.interfaces.map((i) => i.name).join(', ')}).`, related: netplanInterfaces(host.interfaces) });
      else if (itf.addresses.length && !itf.addresses.some((a) => me.subnets.some((s) => subnetContains(s, a.address))))
        out.push({ ruleId: 'host-interfaces', severity: 'error', file: n.loc.file, span: n.loc.span, message: `No subnet declaration covers ${excerpt(n.name)} (${itf.addresses.map((a) => a.text).join(', ')}); dhcpd will not start ("No subnet declaration for ${excerpt(n.name)}").`, related: itf.addresses.slice(0, 8).map((a) => ({ file: a.loc.file, span: a.loc.span, message: `netplan address ${a.text} (${itf.name})` })) });
    }
  }
  return out;
}
