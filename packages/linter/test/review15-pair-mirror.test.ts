// Review of #15, finding 4: pair-ports and pair-addresses had no quick fix (only "Disable …") and
// `--fix-pair` left both sides as they were. Each server's `peer port` is the other's `port` and
// its `peer address` the other's `address`: the fix takes the partner's counterpart value here, or
// writes this side's value into the partner's counterpart (adding the statement when it is not
// written, dhcpd's default 647 being the value it had).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  lintServers,
  loadServers,
  matchingEdits,
  type Diagnostic,
  type FileEdit,
  type SourceFile,
} from '@dhcplint/linter';
import { repoRoot } from '../../../scripts/test/corpus.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FO1 = 'serv1/etc/dhcp/failover.conf';
const FO2 = 'serv2/etc/dhcp/failover.conf';

/** A copy of the deployment fixture (serv1 primary, serv2 secondary, failover blocks in failover.conf). */
function deployment(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review15-mirror-'));
  dirs.push(dir);
  cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: ${from} not found`);
  writeFileSync(path, text.replace(from, to));
}

const text = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

function lintPair(dir: string): { diagnostics: Diagnostic[]; fileOf: (uri: string) => SourceFile | undefined } {
  const { servers } = loadServers([join(dir, 'serv1'), join(dir, 'serv2')]);
  const files = new Map(servers.flatMap((s) => s.config.files.map((f) => [f.uri, f] as const)));
  return { diagnostics: lintServers(servers).diagnostics, fileOf: (u) => files.get(u) };
}

const of = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.ruleId === rule);

function applyEdit(e: FileEdit): void {
  const t = readFileSync(e.uri, 'utf8');
  writeFileSync(e.uri, t.slice(0, e.span.start) + e.text + t.slice(e.span.end));
}

/** The one diagnostic of `rule`, and its matching edits. */
function onlyEdits(dir: string, rule: string) {
  const { diagnostics, fileOf } = lintPair(dir);
  const found = of(diagnostics, rule);
  expect(found, JSON.stringify(found.map((d) => d.message))).toHaveLength(1);
  const edits = matchingEdits(found[0]!, fileOf);
  expect(edits, `no matching edits for ${rule}`).toBeDefined();
  return edits!;
}

const hasDhcpd = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;
if (!hasDhcpd)
  console.warn(
    '\n*** review15-pair-mirror: dhcpd is not installed; the dhcpd -t checks of the fixed files are SKIPPED ***\n',
  );

/** `dhcpd -t` on a server root's dhcpd.conf, its absolute include pointed into the root. */
function dhcpdAccepts(dir: string, server: 'serv1' | 'serv2'): { ok: boolean; output: string } {
  const root = join(dir, server);
  const conf = join(dir, `${server}-check.conf`);
  writeFileSync(
    conf,
    readFileSync(join(root, 'etc/dhcp/dhcpd.conf'), 'utf8').replaceAll('"/etc/dhcp/', `"${root}/etc/dhcp/`),
  );
  writeFileSync(join(dir, 'check.leases'), '');
  const r = spawnSync(
    'dhcpd',
    ['-t', '-4', '-cf', conf, '-lf', join(dir, 'check.leases'), '-pf', join(dir, 'check.pid')],
    { encoding: 'utf8' },
  );
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('pair-ports: peer port here ↔ port on the partner', () => {
  it("take: this peer port becomes the partner's port; the pair then agrees", () => {
    const dir = deployment();
    edit(dir, FO1, 'peer port 647;', 'peer port 847;');
    const e = onlyEdits(dir, 'pair-ports');
    expect(e.takeTitle).toBe("Set peer port 647 here (serv2's port)");
    expect(e.writeTitle).toBe('Set port 847 on serv2 (this peer port)');
    applyEdit(e.take);
    expect(text(dir, FO1)).toContain('  peer port 647;\n');
    expect(of(lintPair(dir).diagnostics, 'pair-ports')).toEqual([]);
  });

  it("write: the partner's port becomes this peer port", () => {
    const dir = deployment();
    edit(dir, FO1, 'peer port 647;', 'peer port 847;');
    const e = onlyEdits(dir, 'pair-ports');
    expect(e.write.uri).toBe(join(dir, FO2));
    applyEdit(e.write);
    expect(text(dir, FO2)).toContain('  port 847;\n');
    expect(of(lintPair(dir).diagnostics, 'pair-ports')).toEqual([]);
    if (hasDhcpd) for (const s of ['serv1', 'serv2'] as const) expect(dhcpdAccepts(dir, s).ok).toBe(true);
  });

  it('a port the partner does not write (default 647) is added under its address', () => {
    const dir = deployment();
    edit(dir, FO1, 'peer port 647;', 'peer port 847;');
    edit(dir, FO2, '  port 647;\n', '');
    const e = onlyEdits(dir, 'pair-ports');
    expect(e.writeTitle).toBe('Set port 847 on serv2 (this peer port)');
    applyEdit(e.write);
    expect(text(dir, FO2)).toContain('  address 10.10.0.12;\n  port 847;\n  peer address 10.10.0.11;');
    expect(of(lintPair(dir).diagnostics, 'pair-ports')).toEqual([]);
    if (hasDhcpd) expect(dhcpdAccepts(dir, 'serv2').ok).toBe(true);
  });

  it("a peer port this side does not write is added here with the partner's port", () => {
    const dir = deployment();
    edit(dir, FO1, '  peer port 647;\n', '');
    edit(dir, FO2, 'port 647;', 'port 847;');
    const e = onlyEdits(dir, 'pair-ports');
    expect(e.takeTitle).toBe("Set peer port 847 here (serv2's port)");
    applyEdit(e.take);
    expect(text(dir, FO1)).toContain('  peer address 10.10.0.12;\n  peer port 847;\n');
    expect(of(lintPair(dir).diagnostics, 'pair-ports')).toEqual([]);
    if (hasDhcpd) expect(dhcpdAccepts(dir, 'serv1').ok).toBe(true);
  });
});

describe('pair-addresses: peer address here ↔ address on the partner', () => {
  it('take and write each settle the mismatch', () => {
    for (const side of ['take', 'write'] as const) {
      const dir = deployment();
      edit(dir, FO2, 'address 10.10.0.12;', 'address 10.10.0.13;');
      const e = onlyEdits(dir, 'pair-addresses');
      expect(e.takeTitle).toBe("Set peer address 10.10.0.13 here (serv2's address)");
      expect(e.writeTitle).toBe('Set address 10.10.0.12 on serv2 (this peer address)');
      applyEdit(e[side]);
      if (side === 'take') expect(text(dir, FO1)).toContain('  peer address 10.10.0.13;\n');
      else expect(text(dir, FO2)).toContain('  address 10.10.0.12;\n');
      expect(of(lintPair(dir).diagnostics, 'pair-addresses')).toEqual([]);
    }
  });
});

describe('--fix-pair settles ports and addresses (built CLI)', () => {
  for (const role of ['primary', 'secondary'] as const) {
    it(`--fix-pair ${role}`, () => {
      const dir = deployment();
      edit(dir, FO1, 'peer port 647;', 'peer port 847;');
      edit(dir, FO2, 'address 10.10.0.12;', 'address 10.10.0.13;');
      const bin = join(repoRoot, 'packages/linter/bin/dhcplint.js');
      const r = spawnSync(process.execPath, [bin, '--fix-pair', role, join(dir, 'serv1'), join(dir, 'serv2')], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stdout + r.stderr).not.toMatch(/pair-ports|pair-addresses/);
      const left = lintPair(dir).diagnostics;
      expect([...of(left, 'pair-ports'), ...of(left, 'pair-addresses')].map((d) => d.message)).toEqual([]);
      if (role === 'primary') {
        expect(text(dir, FO2)).toContain('  address 10.10.0.12;\n  port 847;\n');
      } else {
        expect(text(dir, FO1)).toContain('  peer address 10.10.0.13;\n  peer port 647;\n');
      }
      if (hasDhcpd) for (const s of ['serv1', 'serv2'] as const) expect(dhcpdAccepts(dir, s).ok).toBe(true);
    });
  }
});
