// Asking the real Kea whether a generated config is valid (`kea-dhcp4 -t`, `kea-ctrl-agent -t`).
// `-t` also checks that the interfaces exist, so a config for another machine is checked with
// its interfaces replaced by loopback and its files moved into a scratch folder.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeaCtrlAgentConfig, KeaDhcp4Config } from './types.js';

export interface KeaVerdict {
  ok: boolean;
  output: string;
}

/** Whether a Kea program is installed (by running it with -v). */
export function keaAvailable(program: 'kea-dhcp4' | 'kea-ctrl-agent' = 'kea-dhcp4'): boolean {
  const r = spawnSync(program, ['-v'], { encoding: 'utf8', timeout: 10_000 });
  return r.status === 0;
}

/** A copy of the config that can be checked or run on this machine: loopback, files under `dir`. */
export function localCopy(config: KeaDhcp4Config, dir: string, name: string): KeaDhcp4Config {
  const copy = JSON.parse(JSON.stringify(config)) as KeaDhcp4Config;
  copy.Dhcp4['interfaces-config'] = { interfaces: ['lo'], 'dhcp-socket-type': 'udp' };
  copy.Dhcp4['lease-database'] = { ...copy.Dhcp4['lease-database'], name: join(dir, `${name}-leases4.csv`) };
  if (copy.Dhcp4['control-socket']) copy.Dhcp4['control-socket']['socket-name'] = join(dir, `${name}.sock`);
  copy.Dhcp4.loggers = [
    { name: 'kea-dhcp4', output_options: [{ output: join(dir, `${name}-dhcp4.log`) }], severity: 'INFO' },
  ];
  return copy;
}

function run(program: string, file: string, dir: string): KeaVerdict {
  const r = spawnSync(program, ['-t', file], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, KEA_LOCKFILE_DIR: dir, KEA_PIDFILE_DIR: dir },
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** `kea-dhcp4 -t` on a local copy of the config, written into `dir`. */
export function checkDhcp4(config: KeaDhcp4Config, dir: string, name: string): KeaVerdict {
  const file = join(dir, `${name}-kea-dhcp4.conf`);
  writeFileSync(file, JSON.stringify(localCopy(config, dir, name), null, 2));
  return run('kea-dhcp4', file, dir);
}

/** `kea-ctrl-agent -t` on the config as generated (it only names a socket and an address). */
export function checkCtrlAgent(config: KeaCtrlAgentConfig, dir: string, name: string): KeaVerdict {
  const file = join(dir, `${name}-kea-ctrl-agent.conf`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return run('kea-ctrl-agent', file, dir);
}
