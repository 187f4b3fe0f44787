// What loading and linting give back: servers, pairs, diagnostics.
import type { ServerConfig } from '../model/config.js';
import type { ServerFacts } from '../model/facts.js';
import type { HostFileRefusal } from '../model/host-context.js';
import type { Diagnostic } from '../types.js';

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Every file read, so reporters can list clean files too. */
  files: string[];
  internalErrors: { ruleId: string; message: string }[];
}

export interface Server {
  name: string;
  config: ServerConfig;
  facts: ServerFacts;
  /** Host files (netplan, defaults) that exist but were not read (see io/read.ts and ReadScope). */
  refusedHostFiles?: HostFileRefusal[];
}

/** What loading found: the servers, problems with the paths, and explicit pairs from discovered manifests. */
export interface LoadedServers {
  servers: Server[];
  errors: string[];
  /** `pairs` of the rc files whose manifests were found (pass them to lintServers with the settings). */
  pairs: [string, string][];
}

export interface ServerPair {
  a: Server;
  b: Server;
  peer: string;
}

/** A whole check: loading, every server's lint, the pair stage. */
export type CheckResult = LintResult & { servers: Server[]; pairs: ServerPair[]; errors: string[] };

/**
 * Appends every item of `items` to `list`, one at a time: `list.push(...items)` passes each item
 * as an argument and throws a RangeError past ~125,000 of them.
 */
export function pushAll<T>(list: T[], items: readonly T[]): T[] {
  for (const item of items) list.push(item);
  return list;
}
