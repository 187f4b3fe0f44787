// Helpers for writing example configs in rule metadata one line per source line.

/** A config file from its lines (each ends with a line break). */
export const conf = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

/** A primary's failover peer block "fo" with every recommended setting, plus `extra` lines. */
export const PEER_FO = (...extra: string[]): string =>
  conf(
    'failover peer "fo" {',
    '  primary;',
    '  address 10.0.0.1;',
    '  peer address 10.0.0.2;',
    '  max-response-delay 30;',
    '  max-unacked-updates 10;',
    '  load balance max seconds 3;',
    '  mclt 1800;',
    '  split 128;',
    ...extra,
    '}',
  );

/** A subnet with one pool under failover peer "fo". */
export const POOL_FO = conf(
  'subnet 10.0.0.0 netmask 255.255.255.0 {',
  '  pool {',
  '    failover peer "fo";',
  '    range 10.0.0.10 10.0.0.99;',
  '  }',
  '}',
);
