// migrateToKea: the servers and pairs the linter's engine found, as kea-dhcp4 and kea-ctrl-agent
// configurations plus a report of what was converted, changed or left out.
import { basename } from 'node:path';
import { expectDefined } from '@dhcplint/parser/internal';
import type { Server, ServerPair } from '../engine.js';
import type { PeerFacts } from '../model/facts.js';
import { convertServer, type ServerConversion } from './convert-server.js';
import { DEFAULT_CONTROL_PORT, haHooks, haRules, haTimers, modeFor, shareOf, type HaMode, type HaSide } from './ha.js';
import { countItems, type MigrationReport, type ServerSummary } from './report.js';
import type { KeaCtrlAgentConfig, KeaDhcp4Config } from './types.js';

export interface MigrateOptions {
  /** Port of each server's kea-ctrl-agent, which the HA peer URLs point at (default 8000). */
  controlPort?: number;
  /** Unix socket between kea-dhcp4 and kea-ctrl-agent (default /run/kea/kea4-ctrl-socket). */
  controlSocket?: string;
  /** Folder of the memfile lease file (default /var/lib/kea), unless lease-file-name says otherwise. */
  leaseDir?: string;
}

export interface MigrationResult {
  /** By Kea server name (also the HA peer name and the output folder name). */
  configs: Map<string, KeaDhcp4Config>;
  ctrlAgents: Map<string, KeaCtrlAgentConfig>;
  report: MigrationReport;
  /** The engine's server behind each Kea server name. */
  servers: Map<string, Server>;
}

export const SUBNET_ID_RULE =
  'subnet4 "id" is the subnet\'s network address read as a 32-bit number (10.20.0.0 → 169082880), so both servers of a pair, and every later migration, give a subnet the same id.';

/** A short name for a server: its root folder's name, or its main file's name without `.conf`. */
export function keaServerNames(servers: readonly Server[]): Map<Server, string> {
  const out = new Map<Server, string>();
  const used = new Set<string>();
  for (const s of servers) {
    const raw = basename(s.name.replace(/\/+$/, '')).replace(/\.conf$/, '') || 'server';
    let name = raw.replace(/[^A-Za-z0-9._-]/g, '-');
    for (let i = 2; used.has(name); i++) name = `${raw}-${i}`;
    used.add(name);
    out.set(s, name);
  }
  return out;
}

function address(peer: PeerFacts | undefined, key: 'address' | 'peer address'): string | undefined {
  return peer?.settings.get(key)?.value;
}

interface HaPlan {
  peerName: string;
  mode: HaMode;
  /** Both HA peers: this pair's two servers, or a server alone and its partner. */
  sides: [HaSide, HaSide];
  timersFrom: Map<Server, PeerFacts | undefined>;
  rules: ReturnType<typeof haRules>;
  servers: Server[];
}

/** The HA layout of a pair: who is primary, the mode, the peer list both configs share. */
function planPair(pair: ServerPair, nameOf: (s: Server) => string): HaPlan {
  const pa = pair.a.facts.peers.get(pair.peer)?.[0];
  const pb = pair.b.facts.peers.get(pair.peer)?.[0];
  // dhcpd takes a peer without a role as primary; two primaries (a pair error) keep a first.
  const aPrimary = pa?.role !== 'secondary' || pb?.role === 'secondary';
  const [primary, secondary] = aPrimary ? [pair.a, pair.b] : [pair.b, pair.a];
  const [pp, ps] = aPrimary ? [pa, pb] : [pb, pa];
  const share = shareOf(pp);
  const mode = modeFor(share);
  const addrOf = (own: PeerFacts | undefined, other: PeerFacts | undefined) =>
    address(own, 'address') ?? address(other, 'peer address') ?? '127.0.0.1';
  const p: HaSide = { name: nameOf(primary), address: addrOf(pp, ps), role: 'primary' };
  const s: HaSide = { name: nameOf(secondary), address: addrOf(ps, pp), role: 'secondary' };
  if (mode.mode === 'hot-standby') {
    if (mode.active === 'primary') s.role = 'standby';
    else {
      s.role = 'primary';
      p.role = 'standby';
    }
  }
  return {
    peerName: pair.peer,
    mode,
    sides: [p, s],
    timersFrom: new Map([
      [primary, pp],
      [secondary, ps],
    ]),
    rules: haRules(pp, share, mode),
    servers: [primary, secondary],
  };
}

/** A server whose partner was not given: HA from its own failover block. */
function planAlone(server: Server, nameOf: (s: Server) => string): HaPlan | undefined {
  const refs = new Set(server.facts.peerRefs.map((r) => r.name));
  const peers = [...server.facts.peers];
  // The peer a pool refers to, else the first declared.
  const [peerName, [peer] = []] = peers.find(([n]) => refs.has(n)) ?? peers[0] ?? [];
  if (peerName === undefined || peer === undefined) return undefined;
  const isPrimary = peer.role !== 'secondary';
  // A secondary does not know the split: load balancing, the common case, is assumed.
  const share = isPrimary ? shareOf(peer) : undefined;
  const mode: HaMode = isPrimary ? modeFor(share) : { mode: 'load-balancing' };
  const me: HaSide = {
    name: nameOf(server),
    address: address(peer, 'address') ?? '127.0.0.1',
    role: isPrimary ? 'primary' : 'secondary',
  };
  const partner: HaSide = {
    name: `${peerName.replace(/[^A-Za-z0-9._-]/g, '-')}-partner`,
    address: address(peer, 'peer address') ?? '127.0.0.1',
    role: isPrimary ? 'secondary' : 'primary',
  };
  if (mode.mode === 'hot-standby') {
    const activeIsMe = (mode.active === 'primary') === isPrimary;
    me.role = activeIsMe ? 'primary' : 'standby';
    partner.role = activeIsMe ? 'standby' : 'primary';
  }
  const sides: [HaSide, HaSide] = isPrimary ? [me, partner] : [partner, me];
  return {
    peerName,
    mode,
    sides,
    timersFrom: new Map([[server, peer]]),
    rules: haRules(isPrimary ? peer : undefined, share, mode),
    servers: [server],
  };
}

export function migrateToKea(
  servers: readonly Server[],
  pairs: readonly ServerPair[],
  options: MigrateOptions = {},
): MigrationResult {
  const controlPort = options.controlPort ?? DEFAULT_CONTROL_PORT;
  const controlSocket = options.controlSocket ?? '/run/kea/kea4-ctrl-socket';
  const leaseDir = options.leaseDir ?? '/var/lib/kea';
  const names = keaServerNames(servers);
  const nameOf = (s: Server) => expectDefined(names.get(s), 'the servers of the pairs are among those migrated');
  const plans = new Map<Server, HaPlan>();
  for (const pair of pairs) {
    const plan = planPair(pair, nameOf);
    plans.set(pair.a, plan);
    plans.set(pair.b, plan);
  }
  for (const s of servers)
    if (!plans.has(s) && s.facts.peers.size) {
      const plan = planAlone(s, nameOf);
      if (plan) plans.set(s, plan);
    }

  const configs = new Map<string, KeaDhcp4Config>();
  const ctrlAgents = new Map<string, KeaCtrlAgentConfig>();
  const byName = new Map<string, Server>();
  const summaries: ServerSummary[] = [];
  const items: MigrationReport['items'] = [];
  const haReports: MigrationReport['ha'] = [];
  const reported = new Set<HaPlan>();
  for (const server of servers) {
    const name = nameOf(server);
    const plan = plans.get(server);
    const conversion: ServerConversion = convertServer(server, {
      serverName: name,
      controlSocket,
      leaseDir,
      controlPort,
      haPeer: plan && { name: plan.peerName, mode: plan.mode },
    });
    const config = conversion.config;
    let ownAddress: string | undefined;
    if (plan) {
      const hooks = haHooks(name, plan.sides, plan.mode, haTimers(plan.timersFrom.get(server)), controlPort);
      config.Dhcp4['hooks-libraries'] = [...hooks, ...(config.Dhcp4['hooks-libraries'] ?? [])];
      ownAddress = plan.sides.find((s) => s.name === name)?.address;
      if (!reported.has(plan)) {
        reported.add(plan);
        haReports.push({
          peerName: plan.peerName,
          servers: plan.servers.map(nameOf) as [string, string] | [string],
          mode: plan.mode.mode,
          rules: plan.rules,
        });
      }
    }
    configs.set(name, config);
    byName.set(name, server);
    ctrlAgents.set(name, {
      'Control-agent': {
        'http-host': ownAddress && /^\d+\.\d+\.\d+\.\d+$/.test(ownAddress) ? ownAddress : '127.0.0.1',
        'http-port': controlPort,
        'control-sockets': { dhcp4: { 'socket-type': 'unix', 'socket-name': controlSocket } },
        loggers: [{ name: 'kea-ctrl-agent', output_options: [{ output: 'stdout' }], severity: 'INFO' }],
      },
    });
    const role = plan?.sides.find((s) => s.name === name);
    summaries.push({
      name,
      mainFile: server.config.main.uri,
      subnets: conversion.subnets,
      pools: conversion.pools,
      reservations: conversion.reservations,
      clientClasses: conversion.clientClasses,
      ha:
        plan && role
          ? {
              mode: plan.mode.mode,
              role: role.role,
              partner: (role === plan.sides[0] ? plan.sides[1] : plan.sides[0]).name,
              peerName: plan.peerName,
            }
          : undefined,
    });
    for (const item of conversion.log.items) items.push(item);
  }
  const report: MigrationReport = {
    tool: 'dhcplint migrate',
    target: 'kea-dhcp4 2.2',
    servers: summaries,
    subnetIds: SUBNET_ID_RULE,
    ha: haReports,
    items,
    counts: countItems(items),
  };
  return { configs, ctrlAgents, report, servers: byName };
}
