// One discovery for the CLI and the editor: over the same layouts, the command line and the
// language server find the same pair and report the same pair mismatch, whatever the files are
// called and however the user points at them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './client.js';
import { perCase } from './support/per-case.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const flatFixture = join(repoRoot, 'test-fixtures/flat');
const deployment = join(repoRoot, 'test-fixtures/deployment');

interface Layout {
  /** The workspace folder (language server) and the folder the CLI runs in. */
  workspace: string;
  /** What the CLI is given, relative to `cwd`. */
  cliArgs: string[];
  cwd: string;
  /** The file the editor opens, and the one whose mismatch it must show. */
  open: string;
  mismatchIn: string;
}

const cases = perCase('dhcplint-same-');
const temp = cases.temp;

/** The flat pair with serv2's failover port changed: a pair-ports error on serv1's `peer port` line. */
function flatPair(dir: string, names = { a: 'serv1_dhcpd.conf', b: 'serv2_dhcpd.conf' }): void {
  cpSync(flatFixture, dir, { recursive: true });
  const b = join(dir, 'serv2_dhcpd.conf');
  writeFileSync(b, readFileSync(b, 'utf8').replace(/^ {2}port 647;$/m, '  port 847;'));
  if (names.a !== 'serv1_dhcpd.conf') renameSync(join(dir, 'serv1_dhcpd.conf'), join(dir, names.a));
  if (names.b !== 'serv2_dhcpd.conf') renameSync(b, join(dir, names.b));
}

function cliPairPorts(l: Layout): string[] {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...l.cliArgs], {
    cwd: l.cwd,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
  return files.flatMap((f) =>
    f.messages.filter((m) => m.ruleId === 'pair-ports').map((m) => `${f.filePath}:${m.line}`),
  );
}

async function lspPairPorts(l: Layout): Promise<string[]> {
  const client = await cases.start(l.workspace);
  client.open(l.open);
  const p = await client.waitDiagnostics(l.mismatchIn, (d) => d.diagnostics.some((x) => x.code === 'pair-ports'));
  return p.diagnostics.filter((x) => x.code === 'pair-ports').map((x) => `${l.mismatchIn}:${x.range.start.line + 1}`);
}

const layouts: [string, () => Layout][] = [
  [
    'loose files named primary.conf and secondary.conf',
    () => {
      const d = temp();
      flatPair(d, { a: 'primary.conf', b: 'secondary.conf' });
      rmSync(join(d, '.dhcplintrc.json'), { force: true });
      return {
        workspace: d,
        cwd: d,
        cliArgs: ['primary.conf', 'secondary.conf'],
        open: join(d, 'secondary.conf'),
        mismatchIn: join(d, 'primary.conf'),
      };
    },
  ],
  [
    'loose files serv1.conf and serv2.conf, the folder given',
    () => {
      const d = temp();
      flatPair(d, { a: 'serv1.conf', b: 'serv2.conf' });
      rmSync(join(d, '.dhcplintrc.json'), { force: true });
      return { workspace: d, cwd: d, cliArgs: ['.'], open: join(d, 'serv1.conf'), mismatchIn: join(d, 'serv1.conf') };
    },
  ],
  [
    'a flat folder with a manifest, from its parent',
    () => {
      const d = temp();
      flatPair(join(d, 'flat'));
      return {
        workspace: d,
        cwd: d,
        cliArgs: ['flat'],
        open: join(d, 'flat/serv2_dhcpd.conf'),
        mismatchIn: join(d, 'flat/serv1_dhcpd.conf'),
      };
    },
  ],
  [
    'a flat folder whose manifest sits two levels up',
    () => {
      const d = temp();
      flatPair(join(d, 'site/dhcp'));
      const rc = JSON.parse(readFileSync(join(d, 'site/dhcp/.dhcplintrc.json'), 'utf8')) as {
        servers: Record<string, { config: string; defaults?: string; netplan?: string[] }>;
      };
      for (const s of Object.values(rc.servers)) {
        s.config = `site/dhcp/${s.config}`;
        if (s.defaults) s.defaults = `site/dhcp/${s.defaults}`;
        s.netplan = s.netplan?.map((n) => `site/dhcp/${n}`);
      }
      writeFileSync(join(d, '.dhcplintrc.json'), JSON.stringify(rc));
      rmSync(join(d, 'site/dhcp/.dhcplintrc.json'));
      return {
        workspace: d,
        cwd: join(d, 'site/dhcp'),
        cliArgs: ['.'],
        open: join(d, 'site/dhcp/serv1_dhcpd.conf'),
        mismatchIn: join(d, 'site/dhcp/serv1_dhcpd.conf'),
      };
    },
  ],
  [
    'server roots given as lists of files',
    () => {
      const d = temp();
      cpSync(deployment, d, { recursive: true });
      const fo2 = join(d, 'serv2/etc/dhcp/failover.conf');
      writeFileSync(
        fo2,
        readFileSync(fo2, 'utf8').replace('port 647;', 'port 847;').replace('peer port 847;', 'peer port 647;'),
      );
      const files = ['serv1', 'serv2'].flatMap((s) => [`${s}/etc/dhcp/dhcpd.conf`, `${s}/etc/dhcp/failover.conf`]);
      return {
        workspace: d,
        cwd: d,
        cliArgs: files,
        open: join(d, 'serv1/etc/dhcp/failover.conf'),
        mismatchIn: join(d, 'serv1/etc/dhcp/failover.conf'),
      };
    },
  ],
];

describe('the CLI and the language server find the same pair', () => {
  for (const [name, make] of layouts) {
    it(name, async () => {
      const layout = make();
      const fromCli = cliPairPorts(layout);
      expect(fromCli.length, `the CLI reports the mismatch (${name})`).toBeGreaterThan(0);
      const fromLsp = await lspPairPorts(layout);
      expect(fromLsp).toEqual(fromCli.filter((x) => x.startsWith(`${layout.mismatchIn}:`)));
    });
  }

  it('one half alone: both say the pair checks did not run', async () => {
    const d = temp();
    flatPair(d, { a: 'primary.conf', b: 'secondary.conf' });
    rmSync(join(d, '.dhcplintrc.json'), { force: true });
    mkdirSync(join(d, 'alone'));
    renameSync(join(d, 'primary.conf'), join(d, 'alone/primary.conf'));
    const r = spawnSync(process.execPath, [cli, '--format', 'json', 'alone/primary.conf'], {
      cwd: d,
      encoding: 'utf8',
    });
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) =>
      f.messages.map((m) => m.ruleId),
    );
    expect(ids).toContain('pair-partner-missing');
    const client = await cases.start(join(d, 'alone'));
    client.open(join(d, 'alone/primary.conf'));
    await client.waitDiagnostics(join(d, 'alone/primary.conf'), (p) =>
      p.diagnostics.some((x) => x.code === 'pair-partner-missing'),
    );
  });
});
