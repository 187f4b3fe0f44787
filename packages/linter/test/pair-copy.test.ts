// Pair diagnostics that show both sides and fix them (issue #15): every pair and host-context
// diagnostic points at the partner's line, names the partner by its short name and shows both
// values; a statement or pool present on one side only can be copied to the partner or removed
// here, and `--fix-pair` applies the copies so that the real dhcpd accepts both files and a
// second lint finds the pair agreeing.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allPairRules, lintServers, loadServers, matchingEdits, type Diagnostic, type SourceFile } from '@dhcplint/linter';
import { repoRoot } from '../../../scripts/test/corpus.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the deployment fixture (serv1 primary, serv2 secondary, with netplan and defaults). */
function deployment(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhcplint-pair-copy-'));
  dirs.push(dir);
  cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file of the copy; the text must be there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(path, next);
}

const SERV1 = 'serv1/etc/dhcp/dhcpd.conf';
const SERV2 = 'serv2/etc/dhcp/dhcpd.conf';
const FO1 = 'serv1/etc/dhcp/failover.conf';
const FO2 = 'serv2/etc/dhcp/failover.conf';

/** Lints both server roots as the CLI does: the diagnostics, and each file's parsed source. */
function lintPair(dir: string): { diagnostics: Diagnostic[]; fileOf: (uri: string) => SourceFile | undefined } {
  const { servers } = loadServers([join(dir, 'serv1'), join(dir, 'serv2')]);
  const result = lintServers(servers);
  const files = new Map(servers.flatMap((s) => s.config.files.map((f) => [f.uri, f] as const)));
  return { diagnostics: result.diagnostics, fileOf: (u) => files.get(u) };
}

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
  edit(dir, SERV1, 'range 10.20.1.10 10.20.3.200;', 'range 10.20.1.10 10.20.3.200;\n  }\n  pool {\n    failover peer "campus-fo";\n    range 10.20.0.100 10.20.0.150;');
  edit(dir, SERV1, '# Lab network', 'subnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}\n\n# Lab network');
  edit(dir, SERV2, 'default-lease-time 3600;', 'default-lease-time 900;');
  edit(dir, SERV1, 'log-facility local7;', 'log-facility local7;\nserver-identifier 10.10.0.11;\nclass "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }');
  edit(dir, SERV2, 'log-facility local7;', 'log-facility local7;\nserver-identifier 10.10.0.11;\nkey ddns { algorithm hmac-md5; secret "c2VjcmV0"; };\nzone campus.example.net. { primary 10.10.0.53; key ddns; }');
  edit(dir, SERV1, 'option domain-name-servers 10.10.0.53, 10.10.0.54;', 'option domain-name-servers 10.10.0.53, 10.10.0.54;\noption ntp-servers 10.10.0.123;');
  edit(dir, SERV2, '  option routers 10.20.0.1;', '  option routers 10.20.0.1;\n  max-lease-time 14400;');
  edit(dir, SERV1, /\}\n$/, '}\n\nhost cam-1 {\n  hardware ethernet 00:1b:a9:4c:22:11;\n  fixed-address 10.20.0.41;\n}\n');
  edit(dir, SERV2, 'fixed-address 10.20.0.40;', 'fixed-address 10.20.0.42;');
  // Host context: an INTERFACESv4 name netplan does not have, a subnet-less interface.
  edit(dir, 'serv1/etc/default/isc-dhcp-server', 'INTERFACESv4="ens18 ens19"', 'INTERFACESv4="ens18 ens19 ens20"');
  edit(dir, 'serv2/etc/netplan/01-netcfg.yaml', '- 10.30.0.3/24', '- 10.30.0.3/24\n    ens21:\n      dhcp4: false\n      addresses:\n        - 10.50.0.3/24');
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
    expect([...new Set(checked.map((d) => d.ruleId))].sort()).toEqual([...pairIds, 'host-failover-address', 'host-interfaces'].sort());
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
