import { failoverDefault, excerpt } from '@dhcplint/parser';
import { subnetContains, type HostFacts, type Located, type PeerFacts } from '../model/facts.js';
import { broadcastOf, IntervalIndex, prefixLength } from '../net/ipv4.js';
import { defineRule, ITEMS_PER_PAUSE, removeStatementFix, type ConfigRule, type RuleContext } from './rule.js';
import { keptHostIndex, keyIndex, type KeyIndex } from './host-index.js';
import type { RuleMeta } from '../types.js';

const PEER = 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n  mclt 1800;\n  split 128;\n}\n';
const POOL = 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n';

export const failoverRuleMeta = (m: Omit<RuleMeta, 'category' | 'recommended'> & { recommended?: boolean }): RuleMeta => ({ category: 'failover', recommended: true, ...m });
const meta = failoverRuleMeta;
const perPeer = (m: RuleMeta, check: (p: PeerFacts, ctx: RuleContext) => void): ConfigRule =>
  defineRule(m, (ctx) => ({
    end() {
      for (const list of ctx.facts.peers.values()) for (const p of list) check(p, ctx);
    },
  }));

export const peerUndeclared = defineRule(
  meta({ id: 'failover-peer-undeclared', defaultSeverity: 'error', description: 'A pool refers to a failover peer that is not declared (or only declared further down).', rationale: "dhcpd reads the file once, top to bottom: a reference before the declaration fails like a missing one, with `failover peer NAME: not found`.", dhcpd: 'rejects', examples: { incorrect: POOL, correct: PEER + POOL } }),
  (ctx) => {
    const declared = new Set<string>();
    return {
      statementTypes: ['FailoverPeer', 'FailoverRef'],
      statement(s, _a, file) {
        if (s.type === 'FailoverPeer') declared.add(s.name);
        if (s.type !== 'FailoverRef' || declared.has(s.name)) return;
        const later = ctx.facts.peers.get(s.name)?.[0];
        ctx.report({
          file,
          span: s.nameNode?.span ?? s.span,
          message: later ? `Failover peer "${excerpt(s.name)}" is used before it is declared; dhcpd reads the file in order, so move the declaration above this pool.` : `Failover peer "${excerpt(s.name)}" is not declared.`,
          related: later ? [{ file: later.file, span: later.decl.words[0]!.span, message: 'declared here' }] : undefined,
        });
      },
    };
  },
);

export const peerUnused = perPeer(
  meta({ id: 'failover-peer-unused', defaultSeverity: 'error', description: 'A failover peer that no pool refers to.', rationale: 'dhcpd fails its failover sanity check (`has no referring pools`) without a line number; a reference at shared-network level does not count.', dhcpd: 'rejects', examples: { incorrect: PEER + 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.99;\n}\n', correct: PEER + POOL } }),
  (p, ctx) => {
    if (ctx.facts.pools.some((pool) => pool.peerRef && pool.peer === p.name)) return;
    const shared = ctx.facts.peerRefs.find((r) => r.name === p.name);
    ctx.report({ file: p.file, span: p.decl.nameNode?.span ?? p.span, message: shared ? `No pool refers to failover peer "${excerpt(p.name)}": the reference at shared-network level is inherited but does not count; move it into each pool.` : `No pool refers to failover peer "${excerpt(p.name)}"; dhcpd refuses to start.` });
  },
);

export const refPlacement = defineRule(
  meta({ id: 'failover-ref-placement', perStatement: true, defaultSeverity: 'error', description: '`failover peer "x";` directly in a subnet, or unquoted in a pool.', rationale: 'In a subnet dhcpd rejects it with a misleading message about definitions; unquoted in a pool it says `expecting string.`.', dhcpd: 'rejects', fixable: true, examples: { incorrect: PEER + 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer fo;\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n', correct: PEER + POOL } }),
  (ctx) => ({
    statementTypes: ['FailoverRef'],
    statement(s, ancestors, file) {
      if (s.type !== 'FailoverRef') return;
      const parent = ancestors[ancestors.length - 1];
      if (parent?.type === 'Subnet') ctx.report({ file, span: s.span, message: 'A failover peer reference belongs in a pool (or a shared-network), not directly in a subnet.' });
      else if (s.nameNode?.type === 'Word') ctx.report({ file, span: s.nameNode.span, message: 'Quote the peer name in a pool reference.', fix: { span: s.nameNode.span, text: `"${s.nameNode.text}"` } });
    },
  }),
);

export const dynamicBootp = defineRule(
  meta({ id: 'failover-dynamic-bootp', defaultSeverity: 'error', description: '`range dynamic-bootp` in a pool that uses failover.', rationale: 'The failover protocol cannot share BOOTP leases; dhcpd refuses with a long lecture.', dhcpd: 'rejects', examples: { incorrect: PEER + 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo";\n    range dynamic-bootp 10.0.0.10 10.0.0.99;\n  }\n}\n', correct: PEER + POOL } }),
  (ctx) => ({
    end() {
      for (const r of ctx.facts.ranges) if (r.dynamicBootp && r.pool?.peer) ctx.report({ file: r.file, span: r.span, message: `dynamic-bootp ranges are not allowed in a failover pool (peer "${r.pool.peer}").` });
    },
  }),
);

const has = (p: PeerFacts, k: string) => p.settings.get(k);
const role = (p: PeerFacts) => p.role ?? 'primary';

export const roleRules = perPeer(
  meta({ id: 'failover-role', defaultSeverity: 'warning', fixable: true, description: 'A failover peer without `primary;` or `secondary;`, or with both; or a secondary that sets `mclt`.', rationale: 'Without a role dhcpd silently assumes primary; a secondary that forgot its role then fails with a message about split/hba, and two primaries never agree on a pool. dhcpd accepts mclt on a secondary and ignores it (the secondary takes the primary\'s), so a value there misleads the reader.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: 'failover peer "fo" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n  mclt 1800;\n}\n' + POOL, correct: 'failover peer "fo" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n}\n' + POOL } }),
  (p, ctx) => {
    const pri = has(p, 'primary');
    const sec = has(p, 'secondary');
    if (!pri && !sec) ctx.report({ file: p.file, span: p.decl.words[0]!.span, message: `Failover peer "${excerpt(p.name)}" states no role; dhcpd assumes primary. Add 'primary;' or 'secondary;'.` });
    if (pri && sec) ctx.report({ file: sec.file, span: sec.span, message: `Failover peer "${excerpt(p.name)}" says both primary and secondary; only the last one counts.` });
    const mclt = has(p, 'mclt');
    if (p.role === 'secondary' && mclt) ctx.report({ file: mclt.file, span: mclt.span, message: `mclt on the secondary of "${excerpt(p.name)}" is ignored (it takes the primary's); remove it.`, fix: removeStatementFix(mclt.file, mclt.node as never) });
  },
);

export const primaryRequirements = perPeer(
  meta({ id: 'failover-primary-settings', defaultSeverity: 'error', description: 'A primary without a non-zero `mclt`, or without `split`/`hba`.', rationale: 'dhcpd rejects a primary missing mclt or split/hba (one at a time, at the end of the peer block). Split together with hba is accepted by dhcpd; failover-balance-settings warns about it.', dhcpd: 'rejects', examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n}\n' + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    if (role(p) !== 'primary') return;
    // dhcpd notices both at the peer block's closing brace.
    const at = { file: p.file, span: p.decl.body.close ?? p.decl.words[0]!.span };
    const mclt = has(p, 'mclt');
    if (!mclt || mclt.value === '0') ctx.report({ ...(mclt ?? at), message: `The primary of "${excerpt(p.name)}" needs a non-zero mclt (e.g. 'mclt 1800;').` });
    if (!has(p, 'split') && !has(p, 'hba')) ctx.report({ ...at, message: `The primary of "${excerpt(p.name)}" needs 'split' (e.g. 'split 128;' for 50/50) or 'hba'.` });
  },
);

export const secondarySettings = perPeer(
  meta({ id: 'failover-secondary-settings', defaultSeverity: 'error', description: '`split` or `hba` on a secondary.', rationale: 'dhcpd rejects split/hba on a secondary (`secondary may not define load balance settings`). mclt there is accepted and ignored, so it is not reported.', dhcpd: 'rejects', fixable: true, examples: { incorrect: 'failover peer "fo" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n  split 128;\n}\n' + POOL, correct: 'failover peer "fo" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n}\n' + POOL } }),
  (p, ctx) => {
    if (p.role !== 'secondary') return;
    for (const k of ['split', 'hba']) {
      const st = has(p, k);
      if (!st) continue;
      ctx.report({
        file: st.file,
        span: st.span,
        message: `${excerpt(k)} belongs on the primary only; dhcpd rejects it on the secondary of "${excerpt(p.name)}".`,
        fix: removeStatementFix(st.file, st.node as never),
      });
    }
  },
);

export const peerAddresses = perPeer(
  meta({ id: 'failover-addresses', defaultSeverity: 'error', description: 'A failover peer without `peer address`.', rationale: 'dhcpd rejects it at the end of the peer block: `peer address may not be omitted`.', dhcpd: 'rejects', examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  mclt 1800;\n  split 128;\n}\n' + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    if (!has(p, 'peer address')) ctx.report({ file: p.file, span: p.decl.body.close ?? p.decl.words[0]!.span, message: `Failover peer "${excerpt(p.name)}" has no 'peer address'.` });
  },
);

export const localAddress = perPeer(
  meta({ id: 'failover-local-address', defaultSeverity: 'warning', description: 'A failover peer without `address`, or whose `address` equals its `peer address`.', rationale: 'dhcpd accepts both; without `address` it listens on an address it guesses (or finds none at start-up), and a peer whose two addresses are equal can never connect, so the pair never leaves communications-interrupted.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: 'failover peer "fo" {\n  primary;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n  mclt 1800;\n  split 128;\n}\n' + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    const at = { file: p.file, span: p.decl.words[0]!.span };
    const addr = has(p, 'address');
    const peer = has(p, 'peer address');
    if (!addr) ctx.report({ ...at, message: `Failover peer "${excerpt(p.name)}" has no 'address'; dhcpd needs to know which local address to listen on.` });
    if (addr && peer && addr.value === peer.value) ctx.report({ file: peer.file, span: peer.span, message: `'address' and 'peer address' of "${excerpt(p.name)}" are both ${excerpt(addr.value)}.` });
  },
);

export const timers = perPeer(
  meta({ id: 'failover-timers', defaultSeverity: 'warning', description: 'Missing `max-response-delay` / `max-unacked-updates`, or load balancing disabled (`load balance max seconds` absent or 0).', rationale: 'The man page requires the timers (dhcpd falls back to 20 s and 100); with `load balance max seconds 0` both servers answer every DISCOVER.', dhcpd: 'warns', stricterThanDhcpd: true, examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800;\n  split 128;\n}\n' + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    const at = { file: p.file, span: p.decl.words[0]!.span };
    for (const k of ['max-response-delay', 'max-unacked-updates']) if (!has(p, k)) ctx.report({ ...at, message: `Failover peer "${excerpt(p.name)}" does not set ${excerpt(k)} (dhcpd.conf(5) requires it; dhcpd falls back to ${failoverDefault(k)}).` });
    const lb = has(p, 'load balance max seconds');
    if (!lb || lb.value === '0') ctx.report({ ...(lb ?? at), message: `Load balancing is off for "${excerpt(p.name)}" (load balance max seconds is ${lb ? '0' : 'not set'}); 3 to 5 is recommended on both servers.` });
  },
);

export const duplicateStatement = defineRule(
  meta({ id: 'failover-duplicate-statement', perStatement: true, defaultSeverity: 'warning', description: 'A statement repeated inside a failover peer block.', rationale: 'dhcpd prints an internal error (`confpars.c: non-null pointer`) and carries on.', dhcpd: 'warns', stricterThanDhcpd: true, fixable: true, examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  address 10.0.0.3;\n  peer address 10.0.0.2;\n  mclt 1800;\n  split 128;\n}\n' + POOL, correct: PEER + POOL } }),
  (ctx) => ({
    statementTypes: ['FailoverPeer'],
    statement(s, _a, file) {
      if (s.type !== 'FailoverPeer') return;
      const seen = new Set<string>();
      for (const c of s.body.body) {
        if (c.type !== 'Parameter') continue;
        if (seen.has(c.name)) ctx.report({ file, span: c.span, message: `'${excerpt(c.name)}' is repeated in failover peer "${excerpt(s.name)}".`, fix: removeStatementFix(file, c) });
        seen.add(c.name);
      }
    },
  }),
);

export const peerRedeclared = perPeer(
  meta({ id: 'failover-peer-redeclared', defaultSeverity: 'error', description: 'The same failover peer declared twice in one server configuration.', rationale: 'dhcpd rejects it with `redeclaration of failover peer`; it usually means both halves of a pair were pasted into one file.', dhcpd: 'rejects', examples: { incorrect: PEER + PEER + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    const list = ctx.facts.peers.get(p.name)!;
    if (list.indexOf(p) > 0) ctx.report({ file: p.file, span: p.decl.words[0]!.span, message: `Failover peer "${excerpt(p.name)}" is declared again; a server holds one side of a relationship.`, related: [{ file: list[0]!.file, span: list[0]!.decl.words[0]!.span, message: 'first declaration' }] });
  },
);

export const mixedPools = defineRule(
  meta({ id: 'failover-mixed-pools', defaultSeverity: 'warning', description: 'Ranges outside any failover pool in a subnet that also has failover pools.', rationale: 'The man page forbids mixing; both servers would hand out the unprotected addresses independently.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: PEER + 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.100 10.0.0.120;\n  pool {\n    failover peer "fo";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n', correct: PEER + POOL } }),
  (ctx) => ({
    end() {
      const protectedSubnets = new Set<unknown>();
      const protectedSharedNetworks = new Set<string>();
      for (const p of ctx.facts.pools) {
        if (!p.peer || !p.subnet) continue;
        protectedSubnets.add(p.subnet);
        if (p.subnet.sharedNetwork) protectedSharedNetworks.add(p.subnet.sharedNetwork);
      }
      for (const r of ctx.facts.ranges) {
        if (r.pool?.peer || !r.subnet) continue;
        const sub = r.subnet;
        if (protectedSubnets.has(sub) || (sub.sharedNetwork && protectedSharedNetworks.has(sub.sharedNetwork)))
          ctx.report({ file: r.file, span: r.span, message: `Range ${excerpt(r.text)} is not failover-protected but shares its network with failover pools; put it in a failover pool.` });
      }
    },
  }),
);

export const splitValue = perPeer(
  meta({ id: 'failover-split-value', defaultSeverity: 'error', description: '`split` outside 0–256 or `hba` not 32 bytes; explains the effective share.', rationale: 'dhcpd rejects out-of-range values; hba must be exactly 32 bytes.', dhcpd: 'rejects', examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800;\n  split 300;\n}\n' + POOL, correct: PEER + POOL } }),
  (p, ctx) => {
    const split = has(p, 'split');
    if (split && !(Number(split.value) >= 0 && Number(split.value) <= 256)) ctx.report({ file: split.file, span: split.span, message: `split must be between 0 and 256; ${excerpt(split.value)} is not.` });
    const hba = has(p, 'hba');
    if (hba && hba.value.split(':').length !== 32) ctx.report({ file: hba.file, span: hba.span, message: `hba must be 32 colon-separated bytes; this one has ${hba.value.split(':').length}.` });
  },
);

// ------------------------------------------------------------------ hosts, includes, classes

const HOST_DUP_INCORRECT = 'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\n';
const HOST_DUP_CORRECT = 'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.6; }\n';

/** Which clashes a host-duplicates run reports: names (dhcpd refuses) or addresses (dhcpd accepts). */
type HostClashKinds = { names: boolean; addresses: boolean };

const hostDuplicatesRule = (m: RuleMeta, kinds: HostClashKinds): ConfigRule =>
  defineRule(m, (ctx) => ({
    *end() {
      if (!ctx.memo) {
        yield* reportHostDuplicatesOnce(ctx, kinds);
        return;
      }
      // With a memo (the language server), the index of the last run is updated from the hosts
      // that changed.
      const index = yield* keptHostIndex(ctx.memo, ctx.facts.hosts, duplicateKeys, ITEMS_PER_PAUSE);
      const [names, macs, fixed] = index.keys;
      // What the check reports, key by key, exactly as one pass over the hosts in order would:
      // the first host of a name keeps it; a hardware or fixed address belongs to the last host
      // of the name that had it, and any other host using it is reported.
      if (kinds.names)
        for (const name of names.repeated) {
          const [first, ...later] = names.byKey.get(name)!;
          for (const h of later) nameClash(ctx, h, first!);
        }
      if (!kinds.addresses) return;
      for (const mac of macs.repeated) {
        const uses = macs.byKey.get(mac)!.flatMap((h) => h.macs.filter((m) => hardwareKey(m) === mac).map((m) => ({ host: h, loc: m.loc, text: m.value })));
        claim(uses, (u, holder) => macClash(ctx, u.text, u, holder));
      }
      for (const address of fixed.repeated) {
        const uses = fixed.byKey.get(address)!.flatMap((h) => h.fixed.filter((f) => f.address === address).map((f) => ({ host: h, loc: f.loc, text: f.text })));
        claim(uses, (u, holder) => fixedClash(ctx, u.text, u, holder));
      }
    },
  }));

export const hostRules = hostDuplicatesRule(
  { id: 'host-duplicates', category: 'hosts', recommended: true, defaultSeverity: 'error', description: 'Two host declarations with the same name.', rationale: 'dhcpd rejects the second one: `host NAME: already exists`.', dhcpd: 'rejects', examples: { incorrect: 'host a { hardware ethernet 0:1:2:3:4:5; }\nhost a { hardware ethernet 0:1:2:3:4:6; }\n', correct: 'host a { hardware ethernet 0:1:2:3:4:5; }\nhost b { hardware ethernet 0:1:2:3:4:6; }\n' } },
  { names: true, addresses: false },
);

export const hostAddressRules = hostDuplicatesRule(
  { id: 'host-duplicate-address', category: 'hosts', recommended: true, defaultSeverity: 'warning', description: 'Two hosts with the same hardware address (same type and bytes) or the same fixed address.', rationale: 'dhcpd accepts both silently; at run time one client gets two identities (only one host matches it), or two clients are handed one address and knock each other off the network.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: HOST_DUP_INCORRECT, correct: HOST_DUP_CORRECT } },
  { names: false, addresses: true },
);

/** A hardware address as dhcpd compares it: its type and its bytes. */
const hardwareKey = (m: HostFacts['macs'][number]): string => `${m.type} ${m.value}`;

/** The keys host-duplicates indexes: names, hardware addresses, fixed addresses. */
const duplicateKeys = (): [KeyIndex<string>, KeyIndex<string>, KeyIndex<number>] => [keyIndex((h) => [h.name]), keyIndex((h) => new Set(h.macs.map(hardwareKey))), keyIndex((h) => new Set(h.fixed.map((f) => f.address)))];

/**
 * The same check in one pass over the hosts, keeping nothing (the CLI lints once): a map per
 * kind of key holds the host that key belongs to so far.
 */
function* reportHostDuplicatesOnce(ctx: RuleContext, kinds: HostClashKinds): Generator<void, void, void> {
  const names = new Map<string, HostFacts>();
  const macs = new Map<string, Use>();
  const fixed = new Map<number, Use>();
  let seen = 0;
  for (const h of ctx.facts.hosts) {
    const first = names.get(h.name);
    if (first && kinds.names) nameClash(ctx, h, first);
    else if (!first) names.set(h.name, h);
    for (const m of kinds.addresses ? h.macs : []) {
      const holder = macs.get(hardwareKey(m));
      if (!holder || holder.host.name === h.name) macs.set(hardwareKey(m), { host: h, loc: m.loc });
      else macClash(ctx, m.value, { host: h, loc: m.loc }, holder);
    }
    for (const f of kinds.addresses ? h.fixed : []) {
      const holder = fixed.get(f.address);
      if (!holder || holder.host.name === h.name) fixed.set(f.address, { host: h, loc: f.loc });
      else fixedClash(ctx, f.text, { host: h, loc: f.loc }, holder);
    }
    if (++seen % ITEMS_PER_PAUSE === 0) yield;
  }
}

/** What host-duplicates reports, whichever way it found the clash. */
type Use = { host: HostFacts; loc: Located };
const nameOf = (h: HostFacts) => ({ file: h.file, span: h.decl.nameNode?.span ?? h.span });
function nameClash(ctx: RuleContext, h: HostFacts, first: HostFacts): void {
  ctx.report({ ...nameOf(h), message: `Host '${excerpt(h.name)}' is declared twice.`, related: [{ ...nameOf(first), message: 'first declaration' }] });
}
function macClash(ctx: RuleContext, mac: string, use: Use, holder: Use): void {
  ctx.report({ ...use.loc, message: `Hardware address ${excerpt(mac)} is also used by host '${excerpt(holder.host.name)}'.`, related: [{ ...holder.loc, message: `host ${excerpt(holder.host.name)}` }] });
}
function fixedClash(ctx: RuleContext, text: string, use: Use, holder: Use): void {
  ctx.report({ ...use.loc, message: `Fixed address ${excerpt(text)} is also given to host '${excerpt(holder.host.name)}'.`, related: [{ ...holder.loc, message: `host ${excerpt(holder.host.name)}` }] });
}

/** Walks the uses of one address in order: a use by another host than the current holder's name is a clash. */
function claim<U extends { host: HostFacts }>(uses: U[], clash: (use: U, holder: U) => void): void {
  let holder: U | undefined;
  for (const u of uses) {
    if (!holder || holder.host.name === u.host.name) holder = u;
    else clash(u, holder);
  }
}

export const fixedInRange = defineRule(
  { id: 'host-fixed-address-placement', category: 'hosts', recommended: true, defaultSeverity: 'warning', description: 'A fixed address inside a dynamic range (worse: a failover pool), on a network or broadcast address, or in no declared subnet.', rationale: 'dhcpd accepts all of these; at run time it logs `Dynamic and static leases present`, or the host simply never matches.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.99;\n}\nhost a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.50; }\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.99;\n}\nhost a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\n' } },
  (ctx) => ({
    *end() {
      const ranges = new IntervalIndex(ctx.facts.ranges.map((r) => ({ low: Math.min(r.low, r.high), high: Math.max(r.low, r.high), item: r })));
      const subnets = new IntervalIndex(ctx.facts.subnets.map((s) => ({ low: s.network, high: broadcastOf(s.network, s.mask), item: s })));
      let seen = 0;
      for (const h of ctx.facts.hosts) {
        for (const f of h.fixed) {
          const r = ranges.find(f.address);
          if (r) ctx.report({ file: f.loc.file, span: f.loc.span, message: `Fixed address ${excerpt(f.text)} of host '${excerpt(h.name)}' lies in ${r.pool?.peer ? `failover pool range` : 'dynamic range'} ${excerpt(r.text)}.`, related: [{ file: r.file, span: r.span, message: `range ${excerpt(r.text)}` }] });
          // A noncontiguous mask makes the interval only an envelope, so confirm membership.
          const candidate = subnets.find(f.address);
          const subnet = candidate && subnetContains(candidate, f.address) ? candidate : ctx.facts.subnets.find((s) => prefixLength(s.mask) === undefined && subnetContains(s, f.address));
          if (ctx.facts.subnets.length && !subnet) ctx.report({ file: f.loc.file, span: f.loc.span, message: `Fixed address ${excerpt(f.text)} of host '${excerpt(h.name)}' is in no declared subnet, so the host never matches.` });
          if (subnet && (f.address === subnet.network || f.address === ((subnet.network | ~subnet.mask) >>> 0))) ctx.report({ file: f.loc.file, span: f.loc.span, message: `Fixed address ${excerpt(f.text)} is the ${f.address === subnet.network ? 'network' : 'broadcast'} address of ${excerpt(subnet.key)}.` });
        }
        if (!h.macs.length && !h.decl.body.body.some((c) => (c.type === 'Option' && c.name === 'dhcp-client-identifier') || (c.type === 'Parameter' && c.name === 'host-identifier option')))
          ctx.report({ file: h.file, span: h.decl.words[0]!.span, message: `Host '${excerpt(h.name)}' has neither 'hardware' nor a client identifier, so no client can match it.` });
        if (++seen % ITEMS_PER_PAUSE === 0) yield;
      }
    },
  }),
);

export const includeRelative = defineRule(
  { id: 'include-relative-path', perStatement: true, category: 'includes', recommended: true, defaultSeverity: 'warning', description: 'An include with a relative path.', rationale: 'dhcpd resolves it against its working directory, not the including file: `/` under systemd, the checkout in CI.', dhcpd: 'accepts', stricterThanDhcpd: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': 'include "hosts.conf";\n', 'etc/dhcp/hosts.conf': 'host a { hardware ethernet 0:1:2:3:4:5; }\n' }, correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': 'host a { hardware ethernet 0:1:2:3:4:5; }\n' } } } },
  (ctx) => ({
    statementTypes: ['Include'],
    statement(s, _a, file) {
      if (s.type === 'Include' && s.path && !s.path.value.startsWith('/')) ctx.report({ file, span: s.path.span, message: `Relative include "${excerpt(s.path.value)}" depends on dhcpd's working directory; use an absolute path.` });
    },
  }),
);

export const classRules = defineRule(
  { id: 'class-references', category: 'classes', recommended: true, defaultSeverity: 'error', description: 'A class used before or without its declaration, or with two `match if`.', rationale: 'dhcpd rejects unknown classes (`no such class`) and double match clauses (`A class may only have one match if clause`). A class declared twice is accepted (class-redeclared warns about it).', dhcpd: 'rejects', examples: { incorrect: 'subclass "voip" 1:2:3:4:5:6;\n', correct: 'class "voip" { match hardware; }\nsubclass "voip" 1:2:3:4:5:6;\n' } },
  (ctx) => {
    const classes = new Map<string, { file: any; span: any }>();
    return {
      statementTypes: ['Class', 'Subclass', 'AllowDeny'],
      statement(s, _a, file) {
        if (s.type === 'Class') {
          classes.set(s.name, { file, span: s.nameNode?.span ?? s.span });
          const matches = s.body.body.filter((c) => c.type === 'Match' && c.form === 'match if');
          if (matches.length > 1) ctx.report({ file, span: matches[1]!.span, message: `Class "${excerpt(s.name)}" has more than one 'match if'.` });
        }
        if (s.type === 'Subclass' && !classes.has(s.className)) ctx.report({ file, span: s.classNode?.span ?? s.span, message: `No class named "${excerpt(s.className)}" is declared before this subclass.` });
        if (s.type === 'AllowDeny' && s.what === 'members of' && s.arg?.type === 'String' && !classes.has(s.arg.value)) ctx.report({ file, span: s.arg.span, message: `No class named "${excerpt(s.arg.value)}" is declared before this pool.` });
      },
    };
  },
);

export const failoverRules: ConfigRule[] = [peerUndeclared, peerUnused, refPlacement, dynamicBootp, roleRules, primaryRequirements, secondarySettings, peerAddresses, localAddress, timers, duplicateStatement, peerRedeclared, mixedPools, splitValue, hostRules, hostAddressRules, fixedInRange, includeRelative, classRules];
