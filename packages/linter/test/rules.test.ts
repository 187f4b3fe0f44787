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
  'pair-classes': { reports: [
    ["a/dhcpd.conf", 17, 1, 17, 6, "Class \"voip\" is declared here but not on b/dhcpd"],
  ] },
  'pair-ddns-zones': { reports: [
    ["a/dhcpd.conf", 18, 1, 18, 5, "DNS zone \"example"],
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
