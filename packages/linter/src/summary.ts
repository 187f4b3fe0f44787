// The line that tells a user what a run checked. A linter that prints nothing on success leaves
// "it passed" and "it checked nothing" looking the same; this line tells them apart.
import { basename, dirname } from 'node:path';
import type { Server, ServerPair } from './engine.js';
import type { Diagnostic } from './types.js';

export interface RunSummaryInput {
  files: readonly string[];
  servers: readonly Server[];
  pairs: readonly ServerPair[];
  diagnostics: readonly Diagnostic[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A server as users name it: its root folder or its config file, without the path. */
export function shortServerName(server: Server): string {
  return basename(server.name.replace(/\/+$/, '')) || server.name;
}

/**
 * Names for the servers of the pairs: the short name, with as many of its folders as tell apart
 * two servers of different pairs that share it (a/serv1.conf ↔ a/serv2.conf, b/serv1.conf ↔ …).
 */
function pairLabels(pairs: readonly ServerPair[]): (s: Server) => string {
  const servers = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const folders = (s: Server) =>
    dirname(s.config.options.root?.replace(/\/+$/, '') ?? s.config.main.uri)
      .split('/')
      .filter(Boolean);
  const withFolders = (s: Server, n: number) => [...(n ? folders(s).slice(-n) : []), shortServerName(s)].join('/');
  let depth = 0;
  const unique = (n: number) => new Set(servers.map((s) => withFolders(s, n))).size === servers.length;
  while (depth < 4 && !unique(depth)) depth++;
  const count = new Map<string, number>();
  for (const s of servers) count.set(shortServerName(s), (count.get(shortServerName(s)) ?? 0) + 1);
  return (s) => ((count.get(shortServerName(s)) ?? 0) < 2 ? shortServerName(s) : withFolders(s, depth));
}

/** `checked 5 files: 2 servers, 1 failover pair (serv1 ↔ serv2); 0 errors, 1 warning` */
export function runSummary({ files, servers, pairs, diagnostics }: RunSummaryInput): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const label = pairLabels(pairs);
  const pairText = pairs.length ? ` (${pairs.map((p) => `${label(p.a)} ↔ ${label(p.b)}`).join(', ')})` : '';
  const unpaired = diagnostics.filter((d) => d.ruleId === 'pair-partner-missing').length;
  const unpairedText = unpaired
    ? `; ${plural(unpaired, 'failover peer')} without ${unpaired === 1 ? 'its' : 'their'} partner: pair checks not run`
    : '';
  return `checked ${plural(files.length, 'file')}: ${plural(servers.length, 'server')}, ${plural(pairs.length, 'failover pair')}${pairText}${unpairedText}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
