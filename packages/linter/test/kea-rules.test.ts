// The "Kea readiness" rules on real files: each one's examples, dhcpd's verdict on what they
// flag (dhcpd accepts it; that is the point), and the cases the examples do not show.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServers } from '../src/engine.js';
import { walkConfig } from '../src/model/config.js';
import type { ConfigRule } from '../src/rules/rule.js';
import type { ReportInput } from '../src/types.js';
import { keaPreset, keaRules, keaRulesOff } from '../src/kea/rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const hasDhcpd = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;
if (!hasDhcpd) console.warn('dhcpd is not installed: the dhcpd -t checks of the Kea readiness examples are SKIPPED');

let n = 0;
function write(text: string): string {
  const file = join(scratch, `t${n++}.conf`);
  writeFileSync(file, text);
  return file;
}

/** Runs one rule over a config file the way the engine does: one walk, then end(). */
function run(rule: ConfigRule, text: string): (ReportInput & { line: number })[] {
  const { servers } = loadServers([write(text)]);
  const server = servers[0]!;
  const found: (ReportInput & { line: number })[] = [];
  const h = rule.create({ config: server.config, facts: server.facts, report: (r) => found.push({ ...r, line: r.file.lines.positionAt(r.span.start).line + 1 }) });
  walkConfig(server.config, {
    enter(s, ancestors, file) {
      if (h.statementTypes && !h.statementTypes.includes(s.type)) return;
      if (s.type === 'Parameter' && h.parameterNames && !h.parameterNames.includes(s.name)) return;
      h.statement?.(s, ancestors, file);
    },
  });
  const end = h.end?.();
  if (end) for (const _ of end);
  return found;
}

describe.each(keaRules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('flags its incorrect example and not its correct one', () => {
    expect(run(rule, rule.meta.examples.incorrect).length).toBeGreaterThan(0);
    expect(run(rule, rule.meta.examples.correct)).toEqual([]);
  });

  it.skipIf(!hasDhcpd)('flags something dhcpd -t accepts', () => {
    const leases = join(scratch, 'x.leases');
    writeFileSync(leases, '');
    const r = spawnSync('dhcpd', ['-t', '-4', '-cf', write(rule.meta.examples.incorrect), '-lf', leases, '-pf', join(scratch, 'x.pid')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('is off by default and on in the kea preset', () => {
    expect(rule.meta.recommended).toBe(false);
    expect(keaRulesOff[rule.meta.id]).toBe('off');
    expect(keaPreset[rule.meta.id]).toBe(rule.meta.defaultSeverity === 'warning' ? 'warn' : rule.meta.defaultSeverity);
    expect(rule.meta.id.startsWith('kea-')).toBe(true);
  });
});

describe('cases beyond the examples', () => {
  const [dup, inPool, order, expr, hostname] = keaRules;

  it('kea-duplicate-reservation: one address reserved twice, and two global hosts with one MAC', () => {
    const twice = run(dup!, 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.5; }\n');
    expect(twice.map((r) => [r.line, /reserved twice/.test(r.message)])).toEqual([[3, true]]);
    const global = run(dup!, 'host a { hardware ethernet 0:1:2:3:4:5; }\nhost b { hardware ethernet 00:01:02:03:04:05; }\n');
    expect(global.map((r) => r.line)).toEqual([2]);
    // The same MAC in two different subnets is two reservations, which Kea accepts.
    expect(run(dup!, 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nsubnet 10.0.1.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\nhost b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.1.5; }\n')).toEqual([]);
  });

  it('kea-reservation-in-pool names the range', () => {
    const r = run(inPool!, inPool!.meta.examples.incorrect);
    expect(r[0]!.message).toContain('10.0.0.100 10.0.0.199');
  });

  it('kea-lease-time-order: in one scope, against the inherited max, and min above the default', () => {
    expect(run(order!, 'default-lease-time 9000;\nmax-lease-time 3600;\n').map((r) => r.line)).toEqual([1]);
    expect(run(order!, 'default-lease-time 7200;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  max-lease-time 3600;\n}\n').map((r) => [r.line, /\(inherited\)/.test(r.message)])).toEqual([[3, true]]);
    expect(run(order!, 'default-lease-time 600;\nmin-lease-time 1200;\n').map((r) => r.line)).toEqual([2]);
    // Lifetimes in a host or pool are not a Kea scope: not checked here.
    expect(run(order!, 'max-lease-time 3600;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    default-lease-time 9000;\n    range 10.0.0.5 10.0.0.9;\n  }\n}\n')).toEqual([]);
  });

  it('kea-untranslatable-expression: variables and computed option values; translatable matches pass', () => {
    expect(run(expr!, 'class "a" {\n  match if pick-first-value(option host-name, "x") = "x";\n}\n').map((r) => r.line)).toEqual([2]);
    expect(run(expr!, 'option domain-name = concat("a", ".example.org");\n')).toHaveLength(1);
    expect(run(expr!, 'class "a" {\n  match if option vendor-class-identifier = "PXEClient" and not known;\n}\n')).toEqual([]);
  });

  it('kea-hostname-address flags next-server names too', () => {
    expect(run(hostname!, 'next-server boot.example.org;\n').map((r) => r.line)).toEqual([1]);
  });
});
