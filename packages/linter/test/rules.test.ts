import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '@dhcplint/linter';
import { fixed, lintExample } from './rule-tester.js';

// The rules without their own RuleTester file in src/rules/ (builtin, Kea readiness and pair rules
// until they move there), on their documented examples: each expected report with its exact range
// [file, line, column, endLine, endColumn, message start] (1-based, end exclusive), nothing else
// from that rule, nothing at all on the correct example, and the text the fixes produce.
type Row = [file: string, line: number, column: number, endLine: number, endColumn: number, message: string];
const CASES: Record<string, { reports: Row[]; fixed?: string }> = {
  'syntax': { reports: [
    ["dhcpd.conf", 1, 23, 1, 23, "Missing '"],
  ] },
  'include-missing': { reports: [
    ["srv/etc/dhcp/dhcpd.conf", 1, 9, 1, 34, "Included file not found: /nonexistent/hosts"],
  ] },
  'include-depth': { reports: [
    ["srv/etc/dhcp/chain/200.conf", 1, 9, 1, 35, "Includes nested deeper than 200 levels"],
  ] },
  'read-refused': { reports: [
    ["srv/etc/dhcp/dhcpd.conf", 1, 9, 1, 30, "Included file not read: ../../../hosts.conf is outside the server root"],
  ] },
  'kea-duplicate-reservation': { reports: [
    ["dhcpd.conf", 3, 28, 3, 45, "Kea refuses a second reservation for 00:"],
  ] },
  'kea-reservation-in-pool': { reports: [
    ["dhcpd.conf", 4, 61, 4, 71, "10.0.0.150 is inside the range 10.0.0.10"],
  ] },
  'kea-lease-time-order': { reports: [
    ["dhcpd.conf", 3, 3, 3, 28, "default-lease-time 28800 is above max-le"],
  ] },
  'kea-untranslatable-expression': { reports: [
    ["dhcpd.conf", 2, 12, 2, 77, "This 'match if' has no Kea equivalent"],
  ] },
  'kea-hostname-address': { reports: [
    ["dhcpd.conf", 2, 61, 2, 74, "'a.example.org' is a host name"],
  ] },
  'include-cycle': { reports: [
    ["srv/etc/dhcp/hosts.conf", 1, 9, 1, 31, "Include cycle: dhcpd"],
  ] },
  'unused-disable-directive': { reports: [
    ["dhcpd.conf", 1, 1, 1, 41, "Unused dhcplint-disable-next-line directive "],
  ] },
  'host-failover-address': { reports: [
    ["srv/etc/dhcp/dhcpd.conf", 3, 3, 3, 20, "Failover address 10"],
  ] },
  'host-interfaces': { reports: [
    ["srv/etc/default/isc-dhcp-server", 1, 15, 1, 19, "Interface eth1 in INTERFACESv4 does not exist in this host's"],
  ] },
  'host-netplan': { reports: [
    ["srv/etc/netplan/01-netcfg.yaml", 3, 1, 3, 1, "Netplan YAML error: Flow sequence in block collection must b"],
  ] },
  'failover-peer-undeclared': { reports: [
    ["dhcpd.conf", 3, 19, 3, 23, "Failover peer \"fo\" is not declared"],
  ] },
  'failover-peer-unused': { reports: [
    ["dhcpd.conf", 1, 15, 1, 19, "No pool refers to failover peer \"fo\""],
  ] },
  'failover-ref-placement': { reports: [
    ["dhcpd.conf", 13, 19, 13, 21, "Quote the peer name in a pool reference"],
  ], fixed: "failover peer \"fo\" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n  mclt 1800;\n  split 128;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer \"fo\";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n" },
  'failover-dynamic-bootp': { reports: [
    ["dhcpd.conf", 14, 5, 14, 45, "dynamic-bootp ranges are not allowed in a failover pool "],
  ] },
  'failover-role': { reports: [
    ["dhcpd.conf", 5, 3, 5, 13, "mclt on the secondary of \"fo\" is ignored"],
  ], fixed: "failover peer \"fo\" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer \"fo\";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n" },
  'failover-primary-settings': { reports: [
    ["dhcpd.conf", 8, 1, 8, 2, "The primary of \"fo\" needs a non-zero mcl"],
    ["dhcpd.conf", 8, 1, 8, 2, "The primary of \"fo\" needs 'split' (e.g. "],
  ] },
  'failover-secondary-settings': { reports: [
    ["dhcpd.conf", 5, 3, 5, 13, "split belongs on the primary only; dhcpd"],
  ], fixed: "failover peer \"fo\" {\n  secondary;\n  address 10.0.0.2;\n  peer address 10.0.0.1;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer \"fo\";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n" },
  'failover-addresses': { reports: [
    ["dhcpd.conf", 6, 1, 6, 2, "Failover peer \"fo\" has no 'peer address'"],
  ] },
  'failover-timers': { reports: [
    ["dhcpd.conf", 1, 1, 1, 9, "Failover peer \"fo\" does not set max-response-delay "],
    ["dhcpd.conf", 1, 1, 1, 9, "Failover peer \"fo\" does not set max-unacked-updates "],
    ["dhcpd.conf", 1, 1, 1, 9, "Load balancing is off for \"fo\" "],
  ] },
  'failover-duplicate-statement': { reports: [
    ["dhcpd.conf", 4, 3, 4, 20, "'address' is repeated in failover peer \""],
  ], fixed: "failover peer \"fo\" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800;\n  split 128;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer \"fo\";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n" },
  'failover-peer-redeclared': { reports: [
    ["dhcpd.conf", 11, 1, 11, 9, "Failover peer \"fo\" is declared again"],
  ] },
  'failover-mixed-pools': { reports: [
    ["dhcpd.conf", 12, 3, 12, 31, "Range 10"],
  ] },
  'failover-split-value': { reports: [
    ["dhcpd.conf", 6, 3, 6, 13, "split must be between 0 and 256"],
  ] },
  'host-duplicates': { reports: [
    ["dhcpd.conf", 2, 6, 2, 7, "Host 'a' is declared twice."],
  ] },
  'host-fixed-address-placement': { reports: [
    ["dhcpd.conf", 4, 55, 4, 64, "Fixed address 10"],
  ] },
  'include-relative-path': { reports: [
    ["srv/etc/dhcp/dhcpd.conf", 1, 9, 1, 21, "Relative include \"hosts.conf\" depends on"],
  ] },
  'class-references': { reports: [
    ["dhcpd.conf", 1, 10, 1, 16, "No class named \"voip\" is declared before"],
  ] },
  'pair-peer-name': { reports: [
    ["a/dhcpd.conf", 1, 15, 1, 19, "Failover peer is \"fo\" here but \"fo2\" on b/dhcpd"],
  ] },
  'pair-roles': { reports: [
    ["a/dhcpd.conf", 2, 3, 2, 11, "Both servers are primary for \"fo\" "],
    ["b/dhcpd.conf", 2, 3, 2, 11, "Both servers are primary for \"fo\" "],
  ] },
  'pair-addresses': { reports: [
    ["a/dhcpd.conf", 4, 3, 4, 25, "peer address 10"],
  ] },
  'pair-ports': { reports: [
    ["a/dhcpd.conf", 5, 3, 5, 17, "peer port 847 here, but the partner "],
  ] },
  'pair-timers': { reports: [
    ["a/dhcpd.conf", 5, 3, 5, 25, "max-response-delay is 30 here but 60 on b/dhcpd"],
    ["a/dhcpd.conf", 7, 3, 7, 30, "load balance max seconds is 3 here but 5 on b/dhcpd"],
  ] },
  'pair-balance': { reports: [
    ["a/dhcpd.conf", 1, 1, 1, 9, "max-lease-misbalance is 15 here but 25 on b/dhcpd"],
  ] },
  'pair-mclt-split': { reports: [
    ["b/dhcpd.conf", 8, 3, 8, 13, "mclt 3600 on the secondary "],
  ] },
  'pair-failover-pools': { reports: [
    ["a/dhcpd.conf", 14, 5, 14, 31, "Failover range 10"],
    ["b/dhcpd.conf", 12, 5, 12, 31, "Failover range 10"],
  ] },
  'pair-subnets': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 7, "Subnet 10"],
  ] },
  'pair-scope-settings': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 24, "'default-lease-time' is 600 globally here but 3600 on b/dhcp"],
  ] },
  'pair-hosts': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 5, "Host 'cam' "],
  ] },
  'pair-server-identifier': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 28, "server-identifier 10"],
  ] },
  'hostname-in-address': { reports: [
    ["dhcpd.conf", 1, 13, 1, 29, "'tftp"],
    ["dhcpd.conf", 2, 56, 2, 70, "'pc"],
  ] },
  'subnet-options-mismatch': { reports: [
    ["dhcpd.conf", 2, 22, 2, 33, "subnet mask 255"],
    ["dhcpd.conf", 3, 28, 3, 40, "broadcast address 10"],
  ], fixed: "subnet 10.0.0.0 netmask 255.255.255.0 {\n  option subnet-mask 255.255.255.0;\n  option broadcast-address 10.0.0.255;\n}\n" },
  'option-code-redefined': { reports: [
    ["dhcpd.conf", 1, 21, 1, 22, "Code 1 in space 'dhcp' is the standard option 'subnet-mask'"],
  ] },
  'option-code-redefined': { reports: [
    ["dhcpd.conf", 1, 21, 1, 22, "Code 1 in space 'dhcp' is the standard option 'subnet-mask'"],
  ] },
  'host-in-pool': { reports: [
    ["dhcpd.conf", 4, 5, 4, 9, "Host 'a' is declared inside a pool"],
  ] },
  'failover-port-conflict': { reports: [
    ["dhcpd.conf", 10, 3, 10, 11, "port 67 is a DHCP port"],
  ] },
  'failover-balance-settings': { reports: [
    ["dhcpd.conf", 11, 3, 11, 26, "max-lease-ownership (20 %) should be bel"],
    ["dhcpd.conf", 12, 3, 12, 25, "auto-partner-down 600: after 600 s witho"],
  ] },
  'permit-outside-pool': { reports: [
    ["dhcpd.conf", 1, 1, 1, 22, "'deny unknown-clients' outside a pool"],
  ] },
  'pair-classes': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 6, "Class \"voip\" is declared here but not on b/dhcpd"],
  ] },
  'pair-ddns-zones': { reports: [
    ["a/dhcpd.conf", 18, 1, 18, 5, "DNS zone \"example"],
  ] },
  'failover-local-address': { reports: [
    ["dhcpd.conf", 1, 1, 1, 9, "Failover peer \"fo\" has no 'address'; dhc"],
  ] },
  'host-duplicate-address': { reports: [
    ["dhcpd.conf", 2, 28, 2, 39, "Hardware address 00:01:02:03:04:05 is al"],
    ["dhcpd.conf", 2, 55, 2, 63, "Fixed address 10.0.0.5 is also given to "],
  ] },
  'class-redeclared': { reports: [
    ["dhcpd.conf", 2, 7, 2, 13, "Class \"voip\" is declared twice."],
  ] },
  'pair-partner-missing': { reports: [
    ["dhcpd.conf", 1, 1, 1, 19, "Failover peer \"fo\": no partner configura"],
  ] },
};

const rulesDir = new URL('../src/rules/', import.meta.url).pathname;
/** Rules tested by their own `src/rules/<id>.test.ts` (the RuleTester cases beside the rule). */
const hasOwnTests = (id: string) => existsSync(join(rulesDir, `${id}.test.ts`));

describe('rule tester', () => {
  it('covers every rule: here, or in its own test file beside it', () => {
    const uncovered = allRuleMetas.filter((m) => !CASES[m.id] && !hasOwnTests(m.id)).map((m) => m.id);
    expect(uncovered).toEqual([]);
    expect(Object.keys(CASES).filter(hasOwnTests), 'cases left here for a rule with its own tests').toEqual([]);
  });

  for (const m of allRuleMetas.filter((x) => CASES[x.id])) {
    const c = CASES[m.id]!;
    describe(m.id, () => {
      it('reports exactly the expected ranges on the invalid case', () => {
        const got = lintExample(m, 'incorrect');
        expect(got.map((r) => [r.file, r.line, r.column, r.endLine, r.endColumn])).toEqual(c.reports.map((r) => r.slice(0, 5)));
        got.forEach((r, i) => expect(r.message.startsWith(c.reports[i]![5]), r.message).toBe(true));
        if (c.fixed !== undefined) expect(fixed(got)).toBe(c.fixed);
        else expect(got.every((r) => !r.diagnostic.fix)).toBe(true);
        expect(Boolean(m.fixable), 'meta.fixable matches whether the rule offers fixes').toBe(c.fixed !== undefined);
      });
      it('reports nothing on the valid case', () => {
        expect(lintExample(m, 'correct')).toEqual([]);
      });
    });
  }
});
