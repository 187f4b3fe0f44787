// A dhcpd failover relationship as Kea 2.2 High Availability (libdhcp_ha.so). The rules are
// written out in `HA_RULES` so the report states exactly what was applied.
import type { PeerFacts } from '../model/facts.js';
import type { ItemStatus, HaRule } from './report.js';
import type { KeaHaPeer, KeaHaRelationship, KeaHookLibrary } from './types.js';

export const HOOKS_DIR = '/usr/lib/x86_64-linux-gnu/kea/hooks';
export const DEFAULT_CONTROL_PORT = 8000;
/** dhcpd's defaults (failover-semantics.md). */
const DHCPD_MAX_RESPONSE_DELAY = 20;
const DHCPD_MAX_UNACKED_UPDATES = 100;
/** Kea's default, and the cap the mapping applies. */
const KEA_MAX_UNACKED_CLIENTS = 10;

/** How the pair shares the clients, from the primary's `split` or `hba`. */
export interface Share {
  /** Hash buckets (of 256) the dhcpd primary answers. */
  primaryBuckets: number;
  source: string;
}

export function shareOf(primary: PeerFacts | undefined): Share | undefined {
  const split = primary?.settings.get('split');
  if (split) {
    const n = Number(split.value);
    if (Number.isInteger(n) && n >= 0 && n <= 256) return { primaryBuckets: n, source: `split ${n}` };
  }
  const hba = primary?.settings.get('hba');
  if (hba) {
    const bytes = hba.value.split(':').map((h) => parseInt(h, 16));
    if (bytes.length === 32 && bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) {
      let bits = 0;
      for (const b of bytes) for (let v = b; v; v >>= 1) bits += v & 1;
      return { primaryBuckets: bits, source: `hba (${bits} of 256 buckets set)` };
    }
  }
  return undefined;
}

export type HaMode = { mode: 'load-balancing' } | { mode: 'hot-standby'; active: 'primary' | 'secondary' };

/** Load balancing when both sides answer some buckets; hot standby when one side answers all. */
export function modeFor(share: Share | undefined): HaMode {
  if (!share) return { mode: 'hot-standby', active: 'primary' };
  if (share.primaryBuckets >= 256) return { mode: 'hot-standby', active: 'primary' };
  if (share.primaryBuckets <= 0) return { mode: 'hot-standby', active: 'secondary' };
  return { mode: 'load-balancing' };
}

function seconds(peer: PeerFacts | undefined, key: string, dflt: number): number {
  const v = Number(peer?.settings.get(key)?.value);
  return Number.isFinite(v) && v > 0 ? v : dflt;
}

/** The timers, from this server's own failover block (each side keeps its own values). */
export function haTimers(
  peer: PeerFacts | undefined,
): Pick<KeaHaRelationship, 'heartbeat-delay' | 'max-response-delay' | 'max-ack-delay' | 'max-unacked-clients'> {
  const mrd = seconds(peer, 'max-response-delay', DHCPD_MAX_RESPONSE_DELAY);
  const unacked = seconds(peer, 'max-unacked-updates', DHCPD_MAX_UNACKED_UPDATES);
  return {
    'heartbeat-delay': Math.max(1000, Math.round((mrd * 1000) / 3)),
    'max-response-delay': mrd * 1000,
    'max-ack-delay': 10000,
    'max-unacked-clients': Math.min(Math.round(unacked), KEA_MAX_UNACKED_CLIENTS),
  };
}

/** The rules, with the values they gave, for the report. */
export function haRules(peer: PeerFacts | undefined, share: Share | undefined, mode: HaMode): HaRule[] {
  const t = haTimers(peer);
  const mrd = peer?.settings.get('max-response-delay')?.value ?? `${DHCPD_MAX_RESPONSE_DELAY} (default)`;
  const unacked = peer?.settings.get('max-unacked-updates')?.value ?? `${DHCPD_MAX_UNACKED_UPDATES} (default)`;
  const split = share ? share.source : 'none (dhcpd needs split or hba on the primary)';
  const rules: HaRule[] = [
    {
      setting: 'mode',
      dhcpd: split,
      kea: mode.mode,
      rule:
        mode.mode === 'load-balancing'
          ? 'Both sides answer some hash buckets → load-balancing (Kea splits clients evenly by its own hash).'
          : `One side answers every bucket → hot-standby with the side that answered all (dhcpd ${mode.active}) as Kea primary, the other as standby.`,
    },
    {
      setting: 'max-response-delay',
      dhcpd: `max-response-delay ${mrd}`,
      kea: `max-response-delay ${t['max-response-delay']} ms`,
      rule: 'Same time, in milliseconds: how long without a message before the partner is taken as unreachable.',
    },
    {
      setting: 'heartbeat-delay',
      dhcpd: `max-response-delay ${mrd}`,
      kea: `heartbeat-delay ${t['heartbeat-delay']} ms`,
      rule: "dhcpd sends a keep-alive every third of the partner's max-response-delay; Kea's heartbeat-delay is that interval (at least 1000 ms).",
    },
    {
      setting: 'max-unacked-clients',
      dhcpd: `max-unacked-updates ${unacked}`,
      kea: `max-unacked-clients ${t['max-unacked-clients']}`,
      rule: `Both bound how much goes unanswered before a server acts; the value is carried over, capped at Kea's default ${KEA_MAX_UNACKED_CLIENTS} (a larger value delays the take-over by that many clients).`,
    },
    {
      setting: 'max-ack-delay',
      dhcpd: 'load balance max seconds',
      kea: 'max-ack-delay 10000 ms (Kea default)',
      rule: "No direct equivalent: dhcpd answers a client of the partner's buckets once its secs exceeds the value; Kea instead counts clients the partner leaves unanswered for max-ack-delay.",
    },
    {
      setting: 'mclt',
      dhcpd: 'mclt',
      kea: '—',
      rule: 'No direct equivalent: Kea peers send each lease update to the partner before (or right after) answering, so there is no lead time to bound.',
    },
    {
      setting: 'max-lease-ownership',
      dhcpd: 'max-lease-ownership / max-lease-misbalance / min-balance / max-balance',
      kea: '—',
      rule: "No direct equivalent: Kea peers share every pool and keep each other's lease database, so free leases are never rebalanced.",
    },
  ];
  if (share && mode.mode === 'load-balancing' && share.primaryBuckets !== 128) {
    rules.push({
      setting: 'split',
      dhcpd: share.source,
      kea: 'even split',
      rule: `dhcpd's primary answered ${share.primaryBuckets}/256 of new clients, the secondary ${256 - share.primaryBuckets}/256; Kea divides new clients evenly between the two, so each now answers about half.`,
    });
  }
  return rules;
}

/** What happens to each statement of the failover block. */
export function peerStatementDisposition(
  name: string,
  controlPort: number,
  mode: HaMode,
): { status: ItemStatus; kea?: string; reason?: string } {
  switch (name) {
    case 'primary':
    case 'secondary':
      return mode.mode === 'hot-standby' && mode.active === 'secondary'
        ? {
            status: 'changed',
            kea: 'peers[].role',
            reason:
              'split 0: the dhcpd secondary answered every client, so it becomes the Kea primary and the dhcpd primary the standby',
          }
        : { status: 'converted', kea: 'peers[].role' };
    case 'address':
    case 'peer address':
      return { status: 'converted', kea: 'peers[].url (host part)' };
    case 'port':
    case 'peer port':
      return {
        status: 'changed',
        kea: `peers[].url port ${controlPort}`,
        reason: `Kea 2.2 peers talk HTTP to each other's kea-ctrl-agent on the control port (${controlPort}), not on the failover port`,
      };
    case 'max-response-delay':
      return { status: 'converted', kea: 'max-response-delay, heartbeat-delay' };
    case 'max-unacked-updates':
      return {
        status: 'changed',
        kea: 'max-unacked-clients',
        reason: 'dhcpd bounds unacknowledged binding updates, Kea unanswered clients; see the HA rules',
      };
    case 'split':
    case 'hba':
      return mode.mode === 'load-balancing'
        ? {
            status: 'changed',
            kea: 'mode load-balancing',
            reason: 'Kea splits clients evenly by its own hash; see the HA rules',
          }
        : { status: 'converted', kea: 'mode hot-standby' };
    case 'mclt':
      return {
        status: 'not-converted',
        reason: 'no direct equivalent: Kea peers update each other before answering, so there is no lead time to bound',
      };
    case 'load balance max seconds':
      return {
        status: 'not-converted',
        reason:
          'no direct equivalent: Kea counts clients the partner leaves unanswered (max-ack-delay, max-unacked-clients)',
      };
    case 'max-lease-ownership':
    case 'max-lease-misbalance':
    case 'min-balance':
    case 'max-balance':
      return {
        status: 'not-converted',
        reason: 'no direct equivalent: Kea peers share every pool, so free leases are never rebalanced',
      };
    case 'auto-partner-down':
      return {
        status: 'changed',
        kea: 'max-unacked-clients',
        reason:
          'Kea moves to partner-down by itself once max-unacked-clients clients go unanswered; there is no separate timer',
      };
    default:
      return { status: 'not-converted', reason: 'no Kea HA equivalent' };
  }
}

/** A peer URL: the server's kea-ctrl-agent. */
export function peerUrl(address: string, port: number): string {
  return `http://${address}:${port}/`;
}

export interface HaSide {
  name: string;
  address: string;
  role: KeaHaPeer['role'];
}

/** The hook libraries: lease_cmds first (the HA hook needs it loaded), then HA. */
export function haHooks(
  thisServer: string,
  sides: HaSide[],
  mode: HaMode,
  timers: ReturnType<typeof haTimers>,
  controlPort: number,
): KeaHookLibrary[] {
  const relationship: KeaHaRelationship = {
    'this-server-name': thisServer,
    mode: mode.mode,
    ...timers,
    peers: sides.map((s) => ({
      name: s.name,
      url: peerUrl(s.address, controlPort),
      role: s.role,
      'auto-failover': true,
    })),
  };
  return [
    { library: `${HOOKS_DIR}/libdhcp_lease_cmds.so` },
    { library: `${HOOKS_DIR}/libdhcp_ha.so`, parameters: { 'high-availability': [relationship] } },
  ];
}
