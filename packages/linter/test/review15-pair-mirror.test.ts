// Review of #15, finding 4: pair-ports and pair-addresses had no quick fix (only "Disable …") and
// `--fix-pair` left both sides as they were. Each server's `peer port` is the other's `port` and
// its `peer address` the other's `address`: the fix takes the partner's counterpart value here, or
// writes this side's value into the partner's counterpart (adding the statement when it is not
// written, dhcpd's default 647 being the value it had).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchingEdits, type Diagnostic } from '@dhcplint/linter';
import {
  applyEdit,
  deploymentCopies,
  dhcpdAccepts,
  edit,
  FO1,
  FO2,
  hasDhcpd,
  lintPair,
} from './support/deployment-pair.js';
import { cli } from './support/cli-json.js';

const deployment = deploymentCopies('review15-mirror-');

const text = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

const of = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.ruleId === rule);

/** The one diagnostic of `rule`, and its matching edits. */
function onlyEdits(dir: string, rule: string) {
  const { diagnostics, fileOf } = lintPair(dir);
  const found = of(diagnostics, rule);
  expect(found, JSON.stringify(found.map((d) => d.message))).toHaveLength(1);
  const edits = matchingEdits(found[0]!, fileOf);
  expect(edits, `no matching edits for ${rule}`).toBeDefined();
  return edits!;
}

if (!hasDhcpd)
  console.warn(
    '\n*** review15-pair-mirror: dhcpd is not installed; the dhcpd -t checks of the fixed files are SKIPPED ***\n',
  );

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
      const r = spawnSync(process.execPath, [cli, '--fix-pair', role, join(dir, 'serv1'), join(dir, 'serv2')], {
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
