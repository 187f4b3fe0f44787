// The translated class tests, evaluated by Kea itself: the converted kea/rich primary runs on
// loopback (HA hooks left out, so it answers at once; debug logging on), DHCPDISCOVERs are sent to
// it over UDP, and Kea's own EVAL_RESULT log lines say which classes each packet matched. The
// expectations are what dhcpd's match expressions mean for the same packets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findPairs, loadServers } from '../src/engine.js';
import { freeUdpPort } from './kea-ports.js';
import { migrateToKea } from '../src/kea/migrate.js';
import { keaAvailable, localCopy } from '../src/kea/kea-check.js';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');
const canRun = keaAvailable('kea-dhcp4');
if (!canRun) console.warn('kea-dhcp4 is not installed: the class evaluation test is SKIPPED');

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-classify-'));
const log = join(scratch, 'dhcp4.log');
let child: ChildProcess | undefined;
let port = 0;

/** A relayed DHCPDISCOVER (giaddr in the 10.2.0.0/24 subnet) with the given options. */
function discover(mac: string, xid: number, options: [number, Buffer][]): Buffer {
  const fixed = Buffer.alloc(240);
  fixed.writeUInt8(1, 0); // BOOTREQUEST
  fixed.writeUInt8(1, 1); // Ethernet
  fixed.writeUInt8(6, 2);
  fixed.writeUInt32BE(xid, 4);
  Buffer.from([10, 2, 0, 1]).copy(fixed, 24); // giaddr
  Buffer.from(mac.replace(/:/g, ''), 'hex').copy(fixed, 28);
  Buffer.from([99, 130, 83, 99]).copy(fixed, 236);
  const opts = [
    Buffer.from([53, 1, 1]),
    ...options.map(([code, v]) => Buffer.concat([Buffer.from([code, v.length]), v])),
    Buffer.from([255]),
  ];
  return Buffer.concat([fixed, ...opts]);
}

/** Kea's verdict per class for the packet with this transaction id. */
function verdicts(xid: number): Map<string, boolean> {
  if (!existsSync(log)) return new Map();
  // Kea classifies a packet before it logs its receipt (with the tid): the EVAL_RESULT lines
  // of a packet are those between the previous packet's receipt and its own.
  let pending = new Map<string, boolean>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /EVAL_RESULT Expression (\S+) evaluated to (\S+)/.exec(line);
    if (m && !pending.has(m[1]!)) pending.set(m[1]!, m[2] === '1' || m[2] === 'true');
    const received = /DHCP4_PACKET_RECEIVED .*tid=0x([0-9a-f]+)/.exec(line);
    if (received) {
      if (parseInt(received[1]!, 16) === xid) return pending;
      pending = new Map();
    }
  }
  return new Map();
}

/** The options of Kea's answer to the packet with this transaction id (from DHCP4_RESPONSE_DATA), by code. */
function answer(xid: number): Map<number, string> | undefined {
  if (!existsSync(log)) return undefined;
  const lines = readFileSync(log, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes('DHCP4_RESPONSE_DATA') && l.includes(`tid=0x${xid.toString(16)}:`));
  if (at < 0) return undefined;
  const options = new Map<number, string>();
  for (const line of lines.slice(at + 1)) {
    if (/^\d{4}-\d\d-\d\d /.test(line)) break;
    const m = /^\s+type=(\d+), len=\d+: (.*)$/.exec(line);
    if (m) options.set(Number(m[1]), m[2]!);
  }
  return options;
}

beforeAll(async () => {
  if (!canRun) return;
  const { servers } = loadServers([join(FIXTURES, 'kea/rich')]);
  const result = migrateToKea(servers, findPairs(servers));
  const config = localCopy(result.configs.get('primary')!, scratch, 'primary');
  config.Dhcp4['hooks-libraries'] = [];
  config.Dhcp4.loggers = [
    { name: 'kea-dhcp4', output_options: [{ output: log }], severity: 'DEBUG', debuglevel: 99 } as never,
  ];
  writeFileSync(join(scratch, 'kea-dhcp4.conf'), JSON.stringify(config, null, 2));
  port = await freeUdpPort();
  const clientPort = await freeUdpPort();
  child = spawn('kea-dhcp4', ['-c', join(scratch, 'kea-dhcp4.conf'), '-p', String(port), '-P', String(clientPort)], {
    env: { ...process.env, KEA_PIDFILE_DIR: scratch, KEA_LOCKFILE_DIR: scratch },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !(existsSync(log) && /DHCP4_STARTED/.test(readFileSync(log, 'utf8'))))
    await new Promise((r) => setTimeout(r, 200));
});

afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child!.once('exit', () => done()));
    process.kill(child.pid, 'SIGTERM');
    const late = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 5000)),
    ]);
    if (late && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!canRun)('translated class tests, evaluated by kea-dhcp4', () => {
  // Kea, like dhcpd, sends these options only when the client asks for them.
  const PRL = Buffer.from([1, 3, 6, 15, 17, 150]);
  const cases: [string, string, [number, Buffer][], Record<string, boolean>, Record<number, string>?][] = [
    // The phone gets an address from the voip pool of 10.2.0.0/24, where an if/else picks root-path.
    [
      'a Polycom phone on the MAC list',
      '00:11:22:33:44:55',
      [
        [60, Buffer.from('Poly-phone')],
        [55, PRL],
      ],
      { voip: true, pxe: false, 'mac-list': true, 'mac-list:1:00:11:22:33:44:56': false },
      { 17: '"nfs:10.1.0.9:/boot" (string)', 150: '10.1.0.9' },
    ],
    [
      'a Polycom phone booting iPXE',
      '00:11:22:33:44:57',
      [
        [60, Buffer.from('Poly-phone')],
        [77, Buffer.from('iPXE')],
        [55, PRL],
      ],
      { voip: true, pxe: true, 'mac-list': false },
      { 17: '"iscsi:10.1.0.9" (string)' },
    ],
    [
      'a PXE client, the subclass with its own options',
      '00:11:22:33:44:56',
      [[60, Buffer.from('PXEClient:Arch:00007')]],
      { voip: false, pxe: true, 'mac-list': true, 'mac-list:1:00:11:22:33:44:56': true },
    ],
    [
      'a client sending user-class only',
      '00:aa:bb:cc:dd:ee',
      [[77, Buffer.from('iPXE')]],
      { voip: false, pxe: true, 'mac-list': false },
    ],
    ['a plain client', '00:aa:bb:cc:dd:ef', [], { voip: false, pxe: false, 'mac-list': false }],
  ];

  it.each(
    cases.map(
      ([name, mac, options, expected, offered], i) => [name, mac, options, expected, offered, 0x5000 + i] as const,
    ),
  )('%s', async (_name, mac, options, expected, offered, xid) => {
    const socket = createSocket('udp4');
    await new Promise<void>((done) => socket.send(discover(mac, xid, options), port, '127.0.0.1', () => done()));
    socket.close();
    let got = new Map<string, boolean>();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      got = verdicts(xid);
      if (Object.keys(expected).every((k) => got.has(k))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got.get(k)]))).toEqual(expected);
    if (offered) {
      let options: Map<number, string> | undefined;
      while (Date.now() < deadline && !(options = answer(xid))) await new Promise((r) => setTimeout(r, 200));
      expect(Object.fromEntries(Object.keys(offered).map((k) => [k, options?.get(Number(k))]))).toEqual(offered);
    }
  });
});
