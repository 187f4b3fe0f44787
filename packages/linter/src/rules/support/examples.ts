// Helpers for writing example configs in rule metadata and rule tests one line per source line.

/** A config file from its lines (each ends with a line break). */
export const conf = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

export interface FailoverPeerOptions {
  /** The role line; dhcpd takes a peer without one for the primary. */
  role: 'primary' | 'secondary';
  /** `address`; false leaves it out. Default: 10.0.0.1 on the primary, 10.0.0.2 on the secondary. */
  address?: string | false;
  /** `peer address`; false leaves it out. Default: the other side's address. */
  peerAddress?: string | false;
  /** max-response-delay 30, max-unacked-updates 10 and load balance max seconds 3 (default true). */
  timers?: boolean;
  /** `mclt`; false leaves it out. Default: 1800 on the primary, none on the secondary. */
  mclt?: number | false;
  /** `split`; false leaves it out. Default: 128 on the primary, none on the secondary. */
  split?: number | false;
  /** Lines written last, before the closing brace. */
  extra?: string[];
}

/**
 * Failover peer "fo" for one side of the 10.0.0.1/10.0.0.2 example pair. With only a role it has every
 * setting dhcpd.conf(5) recommends for that role; each option leaves one out or changes it.
 */
export function failoverPeer(o: FailoverPeerOptions): string {
  const primary = o.role === 'primary';
  const address = o.address ?? (primary ? '10.0.0.1' : '10.0.0.2');
  const peerAddress = o.peerAddress ?? (primary ? '10.0.0.2' : '10.0.0.1');
  const mclt = o.mclt ?? (primary ? 1800 : false);
  const split = o.split ?? (primary ? 128 : false);
  const lines = [`  ${o.role};`];
  if (address !== false) lines.push(`  address ${address};`);
  if (peerAddress !== false) lines.push(`  peer address ${peerAddress};`);
  if (o.timers ?? true)
    lines.push('  max-response-delay 30;', '  max-unacked-updates 10;', '  load balance max seconds 3;');
  if (mclt !== false) lines.push(`  mclt ${mclt};`);
  if (split !== false) lines.push(`  split ${split};`);
  return peerBlock(...lines, ...(o.extra ?? []));
}

/** Failover peer "fo" with exactly these lines. */
export const peerBlock = (...lines: string[]): string => conf('failover peer "fo" {', ...lines, '}');

/** A primary's failover peer block "fo" with every recommended setting, plus `extra` lines. */
export const PEER_FO = (...extra: string[]): string => failoverPeer({ role: 'primary', extra });

/** The matching secondary's block, with every recommended setting. */
export const SECONDARY_FO: string = failoverPeer({ role: 'secondary' });

/** Subnet 10.0.0.0/24 with one pool holding these lines (indented four spaces). */
export const subnetPool = (...poolLines: string[]): string =>
  conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool {', ...poolLines, '  }', '}');

/** Shared-network "lab": subnet 10.0.0.0/24 and, beside it, one pool holding these lines (indented four spaces). */
export const sharedNetworkPool = (...poolLines: string[]): string =>
  conf('shared-network lab {', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '  pool {', ...poolLines, '  }', '}');

/** A subnet with one pool under failover peer "fo". */
export const POOL_FO = subnetPool('    failover peer "fo";', '    range 10.0.0.10 10.0.0.99;');

/** Failover peer "fo" with exactly these lines, and its pool: for tests that write the block line by line. */
export const peerWithPool = (...lines: string[]): string => peerBlock(...lines) + POOL_FO;
