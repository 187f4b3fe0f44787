// The CLI never contradicts itself: it says what it checked, why it failed, and ends quietly
// when its reader goes away.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { repoRoot } from '../../../scripts/test/corpus.js';

const bin = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const run = (args: string[], cwd = repoRoot) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
const temp = () => mkdtempSync(join(tmpdir(), 'dhcplint-ux-'));

const SUBNET = 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n';

describe('what a run checked', () => {
  it('prints a one-line summary to stderr for the stylish format', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.conf'), SUBNET);
    const r = run([join(dir, 'a.conf')]);
    expect(r.stderr).toBe('dhcplint: checked 1 file: 1 server, 0 failover pairs; 0 errors, 0 warnings\n');
    rmSync(dir, { recursive: true });
  });

  it('keeps machine formats pure: no summary with --format json', () => {
    const r = run(['--format', 'json', 'test-fixtures/deployment/serv1', 'test-fixtures/deployment/serv2']);
    expect(r.stderr).toBe('');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe('usage errors and exit codes', () => {
  it('reports an unknown flag on one line, exit 2', () => {
    const r = run(['--frobnicate', 'x.conf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("dhcplint: unknown option '--frobnicate'\nTry 'dhcplint --help'.\n");
  });

  it('says why --max-warnings failed the run', () => {
    const dir = temp();
    // An unused disable directive is a warning under the default rules.
    writeFileSync(join(dir, 'a.conf'), `# dhcplint-disable-next-line pair-ports\n${SUBNET}`);
    const ok = run(['--format', 'json', join(dir, 'a.conf')]);
    const warnings = (JSON.parse(ok.stdout) as { warningCount: number }[]).reduce((n, f) => n + f.warningCount, 0);
    expect(warnings).toBeGreaterThan(0);
    const r = run(['--max-warnings', '0', join(dir, 'a.conf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`more than --max-warnings 0 allows`);
    rmSync(dir, { recursive: true });
  });

  it('ends quietly when the reader of its output goes away (EPIPE)', () => {
    for (let i = 0; i < 10; i++) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --list-rules | head -1`], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.status).toBe(0);
    }
  });
});

describe('fmt refuses what it cannot format', () => {
  it('--check exits 2 on an unclosed brace', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.conf'), 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n');
    const r = run(['fmt', '--check', join(dir, 'a.conf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not formatted, it has syntax errors/);
    rmSync(dir, { recursive: true });
  });

  it('--write leaves a file with a missing semicolon alone and exits 2', () => {
    const dir = temp();
    const text = 'subnet 10.0.0.0 netmask 255.255.255.0 {\nrange 10.0.0.10 10.0.0.20\noption routers 10.0.0.1;\n}\n';
    writeFileSync(join(dir, 'a.conf'), text);
    const r = run(['fmt', '--write', join(dir, 'a.conf')]);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'a.conf'), 'utf8')).toBe(text);
    rmSync(dir, { recursive: true });
  });
});

describe('the nearest .dhcplintrc.json', () => {
  it('is found walking up from the current folder, as ESLint and Prettier do', () => {
    const dir = temp();
    const deep = join(dir, 'site', 'dhcp');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'a.conf'), `# dhcplint-disable-next-line pair-ports\n${SUBNET}`);
    writeFileSync(join(dir, '.dhcplintrc.json'), JSON.stringify({ rules: { 'unused-disable-directive': 'error' } }));
    const r = run(['--format', 'json', 'a.conf'], deep);
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[]).flatMap((f) =>
      f.messages.map((m) => `${m.ruleId}:${m.severity}`),
    );
    expect(ids).toContain('unused-disable-directive:2');
    rmSync(dir, { recursive: true });
  });
});

describe('bounded and sandboxed from the command line', () => {
  it('lists at most --max-problems-per-file problems per file, then one summary line; the exit status counts all', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.conf'), 'ddns-update-style ad-hoc;\n'.repeat(30));
    const all = JSON.parse(run(['--format', 'json', '--max-problems-per-file', '0', join(dir, 'a.conf')]).stdout) as {
      messages: { ruleId: string }[];
    }[];
    expect(all[0]!.messages.length).toBeGreaterThan(10);
    const r = run(['--format', 'json', '--max-problems-per-file', '5', join(dir, 'a.conf')]);
    const capped = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages;
    expect(capped).toHaveLength(6);
    expect(capped[5]!.ruleId).toBe('too-many-problems');
    expect(capped[5]!.message).toMatch(new RegExp(`^${all[0]!.messages.length - 5} more problems`));
    expect(r.status).toBe(1);
    rmSync(dir, { recursive: true });
  });

  it('reads an include outside the config folder only when --allow-read names its folder', () => {
    const dir = temp();
    mkdirSync(join(dir, 'conf'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'hosts.conf'), 'host a { hardware ethernet 00:11:22:33:44:55; }\n');
    writeFileSync(join(dir, 'conf', 'a.conf'), `include "${join(dir, 'shared', 'hosts.conf')}";\n${SUBNET}`);
    const ids = (args: string[]) =>
      (
        JSON.parse(run(['--format', 'json', ...args, join(dir, 'conf', 'a.conf')]).stdout) as {
          messages: { ruleId: string }[];
        }[]
      ).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids([])).toContain('read-refused');
    expect(ids(['--allow-read', join(dir, 'shared')])).not.toContain('read-refused');
    rmSync(dir, { recursive: true });
  });

  it('fmt refuses a device or FIFO instead of reading it forever', () => {
    const r = run(['fmt', '--check', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: not read: .*character device/);
  });

  it('"extends": "kea" turns on the Kea readiness rules, which are off by default', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.conf'), `default-lease-time 28800;\nmax-lease-time 7200;\n${SUBNET}`);
    const ids = () =>
      (JSON.parse(run(['--format', 'json', 'a.conf'], dir).stdout) as { messages: { ruleId: string }[] }[]).flatMap(
        (f) => f.messages.map((m) => m.ruleId),
      );
    expect(ids()).not.toContain('kea-lease-time-order');
    writeFileSync(join(dir, '.dhcplintrc.json'), JSON.stringify({ extends: ['strict', 'kea'] }));
    expect(ids()).toContain('kea-lease-time-order');
    rmSync(dir, { recursive: true });
  });
});

describe('disable directives for pair rules', () => {
  const flatPairWith = (edit: (serv1: string) => string) => {
    const dir = temp();
    for (const f of ['serv1_dhcpd.conf', 'serv2_dhcpd.conf'])
      writeFileSync(join(dir, f), readFileSync(join(repoRoot, 'test-fixtures/flat', f), 'utf8'));
    const b = join(dir, 'serv2_dhcpd.conf');
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^ {2}port 647;$/m, '  port 847;'));
    const a = join(dir, 'serv1_dhcpd.conf');
    writeFileSync(a, edit(readFileSync(a, 'utf8')));
    const r = run(['--format', 'json', a, b]);
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((f) =>
      f.messages.map((m) => `${m.ruleId}: ${m.message}`),
    );
    rmSync(dir, { recursive: true });
    return ids;
  };

  it('suppress the pair diagnostic and count as used (next-line, same line, block)', () => {
    expect(flatPairWith((t) => t).some((x) => x.startsWith('pair-ports'))).toBe(true);
    for (const edit of [
      (t: string) => t.replace(/^( {2}peer port 647;)$/m, '  # dhcplint-disable-next-line pair-ports\n$1'),
      (t: string) => t.replace(/^( {2}peer port 647;)$/m, '$1 # dhcplint-disable-line pair-ports'),
      (t: string) => `# dhcplint-disable pair-ports\n${t}`,
    ]) {
      const ids = flatPairWith(edit);
      expect(ids.filter((x) => x.startsWith('pair-ports'))).toEqual([]);
      expect(ids.filter((x) => x.startsWith('unused-disable-directive'))).toEqual([]);
    }
  });

  it('a pair directive that suppresses nothing is reported once, with its rule named plainly', () => {
    const ids = flatPairWith((t) => `# dhcplint-disable-next-line pair-roles\n${t}`);
    const unused = ids.filter((x) => x.startsWith('unused-disable-directive'));
    expect(unused).toHaveLength(1);
    expect(unused[0]).toContain('(pair-roles)');
  });
});

describe('follow-on diagnostics', () => {
  it('a misspelt setting gives its did-you-mean error, not also a pair warning on either server', () => {
    const dir = temp();
    for (const f of ['serv1_dhcpd.conf', 'serv2_dhcpd.conf'])
      writeFileSync(join(dir, f), readFileSync(join(repoRoot, 'test-fixtures/flat', f), 'utf8'));
    const a = join(dir, 'serv1_dhcpd.conf');
    writeFileSync(a, readFileSync(a, 'utf8').replace(/^max-lease-time 7200;$/m, 'max-lease-tme 7200;'));
    const r = run(['--format', 'json', a, join(dir, 'serv2_dhcpd.conf')]);
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) =>
      f.messages.map((m) => m.ruleId),
    );
    expect(ids).toContain('unknown-statement');
    expect(ids).not.toContain('pair-scope-settings');
    rmSync(dir, { recursive: true });
  });
});

describe('--fix-pair', () => {
  const mismatched = () => {
    const dir = temp();
    cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
    const serv2 = join(dir, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
    return dir;
  };
  const leaseTime = (dir: string, s: string) =>
    /^default-lease-time (\d+);$/m.exec(readFileSync(join(dir, s, 'etc/dhcp/dhcpd.conf'), 'utf8'))?.[1];

  for (const [role, expected] of [
    ['primary', '3600'],
    ['secondary', '900'],
  ] as const) {
    it(`copies the ${role}'s value to its partner, and the pair then agrees`, () => {
      const dir = mismatched();
      const r = run(['--fix-pair', role, join(dir, 'serv1'), join(dir, 'serv2')]);
      expect(r.status, r.stderr).toBe(0);
      expect([leaseTime(dir, 'serv1'), leaseTime(dir, 'serv2')]).toEqual([expected, expected]);
      rmSync(dir, { recursive: true });
    });
  }

  it('refuses any other role', () => {
    expect(run(['--fix-pair', 'both', 'x.conf']).status).toBe(2);
  });
});

describe('host-context diagnostics point at the netplan lines', () => {
  it('a failover address missing from netplan links to the addresses netplan does have', () => {
    const dir = temp();
    cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
    const np = join(dir, 'serv1/etc/netplan/01-netcfg.yaml');
    writeFileSync(np, readFileSync(np, 'utf8').replace('10.10.0.11/24', '10.10.0.21/24'));
    const r = run(['--format', 'json', join(dir, 'serv1'), join(dir, 'serv2')]);
    const msgs = (
      JSON.parse(r.stdout) as {
        messages: { ruleId: string; relatedLocations?: { filePath: string; line: number }[] }[];
      }[]
    ).flatMap((f) => f.messages);
    const host = msgs.filter((m) => m.ruleId === 'host-failover-address');
    expect(host).toHaveLength(2);
    for (const m of host) expect(m.relatedLocations?.some((l) => l.filePath === np && l.line === 8)).toBe(true);
    rmSync(dir, { recursive: true });
  });
});
