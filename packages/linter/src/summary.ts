// The line that tells a user what a run checked. A linter that prints nothing on success leaves
// "it passed" and "it checked nothing" looking the same; this line tells them apart.
import { basename } from 'node:path';
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

/** `checked 5 files: 2 servers, 1 failover pair (serv1 ↔ serv2); 0 errors, 1 warning` */
export function runSummary({ files, servers, pairs, diagnostics }: RunSummaryInput): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const pairText = pairs.length ? ` (${pairs.map((p) => `${shortServerName(p.a)} ↔ ${shortServerName(p.b)}`).join(', ')})` : '';
  const unpaired = diagnostics.filter((d) => d.ruleId === 'pair-partner-missing').length;
  const unpairedText = unpaired ? `; ${plural(unpaired, 'failover peer')} without ${unpaired === 1 ? 'its' : 'their'} partner: pair checks not run` : '';
  return `checked ${plural(files.length, 'file')}: ${plural(servers.length, 'server')}, ${plural(pairs.length, 'failover pair')}${pairText}${unpairedText}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
