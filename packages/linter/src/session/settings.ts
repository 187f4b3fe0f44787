// What a user configures (rc file, command line, editor settings): plain data, no caches, no file
// system. What a run keeps between checks lives in the LintSession (session.ts).
import type { SeveritySetting } from '../types.js';

export interface LintSettings {
  /** Rule id → severity; rules not listed use their default. */
  rules?: Record<string, SeveritySetting>;
  /** Absolute include prefixes mapped to folders: { "/etc/dhcp": "./etc/dhcp" }. */
  includeMap?: Record<string, string>;
  /** Explicit pairs of server names/paths. */
  pairs?: [string, string][];
  /** Flat layouts: the files that make up each named server. */
  servers?: ServerManifestEntry[];
  /**
   * Largest file read, in bytes (rc key `maxFileSize`; default 64 MiB, see io/read.ts). Applies
   * when the session was given no file system of its own.
   */
  maxFileSize?: number;
  /**
   * Folders includes of loose config files may also be read from (rc key `readRoots`, CLI
   * `--allow-read DIR`), besides the config's own folder and the includeMap targets.
   */
  readRoots?: string[];
}

/** One server of a flat folder (`serv1_dhcpd.conf`, `servers_isc-dhcp-server`, …), from the rc file. */
export interface ServerManifestEntry {
  name: string;
  /** Absolute path of the server's main dhcpd.conf. */
  config: string;
  /** Its /etc/default/isc-dhcp-server, possibly shared with the partner. */
  defaults?: string;
  /** Its netplan YAML files. */
  netplan?: string[];
}

/** Settings with the explicit pairs that discovered manifests add (a pair the settings name already is not added twice). */
export function withPairs(settings: LintSettings, pairs: [string, string][]): LintSettings {
  const known = new Set((settings.pairs ?? []).map((p) => JSON.stringify(p)));
  const added = pairs.filter((p) => !known.has(JSON.stringify(p)) && known.add(JSON.stringify(p)));
  return added.length ? { ...settings, pairs: [...(settings.pairs ?? []), ...added] } : settings;
}

/** Two settings merged: `b`'s rules and include prefixes win, pairs and manifests add up. */
export function mergeSettings(a: LintSettings, b: LintSettings): LintSettings {
  return {
    rules: { ...a.rules, ...b.rules },
    includeMap: { ...a.includeMap, ...b.includeMap },
    pairs: [...(a.pairs ?? []), ...(b.pairs ?? [])],
    servers: [...(a.servers ?? []), ...(b.servers ?? [])],
  };
}

/** What LintSettings held before the session took it over (issue #16). */
const MOVED_TO_SESSION = [
  'fs',
  'mayRead',
  'statementsPerPause',
  'parseCache',
  'serverCache',
  'statementCache',
  'factsCache',
  'sourceFiles',
  'ruleMemos',
];

/**
 * Throws when settings carry what now belongs to a LintSession: a JavaScript caller passing
 * `{ fs }` would otherwise lint the real disk instead, silently.
 */
export function assertPlainSettings(settings: LintSettings): void {
  const moved = MOVED_TO_SESSION.filter((key) => key in settings);
  if (moved.length)
    throw new TypeError(
      `LintSettings no longer take ${moved.join(', ')}: pass them to new LintSession({ … }) (see packages/linter/src/session/session.ts)`,
    );
}
