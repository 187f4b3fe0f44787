// The Kea migration on the example pairs: Kea accepts the result, every statement is accounted
// for, and a reader of the generated JSON finds the same subnets, pools, reservations, options and
// lease times as the linter's facts of the source.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnyStatement } from '@dhcplint/parser';
import { findPairs, loadServers, type Server } from '../src/engine.js';
import { settingsFromRc, readRcFile } from '../src/config-file.js';
import { walkConfig } from '../src/model/config.js';
import { subnetContains } from '../src/model/facts.js';
import { migrateToKea, type MigrationResult } from '../src/kea/migrate.js';
import { subnetIdOf } from '../src/kea/convert-server.js';
import { readKeaConfig } from '../src/kea/kea-reader.js';
import { checkCtrlAgent, checkDhcp4, keaAvailable } from '../src/kea/kea-check.js';
import { DHCPD_TO_KEA_NAME } from '../src/kea/option-names.js';
import { renderMarkdownReport } from '../src/kea/render.js';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');
const hasKea = keaAvailable('kea-dhcp4');
const hasAgent = keaAvailable('kea-ctrl-agent');
if (!hasKea) console.warn('kea-dhcp4 is not installed: the kea-dhcp4 -t checks are SKIPPED');
if (!hasAgent) console.warn('kea-ctrl-agent is not installed: the kea-ctrl-agent -t checks are SKIPPED');
const hasDhcpd = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;
if (!hasDhcpd) console.warn('dhcpd is not installed: the dhcpd -t check of the Kea fixtures is SKIPPED');

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Case {
  name: string;
  paths: string[];
  rc?: string;
}
const CASES: Case[] = [
  {
    name: 'deployment (server roots)',
    paths: [join(FIXTURES, 'deployment/serv1'), join(FIXTURES, 'deployment/serv2')],
  },
  { name: 'flat folder with manifest', paths: [join(FIXTURES, 'flat')], rc: join(FIXTURES, 'flat/.dhcplintrc.json') },
  { name: 'kea/rich (classes, shared network, groups, option spaces)', paths: [join(FIXTURES, 'kea/rich')] },
];

function migrate(c: Case): { servers: Server[]; result: MigrationResult } {
  const settings = c.rc ? settingsFromRc(readRcFile(c.rc), resolve(c.rc, '..')) : {};
  const { servers, errors } = loadServers(c.paths, settings);
  expect(errors).toEqual([]);
  return { servers, result: migrateToKea(servers, findPairs(servers, settings)) };
}

/** dhcpd's option value as Kea writes it: no quotes, single spaces after commas. */
const normalise = (v: string) =>
  v
    .replace(/"/g, '')
    .replace(/\s*,\s*/g, ', ')
    .trim();

describe.each(CASES)('$name', (c) => {
  const { servers, result } = migrate(c);
  const names = [...result.configs.keys()];

  it('finds one pair and converts both servers with HA', () => {
    expect(names).toHaveLength(2);
    expect(result.report.ha).toHaveLength(1);
    for (const config of result.configs.values()) {
      const view = readKeaConfig(JSON.stringify(config));
      expect(view.ha?.peers.map((p) => p.name).sort()).toEqual([...names].sort());
    }
  });

  it.skipIf(!hasKea)('kea-dhcp4 -t accepts every generated config', () => {
    for (const [name, config] of result.configs) {
      const verdict = checkDhcp4(config, scratch, name);
      expect(verdict.ok, verdict.output).toBe(true);
    }
  });

  it.skipIf(!hasAgent)('kea-ctrl-agent -t accepts every generated agent config', () => {
    for (const [name, config] of result.ctrlAgents) {
      // The agent listens on the deployment address; on this machine check it on loopback.
      const local = { 'Control-agent': { ...config['Control-agent'], 'http-host': '127.0.0.1' } };
      const verdict = checkCtrlAgent(local, scratch, name);
      expect(verdict.ok, verdict.output).toBe(true);
    }
  });

  it('accounts for every statement: converted, changed or reported with file and line', () => {
    for (const server of servers) {
      const name = [...result.servers].find(([, s]) => s === server)![0];
      const items = result.report.items.filter((i) => i.server === name);
      const byKey = new Map(items.map((i) => [`${i.file}|${i.start}`, i]));
      const fileOf = new Map<AnyStatement, string>();
      const missing: string[] = [];
      walkConfig(server.config, {
        enter(s, ancestors, file) {
          fileOf.set(s, file.uri);
          if (byKey.has(`${file.uri}|${s.span.start}`)) return;
          const coveredByBlock = ancestors.some((a) => byKey.get(`${fileOf.get(a)}|${a.span.start}`)?.coversChildren);
          if (!coveredByBlock) missing.push(`${file.uri}:${file.lines.positionAt(s.span.start).line + 1} ${s.type}`);
        },
      });
      expect(missing).toEqual([]);
      for (const i of items) {
        expect(i.line).toBeGreaterThan(0);
        if (i.status !== 'converted') expect(i.reason, `${i.file}:${i.line} ${i.construct}`).toBeTruthy();
      }
    }
  });

  it('keeps the subnets, pool ranges, reservations, options and lease times of the source', () => {
    for (const server of servers) {
      const name = [...result.servers].find(([, s]) => s === server)![0];
      const view = readKeaConfig(JSON.stringify(result.configs.get(name)));
      const f = server.facts;
      expect([...view.subnets.keys()].sort()).toEqual(f.subnets.map((s) => s.key).sort());
      for (const s of f.subnets) {
        const k = view.subnets.get(s.key)!;
        expect(k.id).toBe(subnetIdOf(s.network));
        const ranges = f.ranges
          .filter((r) => r.subnet === s && !r.decl.v6)
          .map((r) => [r.low, r.high])
          .sort();
        expect(k.pools.map((p) => [p.low, p.high]).sort()).toEqual(ranges);
        const reserved = f.hosts.flatMap((h) =>
          h.fixed.filter((a) => subnetContains(s, a.address)).map((a) => ({ ip: a.text, hw: h.macs[0]?.value })),
        );
        expect(k.reservations.map((r) => ({ ip: r.ip, hw: r.hw })).sort((a, b) => a.ip!.localeCompare(b.ip!))).toEqual(
          reserved.sort((a, b) => a.ip.localeCompare(b.ip)),
        );
        for (const [key, setting] of s.settings) {
          if (!key.startsWith('option ')) continue;
          const optName = key.slice('option '.length);
          const keaName = optName.includes('.') ? optName : (DHCPD_TO_KEA_NAME[optName] ?? optName);
          expect(k.options.get(keaName), `${s.key} ${key}`).toBe(normalise(setting.value));
        }
        const dflt = s.settings.get('default-lease-time');
        if (dflt) expect(k.valid).toBe(Number(dflt.value));
        const max = s.settings.get('max-lease-time');
        if (max) expect(k.max).toBe(Number(max.value));
      }
      for (const [key, setting] of f.globals) {
        if (key.startsWith('option '))
          expect(view.global.options.get(DHCPD_TO_KEA_NAME[key.slice(7)] ?? key.slice(7)), key).toBe(
            normalise(setting.value),
          );
      }
      expect(view.global.valid).toBe(Number(f.globals.get('default-lease-time')!.value));
      expect(view.global.max).toBe(Number(f.globals.get('max-lease-time')!.value));
    }
  });

  it('gives each subnet the same id, and each class the same name, on both servers', () => {
    const [a, b] = [...result.configs.values()].map((c) => readKeaConfig(JSON.stringify(c)));
    for (const [key, s] of a!.subnets) expect(b!.subnets.get(key)?.id).toBe(s.id);
    expect([...b!.classes.keys()]).toEqual([...a!.classes.keys()]);
  });

  it('writes a Markdown report that lists every changed and unconverted statement by file and line', () => {
    const md = renderMarkdownReport(result.report);
    for (const i of result.report.items.filter((x) => x.status !== 'converted'))
      expect(md).toContain(`${i.file}:${i.line}`);
    expect(md).toContain('## High Availability');
  });
});

describe('kea/rich specifics', () => {
  const { result } = migrate(CASES[2]!);
  const view = readKeaConfig(JSON.stringify(result.configs.get('primary')));
  const config = result.configs.get('primary')!.Dhcp4;

  it.skipIf(!hasDhcpd)('the fixture itself is accepted by dhcpd -t', () => {
    for (const f of ['primary.conf', 'secondary.conf']) {
      const leases = join(scratch, 'x.leases');
      writeFileSync(leases, '');
      const r = spawnSync(
        'dhcpd',
        ['-t', '-4', '-cf', join(FIXTURES, 'kea/rich', f), '-lf', leases, '-pf', join(scratch, 'x.pid')],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('translates match expressions into Kea tests', () => {
    expect(view.classes.get('voip')?.test).toBe("substring(option[60].hex, 0, 4) == 'Poly'");
    expect(view.classes.get('pxe')?.test).toBe(
      "(option[77].exists) or (substring(option[60].hex, 0, 9) == 'PXEClient')",
    );
    // Subclasses of a `match hardware` class: the parent matches any key, a subclass with options gets its own class.
    expect(view.classes.get('mac-list')?.test).toBe(
      '(concat(substring(pkt4.htype, 3, 1), pkt4.mac) == 0x01001122334455) or (concat(substring(pkt4.htype, 3, 1), pkt4.mac) == 0x01001122334456)',
    );
    expect(view.classes.get('mac-list:1:00:11:22:33:44:56')?.test).toBe(
      'concat(substring(pkt4.htype, 3, 1), pkt4.mac) == 0x01001122334456',
    );
  });

  it('maps permit lists to pool classes', () => {
    expect(view.subnets.get('10.2.0.0/24')!.pools[0]!.clientClass).toBe('voip');
    const generated = view.subnets.get('10.3.0.0/24')!.pools[0]!.clientClass!;
    expect(view.classes.get(generated)?.test).toBe("(not member('UNKNOWN')) and (not member('voip'))");
  });

  it('defines user options and dhcpd options Kea lacks', () => {
    expect(config['option-def']).toEqual(
      expect.arrayContaining([
        { name: 'tftp', code: 1, space: 'acme', type: 'ipv4-address' },
        { name: 'label', code: 2, space: 'acme', type: 'string' },
        { name: 'tftp150', code: 150, space: 'dhcp4', type: 'ipv4-address', array: true },
      ]),
    );
    expect(view.subnets.get('10.1.0.0/24')!.options.get('acme.label')).toBe('lab');
  });

  it('copies group settings into the hosts and makes hosts without an address global reservations', () => {
    const phone = view.subnets.get('10.2.0.0/24')!.reservations[0]!;
    expect(phone).toMatchObject({ hw: '00:11:22:33:44:01', ip: '10.2.0.20', hostname: 'phone-one' });
    expect(config['shared-networks']![0]!.subnet4[0]!.reservations![0]!['next-server']).toBe('10.1.0.8');
    expect(view.globalReservations).toEqual([
      { hw: '00:11:22:33:44:02', clientId: undefined, ip: undefined, hostname: undefined },
    ]);
    expect(config['reservations-global']).toBe(true);
    expect(view.subnets.get('10.3.0.0/24')!.reservations[0]!.clientId).toBe(
      Buffer.from('printer-01').toString('hex').match(/../g)!.join(':'),
    );
  });

  it('maps DDNS, client updates, logging and the shared network', () => {
    expect(config['dhcp-ddns']).toEqual({ 'enable-updates': true });
    expect(config['ddns-qualifying-suffix']).toBe('example.org');
    expect(config['ddns-override-client-update']).toBe(true);
    expect(config.loggers![0]!.output_options[0]!.output).toBe('syslog:local6');
    expect(view.sharedNetworks.get('campus')?.options.get('domain-name-servers')).toBe('10.1.0.53');
  });

  it('turns if/else blocks that set options into client classes, scoped to their subnet', () => {
    expect(view.classes.get('dhcplint-if-1-1')?.test).toBe("(option[60].hex == 'MSFT 5.0')");
    expect(config['client-classes']!.find((c) => c.name === 'dhcplint-if-1-1')?.['only-if-required']).toBeUndefined();
    const id = view.subnets.get('10.2.0.0/24')!.id;
    const [thenClass, elseClass] = [`dhcplint-if-${id}-1-1`, `dhcplint-if-${id}-1-2`];
    expect(view.classes.get(thenClass)?.test).toBe("(option[77].hex == 'iPXE')");
    expect(view.classes.get(elseClass)?.test).toBe("not (option[77].hex == 'iPXE')");
    const subnet = config['shared-networks']![0]!.subnet4.find((x) => x.subnet === '10.2.0.0/24')!;
    expect(subnet['require-client-classes']).toEqual([thenClass, elseClass]);
    expect(config['client-classes']!.find((c) => c.name === elseClass)).toMatchObject({
      'only-if-required': true,
      'option-data': [{ name: 'root-path', data: 'nfs:10.1.0.9:/boot' }],
    });
    const items = result.report.items.filter((i) => i.server === 'primary');
    expect(
      items.filter((i) => [52, 54, 101].includes(i.line)).map((i) => `${i.line} ${i.construct} ${i.status}`),
    ).toEqual(['52 if changed', '54 else changed', '101 if changed']);
  });

  it('reports the on block as not converted, with its line', () => {
    const items = result.report.items.filter((i) => i.server === 'primary' && i.status === 'not-converted');
    expect(items.map((i) => `${i.line} ${i.construct}`)).toContain('105 on commit');
  });
});

describe('HA mode and roles per split', () => {
  const pair = (primaryExtra: string) => {
    const dir = mkdtempSync(join(scratch, 'split-'));
    const peer = (role: string, me: string, other: string, extra: string) =>
      `failover peer "fo" {\n  ${role};\n  address ${me};\n  peer address ${other};\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n${extra}}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo";\n    range 10.0.0.100 10.0.0.199;\n  }\n}\n`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.conf'), peer('primary', '10.0.0.1', '10.0.0.2', `  mclt 1800;\n  ${primaryExtra}\n`));
    writeFileSync(join(dir, 'b.conf'), peer('secondary', '10.0.0.2', '10.0.0.1', ''));
    const { servers } = loadServers([dir]);
    return migrateToKea(servers, findPairs(servers));
  };
  const roles = (r: MigrationResult) => readKeaConfig(JSON.stringify(r.configs.get('a'))).ha!;

  it.each([
    ['split 128;', 'load-balancing', { a: 'primary', b: 'secondary' }],
    ['split 255;', 'load-balancing', { a: 'primary', b: 'secondary' }],
    ['split 200;', 'load-balancing', { a: 'primary', b: 'secondary' }],
    ['split 256;', 'hot-standby', { a: 'primary', b: 'standby' }],
    ['split 0;', 'hot-standby', { a: 'standby', b: 'primary' }],
    [`hba ${Array(32).fill('ff').join(':')};`, 'hot-standby', { a: 'primary', b: 'standby' }],
    [
      `hba ${[...Array(16).fill('ff'), ...Array(16).fill('00')].join(':')};`,
      'load-balancing',
      { a: 'primary', b: 'secondary' },
    ],
  ])('%s → %s', (extra, mode, expected) => {
    const r = pair(extra);
    const ha = roles(r);
    expect(ha.mode).toBe(mode);
    expect(Object.fromEntries(ha.peers.map((p) => [p.name, p.role]))).toEqual(expected);
    expect(ha.peers.map((p) => p.url)).toEqual(['http://10.0.0.1:8000/', 'http://10.0.0.2:8000/']);
    // The secondary's config carries the same peers and names itself.
    const other = readKeaConfig(JSON.stringify(r.configs.get('b'))).ha!;
    expect(other.thisServer).toBe('b');
    expect(other.peers).toEqual(ha.peers);
    const splitRule = r.report.ha[0]!.rules.find((x) => x.setting === 'split');
    const buckets = Number(/split (\d+)/.exec(extra)?.[1] ?? (extra.includes(':00') ? 128 : 256));
    if (mode === 'load-balancing' && buckets !== 128) expect(splitRule?.rule).toContain(`${buckets}/256`);
    else expect(splitRule).toBeUndefined();
  });

  it('maps the failover timers by the written rule', () => {
    const r = pair('split 128;');
    const rel = r.configs.get('a')!.Dhcp4['hooks-libraries']!.find((h) => h.parameters)!.parameters![
      'high-availability'
    ]![0]!;
    expect(rel['max-response-delay']).toBe(30000);
    expect(rel['heartbeat-delay']).toBe(10000);
    expect(rel['max-unacked-clients']).toBe(10);
    const libs = r.configs.get('a')!.Dhcp4['hooks-libraries']!.map((h) => h.library.split('/').pop());
    expect(libs).toEqual(['libdhcp_lease_cmds.so', 'libdhcp_ha.so']);
    const mclt = r.report.items.find((i) => i.server === 'a' && i.construct === 'mclt')!;
    expect(mclt.status).toBe('not-converted');
    expect(mclt.reason).toMatch(/no direct equivalent/);
  });

  it.skipIf(!hasKea)('kea-dhcp4 -t accepts the hot-standby configs too', () => {
    for (const extra of ['split 0;', 'split 256;']) {
      const r = pair(extra);
      for (const [name, config] of r.configs) {
        const verdict = checkDhcp4(config, scratch, `hs-${name}`);
        expect(verdict.ok, verdict.output).toBe(true);
      }
    }
  });
});

describe('lease times Kea would refuse', () => {
  const convert = (text: string) => {
    const dir = mkdtempSync(join(scratch, 'lt-'));
    writeFileSync(join(dir, 'dhcpd.conf'), text);
    const { servers } = loadServers([join(dir, 'dhcpd.conf')]);
    return migrateToKea(servers, []);
  };
  const cases: [string, string, { valid?: number; max?: number }, RegExp][] = [
    [
      'a subnet default above the global max',
      'default-lease-time 600;\nmax-lease-time 7200;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  default-lease-time 28800;\n}\n',
      { valid: 7200, max: undefined },
      /above max-lease-time 7200/,
    ],
    [
      'a subnet max below the global default',
      'default-lease-time 7200;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  max-lease-time 3600;\n}\n',
      { valid: 3600, max: 3600 },
      /inherited default-lease-time 7200/,
    ],
    [
      'a default above the max in one scope',
      'subnet 10.0.0.0 netmask 255.255.255.0 {\n  default-lease-time 9000;\n  max-lease-time 3600;\n}\n',
      { valid: 3600, max: 3600 },
      /above max-lease-time 3600/,
    ],
  ];
  it.each(cases)('%s: dhcpd grants the max, Kea gets it as the default', (_n, text, expected, reason) => {
    const r = convert(text);
    const config = r.configs.values().next().value!;
    const subnet = readKeaConfig(JSON.stringify(config)).subnets.get('10.0.0.0/24')!;
    expect({ valid: subnet.valid, max: subnet.max }).toEqual(expected);
    expect(r.report.items.find((i) => i.status === 'changed')?.reason).toMatch(reason);
    if (hasKea) {
      const verdict = checkDhcp4(config, scratch, 'lifetimes');
      expect(verdict.ok, verdict.output).toBe(true);
    }
  });
});

describe('settings in scopes Kea cannot give them to', () => {
  const convert = (text: string) => {
    const dir = mkdtempSync(join(scratch, 'scope-'));
    writeFileSync(join(dir, 'dhcpd.conf'), text);
    const { servers } = loadServers([join(dir, 'dhcpd.conf')]);
    return migrateToKea(servers, []);
  };
  const item = (r: MigrationResult, construct: string) => r.report.items.find((i) => i.construct === construct)!;

  it('a lease time in a pool is reported, not claimed', () => {
    const r = convert(
      'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    default-lease-time 900;\n    range 10.0.0.5 10.0.0.9;\n  }\n}\n',
    );
    expect(item(r, 'default-lease-time')).toMatchObject({ status: 'not-converted', line: 3 });
    expect(item(r, 'default-lease-time').reason).toMatch(/for a pool/);
  });

  it('a group of hosts passes next-server on but not a lease time; a group of subnets passes both', () => {
    const hostsOnly = convert(
      'subnet 10.0.0.0 netmask 255.255.255.0 { }\ngroup {\n  next-server 10.0.0.2;\n  max-lease-time 600;\n  host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.7; }\n}\n',
    );
    expect(item(hostsOnly, 'next-server').status).toBe('converted');
    expect(item(hostsOnly, 'max-lease-time')).toMatchObject({ status: 'not-converted', line: 4 });
    const reservation = readKeaConfig(JSON.stringify(hostsOnly.configs.values().next().value)).subnets.get(
      '10.0.0.0/24',
    )!.reservations[0]!;
    expect(reservation.ip).toBe('10.0.0.7');
    const networks = convert('group {\n  max-lease-time 600;\n  subnet 10.0.0.0 netmask 255.255.255.0 { }\n}\n');
    expect(item(networks, 'max-lease-time').status).toBe('converted');
    expect(readKeaConfig(JSON.stringify(networks.configs.values().next().value)).subnets.get('10.0.0.0/24')!.max).toBe(
      600,
    );
  });
});

describe('vendor-option-space', () => {
  const convert = (text: string) => {
    const dir = mkdtempSync(join(scratch, 'vendor-'));
    writeFileSync(join(dir, 'dhcpd.conf'), text);
    const { servers } = loadServers([join(dir, 'dhcpd.conf')]);
    return migrateToKea(servers, []);
  };
  const SUNW =
    'option space SUNW;\noption SUNW.root-path-name code 4 = text;\noption SUNW.boot-read-size code 9 = unsigned integer 16;\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\nclass "solaris" {\n  match if option vendor-class-identifier = "SUNW.i86pc";\n  vendor-option-space SUNW;\n  option SUNW.root-path-name "/export/root";\n  option SUNW.boot-read-size 8192;\n}\n';

  it("moves the one vendor space to Kea's vendor-encapsulated-options-space and sends option 43 where it was named", () => {
    const r = convert(SUNW);
    const config = r.configs.values().next().value!;
    expect(config.Dhcp4['option-def']).toEqual([
      { name: 'root-path-name', code: 4, space: 'vendor-encapsulated-options-space', type: 'string' },
      { name: 'boot-read-size', code: 9, space: 'vendor-encapsulated-options-space', type: 'uint16' },
    ]);
    expect(config.Dhcp4['client-classes']![0]!['option-data']).toEqual([
      { name: 'vendor-encapsulated-options', space: 'dhcp4' },
      { name: 'root-path-name', space: 'vendor-encapsulated-options-space', data: '/export/root' },
      { name: 'boot-read-size', space: 'vendor-encapsulated-options-space', data: '8192' },
    ]);
    expect(r.report.items.find((i) => i.construct === 'vendor-option-space')?.status).toBe('converted');
    if (hasKea) {
      const verdict = checkDhcp4(config, scratch, 'vendor');
      expect(verdict.ok, verdict.output).toBe(true);
    }
  });

  it('reports two vendor spaces, which Kea would have to merge into one', () => {
    const r = convert(
      `${SUNW}option space ACME;\noption ACME.x code 1 = text;\nclass "acme" {\n  match if option vendor-class-identifier = "ACME";\n  vendor-option-space ACME;\n}\n`,
    );
    const items = r.report.items.filter((i) => i.construct === 'vendor-option-space');
    expect(items.map((i) => i.status)).toEqual(['not-converted', 'not-converted']);
    expect(items[0]!.reason).toMatch(/several vendor option spaces/);
  });
});
