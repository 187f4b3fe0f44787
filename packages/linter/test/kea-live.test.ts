// Runs the converted example pair for real: two kea-dhcp4 and two kea-ctrl-agent on loopback,
// then asks each agent (ha-heartbeat, status-get over HTTP) until both partners report
// load-balancing. Only peer URLs, interfaces, ports and file locations are rewritten for
// loopback; the HA section (mode, roles, timers) is the generated one. Every process started
// here is stopped by its PID in afterAll, also when the test fails.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findPairs, loadServers } from '../src/engine.js';
import { freeUdpPort } from './kea-ports.js';
import { migrateToKea } from '../src/kea/migrate.js';
import { keaAvailable, localCopy } from '../src/kea/kea-check.js';
import type { KeaCtrlAgentConfig, KeaDhcp4Config } from '../src/kea/types.js';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');
const canRun = keaAvailable('kea-dhcp4') && keaAvailable('kea-ctrl-agent');
if (!canRun) console.warn('kea-dhcp4 or kea-ctrl-agent is not installed: the live HA test is SKIPPED');

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-live-'));
const started: { name: string; child: ChildProcess }[] = [];

async function stopAll(): Promise<void> {
  for (const { child } of started) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      process.kill(child.pid, 'SIGTERM');
      const timer = new Promise<'late'>((done) => setTimeout(() => done('late'), 5000));
      if ((await Promise.race([exited, timer])) === 'late' && child.exitCode === null)
        process.kill(child.pid, 'SIGKILL');
    }
  }
}

afterAll(async () => {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
});

/** A TCP port nobody listens on now (for an agent), on loopback. */
function freeTcpPort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

function run(name: string, program: string, args: string[], dir: string): void {
  const log = join(dir, `${name}.out`);
  const child = spawn(program, args, {
    env: { ...process.env, KEA_PIDFILE_DIR: dir, KEA_LOCKFILE_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  child.on('exit', () => writeFileSync(log, text));
  started.push({ name, child });
}

async function command(port: number, command: string): Promise<Record<string, unknown> | undefined> {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ command, service: ['dhcp4'] }),
      signal: AbortSignal.timeout(3000),
    });
    const body = (await r.json()) as Record<string, unknown>[];
    return body[0];
  } catch {
    return undefined;
  }
}

describe.skipIf(!canRun)('the converted example pair, running', () => {
  it('both partners reach each other and enter load-balancing', async () => {
    const { servers } = loadServers([join(FIXTURES, 'deployment/serv1'), join(FIXTURES, 'deployment/serv2')]);
    const result = migrateToKea(servers, findPairs(servers));
    const names = [...result.configs.keys()];
    expect(names).toEqual(['serv1', 'serv2']);
    const agentPort = new Map<string, number>();
    for (const name of names) agentPort.set(name, await freeTcpPort());
    const url = (name: string) => `http://127.0.0.1:${agentPort.get(name)}/`;

    for (const name of names) {
      const dir = join(scratch, name);
      mkdirSync(dir, { recursive: true });
      const dhcp: KeaDhcp4Config = localCopy(result.configs.get(name)!, dir, name);
      const ha = dhcp.Dhcp4['hooks-libraries']!.find((h) => h.parameters?.['high-availability'])!.parameters![
        'high-availability'
      ]![0]!;
      // Generated peers keep the deployment's addresses; here each agent listens on loopback.
      for (const peer of ha.peers) peer.url = url(peer.name);
      writeFileSync(join(dir, 'kea-dhcp4.conf'), JSON.stringify(dhcp, null, 2));
      const agent: KeaCtrlAgentConfig = JSON.parse(JSON.stringify(result.ctrlAgents.get(name)));
      agent['Control-agent']['http-host'] = '127.0.0.1';
      agent['Control-agent']['http-port'] = agentPort.get(name)!;
      agent['Control-agent']['control-sockets'].dhcp4['socket-name'] = dhcp.Dhcp4['control-socket']!['socket-name'];
      agent['Control-agent'].loggers = [
        { name: 'kea-ctrl-agent', output_options: [{ output: join(dir, 'agent.log') }], severity: 'INFO' },
      ];
      writeFileSync(join(dir, 'kea-ctrl-agent.conf'), JSON.stringify(agent, null, 2));
      const serverPort = await freeUdpPort();
      const clientPort = await freeUdpPort();
      run(
        `${name}-dhcp4`,
        'kea-dhcp4',
        ['-c', join(dir, 'kea-dhcp4.conf'), '-p', String(serverPort), '-P', String(clientPort)],
        dir,
      );
      run(`${name}-agent`, 'kea-ctrl-agent', ['-c', join(dir, 'kea-ctrl-agent.conf')], dir);
    }

    // Poll until both report load-balancing, for at most ~60 s.
    const states = new Map<string, unknown>();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      for (const name of names)
        states.set(
          name,
          ((await command(agentPort.get(name)!, 'ha-heartbeat'))?.arguments as { state?: string } | undefined)?.state,
        );
      if (names.every((n) => states.get(n) === 'load-balancing')) break;
      const dead = started.find((s) => s.child.exitCode !== null);
      if (dead) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const logs = () =>
      names
        .map((n) => {
          const f = join(scratch, n, `${n}-dhcp4.log`);
          return existsSync(f)
            ? `--- ${n}\n${readFileSync(f, 'utf8')
                .split('\n')
                .filter((l) => /HA_|ERROR|FATAL/.test(l))
                .slice(-15)
                .join('\n')}`
            : `--- ${n}: no log`;
        })
        .join('\n');
    expect(Object.fromEntries(states), logs()).toEqual({ serv1: 'load-balancing', serv2: 'load-balancing' });

    // status-get tells the same from the HA hook's side, with this server's role.
    for (const [name, role] of [
      ['serv1', 'primary'],
      ['serv2', 'secondary'],
    ] as const) {
      const status = await command(agentPort.get(name)!, 'status-get');
      const haStatus = (
        status?.arguments as { 'high-availability'?: { 'ha-servers': { local: { role: string; state: string } } }[] }
      )?.['high-availability']?.[0];
      expect(haStatus?.['ha-servers'].local).toMatchObject({ role, state: 'load-balancing' });
    }
  }, 90_000);
});
