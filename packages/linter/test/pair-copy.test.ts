// Pair diagnostics that show both sides and fix them (issue #15): every pair and host-context
// diagnostic points at the partner's line, names the partner by its short name and shows both
// values; a statement or pool present on one side only can be copied to the partner or removed
// here, and `--fix-pair` applies the copies so that the real dhcpd accepts both files and a
// second lint finds the pair agreeing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allPairRules,
  lintServers,
  loadServers,
  matchingEdits,
  type Diagnostic,
  type FileEdit,
} from '@dhcplint/linter';
import {
  applyEdit,
  deploymentCopies,
  dhcpdAccepts,
  edit,
  FO1,
  FO2,
  hasDhcpd,
  lintPair,
  SERV1,
  SERV2,
} from './support/deployment-pair.js';
import { cli, tempDirs } from './support/cli-json.js';

const deployment = deploymentCopies('dhcplint-pair-copy-');
const temp = tempDirs('dhcplint-pair-copy-');

/** A pair on which every pair rule and the host-context checks report. */
function everythingDiffers(dir: string): void {
  // Failover peer block: names, roles, addresses, ports, timers, balance, mclt.
  edit(dir, FO2, '"campus-fo"', '"campus-failover"');
  edit(dir, FO2, 'secondary;', 'primary;');
  edit(dir, FO2, 'address 10.10.0.12;', 'address 10.10.0.13;');
  edit(dir, FO1, 'peer port 647;', 'peer port 847;');
  edit(dir, FO2, 'max-response-delay 30;', 'max-response-delay 60;\n  max-lease-misbalance 25;\n  mclt 3600;');
  edit(dir, SERV2, /"campus-fo"/g, '"campus-failover"');
  // Pools, subnets, settings, hosts, server-identifier, classes, zones.
  edit(dir, SERV2, 'range 10.30.0.100 10.30.0.199;', 'range 10.30.0.100 10.30.0.198;');
  edit(
    dir,
    SERV1,
    'range 10.20.1.10 10.20.3.200;',
    'range 10.20.1.10 10.20.3.200;\n  }\n  pool {\n    failover peer "campus-fo";\n    range 10.20.0.100 10.20.0.150;',
  );
  edit(
    dir,
    SERV1,
    '# Lab network',
    'subnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}\n\n# Lab network',
  );
  edit(dir, SERV2, 'default-lease-time 3600;', 'default-lease-time 900;');
  edit(
    dir,
    SERV1,
    'log-facility local7;',
    'log-facility local7;\nserver-identifier 10.10.0.11;\nclass "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }',
  );
  edit(
    dir,
    SERV2,
    'log-facility local7;',
    'log-facility local7;\nserver-identifier 10.10.0.11;\nkey ddns { algorithm hmac-md5; secret "c2VjcmV0"; };\nzone campus.example.net. { primary 10.10.0.53; key ddns; }',
  );
  edit(
    dir,
    SERV1,
    'option domain-name-servers 10.10.0.53, 10.10.0.54;',
    'option domain-name-servers 10.10.0.53, 10.10.0.54;\noption ntp-servers 10.10.0.123;',
  );
  edit(dir, SERV2, '  option routers 10.20.0.1;', '  option routers 10.20.0.1;\n  max-lease-time 14400;');
  edit(
    dir,
    SERV1,
    /\}\n$/,
    '}\n\nhost cam-1 {\n  hardware ethernet 00:1b:a9:4c:22:11;\n  fixed-address 10.20.0.41;\n}\n',
  );
  edit(dir, SERV2, 'fixed-address 10.20.0.40;', 'fixed-address 10.20.0.42;');
  // Host context: an INTERFACESv4 name netplan does not have, a subnet-less interface.
  edit(dir, 'serv1/etc/default/isc-dhcp-server', 'INTERFACESv4="ens18 ens19"', 'INTERFACESv4="ens18 ens19 ens20"');
  edit(
    dir,
    'serv2/etc/netplan/01-netcfg.yaml',
    '- 10.30.0.3/24',
    '- 10.30.0.3/24\n    ens21:\n      dhcp4: false\n      addresses:\n        - 10.50.0.3/24',
  );
  edit(dir, 'serv2/etc/default/isc-dhcp-server', 'INTERFACESv4="ens18 ens19"', 'INTERFACESv4="ens18 ens19 ens21"');
}

describe('pair diagnostics show both sides', () => {
  it('every pair and host-context diagnostic links to the counterpart, names the partner briefly and shows both values', () => {
    const dir = deployment();
    everythingDiffers(dir);
    const { diagnostics } = lintPair(dir);
    const pairIds = new Set(allPairRules.map((r) => r.meta.id));
    const checked = diagnostics.filter((d) => pairIds.has(d.ruleId) || d.ruleId.startsWith('host-'));
    // Every pair rule is triggered, so a new one must be added here and meet the same bar.
    expect([...new Set(checked.map((d) => d.ruleId))].sort()).toEqual(
      [...pairIds, 'host-failover-address', 'host-interfaces'].sort(),
    );
    const serverOf = (uri: string) => (uri.startsWith(join(dir, 'serv1')) ? 'serv1' : 'serv2');
    for (const d of checked) {
      const where = `${d.ruleId}: ${d.message}`;
      // (a) related locations to the counterpart line(s)
      expect(d.related?.length, where).toBeGreaterThan(0);
      // (b) short names: no path in the message
      expect(d.message, where).not.toContain(dir);
      expect(d.message, where).not.toMatch(/\/etc\/|\.conf\b/);
      if (pairIds.has(d.ruleId)) {
        const partner = serverOf(d.uri) === 'serv1' ? 'serv2' : 'serv1';
        // The counterpart is on the partner, and both the message and the link name it.
        for (const r of d.related!) {
          expect(serverOf(r.uri), where).toBe(partner);
          expect(r.message, where).toContain(partner);
        }
        // (c) both sides: what is here, and what the partner has
        expect(d.message, where).toContain('here');
        expect(d.message, where).toContain(partner);
      } else {
        // Host context: the counterpart is in another file (netplan, or the dhcpd.conf line it contradicts).
        for (const r of d.related!) expect(r.uri, where).not.toBe(d.uri);
      }
    }
  });
});

/**
 * A pair whose only differences are statements and blocks on one side only (and one host's
 * fixed address): each has a copy and a removal, and copying everything from either side makes
 * the pair agree.
 */
function oneSided(dir: string): void {
  // serv1 only: a range in an existing pool, a whole pool, a subnet, a class, a zone with its key, a global option, a host, a timer.
  edit(
    dir,
    SERV1,
    'range 10.20.1.10 10.20.3.200;',
    'range 10.20.1.10 10.20.3.200;\n    range 10.20.0.200 10.20.0.220;\n  }\n  pool {\n    failover peer "campus-fo";\n    range 10.20.0.100 10.20.0.150;',
  );
  edit(
    dir,
    SERV1,
    '# Lab network',
    'subnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}\n\n# Lab network',
  );
  edit(
    dir,
    SERV1,
    'log-facility local7;',
    'log-facility local7;\nclass "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }\nkey ddns { algorithm hmac-md5; secret "c2VjcmV0"; };\nzone campus.example.net. { primary 10.10.0.53; key ddns; }',
  );
  edit(
    dir,
    SERV1,
    'option domain-name-servers 10.10.0.53, 10.10.0.54;',
    'option domain-name-servers 10.10.0.53, 10.10.0.54;\noption ntp-servers 10.10.0.123;',
  );
  edit(
    dir,
    SERV1,
    /\}\n$/,
    '}\n\nhost cam-1 {\n  hardware ethernet 00:1b:a9:4c:22:11;\n  fixed-address 10.20.0.41;\n}\n',
  );
  edit(dir, FO1, 'max-response-delay 30;', 'max-response-delay 30;\n  auto-partner-down 600;');
  // serv2 only: a subnet setting, a balancing setting, a key; and printer-2f's address differs.
  edit(dir, SERV2, '  option routers 10.20.0.1;', '  option routers 10.20.0.1;\n  max-lease-time 14400;');
  edit(dir, FO2, 'max-response-delay 30;', 'max-response-delay 30;\n  max-lease-misbalance 25;');
  edit(
    dir,
    SERV2,
    'log-facility local7;',
    'log-facility local7;\nkey omapi { algorithm hmac-md5; secret "c2VjcmV0"; }',
  );
  edit(dir, SERV2, 'fixed-address 10.20.0.40;', 'fixed-address 10.20.0.42;');
}

const pairDiagnostics = (ds: Diagnostic[]) => ds.filter((d) => d.ruleId.startsWith('pair-'));
const identity = (d: Diagnostic) => `${d.ruleId}: ${d.message}`;

if (!hasDhcpd)
  console.warn('pair-copy.test: dhcpd is not installed; the dhcpd -t checks of the fixed files are skipped');

describe('copy the missing statement or pool, in either direction', () => {
  it('titles say what each edit does, and a copy is an insertion', () => {
    const dir = deployment();
    oneSided(dir);
    const { diagnostics, fileOf } = lintPair(dir);
    const titles = new Map<string, [string | undefined, string | undefined, FileEdit]>();
    for (const d of pairDiagnostics(diagnostics)) {
      const e = matchingEdits(d, fileOf);
      expect(e, identity(d)).toBeDefined();
      titles.set(identity(d), [e!.takeTitle, e!.writeTitle, e!.write]);
    }
    const expected: [string, string | undefined, string | undefined][] = [
      [
        'pair-subnets: Subnet 10.40.0.0/24 is declared here but not on serv2.',
        'Remove this subnet here (serv2 has none)',
        'Copy this subnet to serv2',
      ],
      [
        'pair-failover-pools: Failover range 10.20.0.100 10.20.0.150 here, none on serv2',
        'Remove this failover pool here (serv2 has none)',
        'Copy this failover pool to serv2',
      ],
      [
        'pair-failover-pools: Failover range 10.20.0.200 10.20.0.220 here, none on serv2',
        'Remove this failover range here (serv2 has none)',
        'Copy this failover range to serv2',
      ],
      [
        "pair-hosts: Host 'cam-1' (00:1b:a9:4c:22:11) is reserved here",
        'Remove host cam-1 here (serv2 has none)',
        'Copy host cam-1 to serv2',
      ],
      ['pair-classes: Class "voip"', 'Remove class "voip" here (serv2 has none)', 'Copy class "voip" to serv2'],
      [
        'pair-ddns-zones: DNS zone "campus.example.net."',
        'Remove zone campus.example.net. here (serv2 has none)',
        'Copy zone campus.example.net. to serv2',
      ],
      ['pair-ddns-zones: Key "omapi"', 'Remove key omapi here (serv1 has none)', 'Copy key omapi to serv1'],
      [
        "pair-scope-settings: 'option ntp-servers'",
        'Remove option ntp-servers 10.10.0.123; here (serv2 has none)',
        'Copy option ntp-servers 10.10.0.123; to serv2',
      ],
      [
        "pair-scope-settings: 'max-lease-time' is 14400 in subnet 10.20.0.0/22 here",
        'Remove max-lease-time 14400; here (serv1 has none)',
        'Copy max-lease-time 14400; to serv1',
      ],
      [
        'pair-timers: auto-partner-down is 600 here',
        'Remove auto-partner-down 600; here (serv2 has none)',
        'Copy auto-partner-down 600; to serv2',
      ],
      // Reported on serv1, which does not write it: the edits copy it here, or remove it on serv2.
      [
        'pair-balance: max-lease-misbalance is 15 here but 25 on serv2',
        'Copy max-lease-misbalance 25; here from serv2',
        'Remove max-lease-misbalance 25; on serv2 (none here)',
      ],
      // The same statement on both sides: the caller's own titles.
      ["pair-hosts: Host 'printer-2f' gets 10.20.0.40 here but 10.20.0.42 on serv2.", undefined, undefined],
    ];
    for (const [prefix, take, write] of expected) {
      const hit = [...titles].find(([k]) => k.startsWith(prefix));
      expect(hit, prefix).toBeDefined();
      expect([hit![1][0], hit![1][1]], prefix).toEqual([take, write]);
      if (write?.startsWith('Copy')) expect(hit![1][2].span.start, prefix).toBe(hit![1][2].span.end);
    }
    expect(titles.size).toBe(expected.length);
  });

  it('each copy and each removal, in either direction, settles its item, and dhcpd accepts the result', () => {
    const prepared = () => {
      const dir = deployment();
      oneSided(dir);
      return { dir, ...lintPair(dir) };
    };
    const first = prepared();
    const count = pairDiagnostics(first.diagnostics).length;
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      for (const direction of ['take', 'write'] as const) {
        const { dir, diagnostics, fileOf } = prepared();
        const before = pairDiagnostics(diagnostics);
        const d = before[i]!;
        const e = matchingEdits(d, fileOf)!;
        applyEdit(e[direction]);
        const after = pairDiagnostics(lintPair(dir).diagnostics).map(identity);
        const what = `${direction} for ${identity(d)}`;
        expect(after, what).not.toContain(identity(d));
        // Nothing new: the edit only settled what it was for (and the mirror report of a range edited on one side).
        for (const a of after) expect(before.map(identity), `${what} added ${a}`).toContain(a);
        if (hasDhcpd) {
          const s = e[direction].uri.startsWith(join(dir, 'serv1')) ? 'serv1' : 'serv2';
          const r = dhcpdAccepts(dir, s);
          expect(r.ok, `${what}: dhcpd -t ${s}\n${r.output}`).toBe(true);
        }
      }
    }
  });

  for (const role of ['primary', 'secondary'] as const) {
    it(`--fix-pair ${role} applies every copy and removal from the ${role}: dhcpd accepts both files and no pair diagnostic is left`, () => {
      const dir = deployment();
      oneSided(dir);
      const r = spawnSync(process.execPath, [cli, '--fix-pair', role, join(dir, 'serv1'), join(dir, 'serv2')], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(pairDiagnostics(lintPair(dir).diagnostics).map(identity)).toEqual([]);
      const text = (f: string) => readFileSync(join(dir, f), 'utf8');
      if (role === 'primary') {
        // The copies arrived on the secondary, re-indented into their scopes.
        expect(text(SERV2)).toContain(
          '  pool {\n    failover peer "campus-fo";\n    range 10.20.0.100 10.20.0.150;\n  }',
        );
        expect(text(SERV2)).toContain(
          '\n\nhost cam-1 {\n  hardware ethernet 00:1b:a9:4c:22:11;\n  fixed-address 10.20.0.41;\n}',
        );
        expect(text(SERV2)).toContain('key ddns { algorithm hmac-md5; secret "c2VjcmV0"; }\nzone campus.example.net.');
        expect(text(FO2)).toContain('  auto-partner-down 600;\n}');
        expect(text(FO2)).not.toContain('max-lease-misbalance');
      } else {
        expect(text(SERV1)).not.toContain('subnet 10.40.0.0');
        expect(text(SERV1)).not.toContain('\n\n\n');
        expect(text(SERV1)).toContain('  option broadcast-address 10.20.3.255;\n  max-lease-time 14400;\n  pool {');
      }
      if (hasDhcpd)
        for (const s of ['serv1', 'serv2'] as const) {
          const c = dhcpdAccepts(dir, s);
          expect(c.ok, `dhcpd -t ${s}\n${c.output}`).toBe(true);
        }
    });
  }
});

describe("copies land in the right scope, in the partner's own indentation", () => {
  it("a subnet of a shared-network goes into the partner's shared-network of that name, tab-indented like the rest of that file", () => {
    const dir = temp();
    const peer = (role: string, me: number, them: number, indent: string) =>
      `failover peer "fo" {\n${indent}${role};\n${indent}address 10.0.0.${me};\n${indent}peer address 10.0.0.${them};\n${indent}max-response-delay 30;\n${indent}max-unacked-updates 10;\n${indent}load balance max seconds 3;\n${role === 'primary' ? `${indent}mclt 1800;\n${indent}split 128;\n` : ''}}\n`;
    const pool = (i: string) =>
      `${i}subnet 10.0.0.0 netmask 255.255.255.0 {\n${i}${i}pool {\n${i}${i}${i}failover peer "fo";\n${i}${i}${i}range 10.0.0.10 10.0.0.99;\n${i}${i}}\n${i}}\n`;
    const a = join(dir, 'a.conf');
    const b = join(dir, 'b.conf');
    writeFileSync(
      a,
      `${peer('primary', 1, 2, '  ')}shared-network campus {\n${pool('  ')}  subnet 10.1.0.0 netmask 255.255.255.0 {\n    option routers 10.1.0.1;\n    default-lease-time 600;\n  }\n}\n`,
    );
    writeFileSync(b, `${peer('secondary', 2, 1, '\t')}shared-network campus {\n${pool('\t')}}\n`);
    const lint = () => {
      const { servers } = loadServers([a, b]);
      const files = new Map(servers.flatMap((s) => s.config.files.map((f) => [f.uri, f] as const)));
      return { diagnostics: lintServers(servers).diagnostics, fileOf: (u: string) => files.get(u) };
    };
    const { diagnostics, fileOf } = lint();
    const d = diagnostics.find((x) => x.ruleId === 'pair-subnets')!;
    expect(d.message).toBe('Subnet 10.1.0.0/24 is declared here but not on b.conf.');
    const e = matchingEdits(d, fileOf)!;
    expect(e.writeTitle).toBe('Copy this subnet to b.conf');
    applyEdit(e.write);
    expect(readFileSync(b, 'utf8')).toBe(
      `${peer('secondary', 2, 1, '\t')}shared-network campus {\n${pool('\t')}\tsubnet 10.1.0.0 netmask 255.255.255.0 {\n\t\toption routers 10.1.0.1;\n\t\tdefault-lease-time 600;\n\t}\n}\n`,
    );
    expect(pairDiagnostics(lint().diagnostics)).toEqual([]);
    if (hasDhcpd) {
      writeFileSync(join(dir, 'x.leases'), '');
      const r = spawnSync('dhcpd', ['-t', '-4', '-cf', b, '-lf', join(dir, 'x.leases'), '-pf', join(dir, 'x.pid')], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    }
  });
});
