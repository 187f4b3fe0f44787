// Review of #15, finding 1: a parent folder holding several pairs. Pairing goes by folder group
// first (configs in one folder, one manifest, sibling server roots), so each group's pair is found
// and checked; two configs in different folders are paired only as a primary and a secondary;
// an ambiguous group says so. The CLI and the language server give the same pair diagnostics.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './client.js';
import { perCase } from './support/per-case.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const flatFixture = join(repoRoot, 'test-fixtures/flat');
const deployment = join(repoRoot, 'test-fixtures/deployment');

const cases = perCase('review15-pairing-');
const temp = cases.temp;

const flatConf = (n: 1 | 2) => readFileSync(join(flatFixture, `serv${n}_dhcpd.conf`), 'utf8');
/** serv2 listens on 847: serv1's `peer port 647;` is a pair-ports error. */
const mismatched = (text: string) => text.replace(/^ {2}port 647;$/m, '  port 847;');

/** Two loose configs (no manifest) in `dir`, serv2's port changed. */
function loosePair(dir: string, names: [string, string] = ['serv1.conf', 'serv2.conf']): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, names[0]), flatConf(1));
  writeFileSync(join(dir, names[1]), mismatched(flatConf(2)));
}

/** The flat fixture (manifest, netplan, defaults) in `dir`, serv2's port changed. */
function flatPair(dir: string): void {
  cpSync(flatFixture, dir, { recursive: true });
  writeFileSync(join(dir, 'serv2_dhcpd.conf'), mismatched(flatConf(2)));
}

/** The deployment's two server roots in `dir`, serv2's port changed. */
function rootsPair(dir: string): void {
  cpSync(deployment, dir, { recursive: true });
  const fo2 = join(dir, 'serv2/etc/dhcp/failover.conf');
  writeFileSync(fo2, readFileSync(fo2, 'utf8').replace(/^ {2}port 647;$/m, '  port 847;'));
}

interface CliRun {
  status: number | null;
  summary: string;
  byRule: (rule: string) => string[];
  messages: (rule: string) => string[];
}

function runCli(cwd: string, args: string[]): CliRun {
  const json = spawnSync(process.execPath, [cli, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const stylish = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const files = JSON.parse(json.stdout) as {
    filePath: string;
    messages: { ruleId: string; line: number; message: string }[];
  }[];
  return {
    status: json.status,
    summary: stylish.stderr,
    byRule: (rule) =>
      files.flatMap((f) => f.messages.filter((m) => m.ruleId === rule).map((m) => `${f.filePath}:${m.line}`)).sort(),
    messages: (rule) => files.flatMap((f) => f.messages.filter((m) => m.ruleId === rule).map((m) => m.message)),
  };
}

/** The language server's diagnostics of `rule` in `file`, once it has published one (or, with `none`, once it published any for `file`). */
async function lspRule(workspace: string, open: string, file: string, rule: string, none = false): Promise<string[]> {
  // One server per case: a second call in the same case asks the server the first one started.
  const client = cases.current ?? (await cases.start(workspace));
  client.open(open);
  const p = await client.waitDiagnostics(file, (d) => none || d.diagnostics.some((x) => x.code === rule));
  return p.diagnostics.filter((x) => x.code === rule).map((x) => `${file}:${x.range.start.line + 1}`);
}

describe('a parent folder holding several pairs', () => {
  it('two loose pairs and a flat manifest side by side: three pairs, each mismatch reported, in the CLI and the editor', async () => {
    const d = temp();
    loosePair(join(d, 'sites/a'));
    loosePair(join(d, 'sites/b'));
    flatPair(join(d, 'sites/c'));
    const r = runCli(d, ['sites']);
    expect(r.summary).toContain('3 failover pairs');
    // The summary tells the pairs apart by their folders.
    expect(r.summary).toContain('a/serv1.conf ↔ a/serv2.conf, b/serv1.conf ↔ b/serv2.conf');
    expect(r.byRule('pair-partner-missing')).toEqual([]);
    const a = join(d, 'sites/a/serv1.conf');
    const b = join(d, 'sites/b/serv1.conf');
    const c = join(d, 'sites/c/serv1_dhcpd.conf');
    const ports = r.byRule('pair-ports');
    for (const f of [a, b, c])
      expect(
        ports.some((x) => x.startsWith(`${f}:`)),
        `pair-ports in ${f}: ${ports.join(' ')}`,
      ).toBe(true);
    expect(r.status).toBe(1);
    // The editor, with the parent folder as its workspace, pairs each group the same way.
    for (const f of [a, c])
      expect(await lspRule(join(d, 'sites'), f, f, 'pair-ports')).toEqual(ports.filter((x) => x.startsWith(`${f}:`)));
  });

  it('two folders given, each holding a pair: both pairs are checked', () => {
    const d = temp();
    loosePair(join(d, 'sites/a'));
    loosePair(join(d, 'sites/b'));
    const r = runCli(d, ['sites/a', 'sites/b']);
    expect(r.summary).toContain('2 failover pairs');
    expect(r.byRule('pair-ports')).toHaveLength(2);
  });

  it('a flat manifest folder beside two server roots: the manifest pair and the roots pair', async () => {
    const d = temp();
    flatPair(join(d, 'sites2/c'));
    rootsPair(join(d, 'sites2'));
    const r = runCli(d, ['sites2']);
    expect(r.summary).toContain('2 failover pairs');
    expect(r.byRule('pair-partner-missing')).toEqual([]);
    const fo1 = join(d, 'sites2/serv1/etc/dhcp/failover.conf');
    const c1 = join(d, 'sites2/c/serv1_dhcpd.conf');
    const ports = r.byRule('pair-ports');
    for (const f of [fo1, c1])
      expect(
        ports.some((x) => x.startsWith(`${f}:`)),
        `pair-ports in ${f}: ${ports.join(' ')}`,
      ).toBe(true);
    expect(await lspRule(join(d, 'sites2'), fo1, fo1, 'pair-ports')).toEqual(
      ports.filter((x) => x.startsWith(`${fo1}:`)),
    );
    expect(await lspRule(join(d, 'sites2'), c1, c1, 'pair-ports')).toEqual(ports.filter((x) => x.startsWith(`${c1}:`)));
  });

  it('copies of the same halves in different folders are never paired with each other (two primaries, two secondaries)', async () => {
    const d = temp();
    // Each folder: a primary in a/ and a secondary in b/ (their peer names differ, as in the review).
    for (const top of ['p2', 'fp3']) {
      mkdirSync(join(d, top, 'a'), { recursive: true });
      mkdirSync(join(d, top, 'b'), { recursive: true });
      writeFileSync(join(d, top, 'a/x.conf'), flatConf(1));
      writeFileSync(join(d, top, 'b/y.conf'), flatConf(2).replace(/"campus-fo"/g, '"other-fo"'));
    }
    const r = runCli(d, ['.']);
    expect(r.byRule('pair-roles')).toEqual([]);
    expect(r.byRule('pair-addresses')).toEqual([]);
    expect(r.summary).toContain('0 failover pairs');
    // Not silent: each half says why it was not paired, naming the configs that could have been its partner.
    const notes = r.messages('pair-partner-missing');
    expect(notes).toHaveLength(4);
    for (const n of notes) expect(n).toMatch(/also declares it, but as (primary|secondary) too/);
    const x = join(d, 'p2/a/x.conf');
    const lsp = await lspRule(d, x, x, 'pair-roles', true);
    expect(lsp).toEqual([]);
  });

  it('a folder with one primary and two secondaries of the same relationship: an ambiguity diagnostic, no silent pass', () => {
    const d = temp();
    loosePair(join(d, 'three'));
    writeFileSync(join(d, 'three/serv3.conf'), flatConf(2).replace('10.10.0.12', '10.10.0.13'));
    const r = runCli(d, ['three']);
    const notes = r.messages('pair-partner-missing');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toContain('ambiguous');
    expect(notes.join('\n')).toContain('serv3.conf');
    expect(r.summary).toMatch(/without (its|their) partner/);
  });
});
