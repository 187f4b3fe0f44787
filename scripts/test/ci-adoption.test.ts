import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './corpus.js';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
}

/** Runs the action's lint step exactly as GitHub would: its script, its env with inputs filled in. */
function runActionStep(inputs: Record<string, string>, cwd: string) {
  const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { steps: Step[] };
  };
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.env ?? {}))
    env[k] = v.replace(/\$\{\{ inputs\.([a-z-]+) \}\}/g, (_, n) => value(n));
  return spawnSync('bash', ['-e', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: repoRoot, NO_COLOR: '1' },
  });
}

describe('GitHub Action', () => {
  const ws = () => {
    const d = mkdtempSync(join(tmpdir(), 'dhcplint-action-'));
    cpSync(join(repoRoot, 'test-fixtures/deployment'), d, { recursive: true });
    return d;
  };

  it('passes a clean pair and annotates a broken one', () => {
    const d = ws();
    const clean = runActionStep({ paths: 'serv1 serv2' }, d);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
    writeFileSync(
      join(d, 'serv2/etc/dhcp/failover.conf'),
      readFileSync(join(d, 'serv2/etc/dhcp/failover.conf'), 'utf8').replace('peer port 647;', 'peer port 847;'),
    );
    const broken = runActionStep({ paths: 'serv1 serv2' }, d);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^::error file=serv2\/etc\/dhcp\/failover\.conf,line=7,.*title=pair-ports::/m);
  });

  it('writes a SARIF file when asked', () => {
    const d = ws();
    const r = runActionStep(
      { paths: 'serv1 serv2', format: 'sarif', 'sarif-file': 'out.sarif', args: '--max-warnings 0' },
      d,
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('pre-commit hooks', () => {
  const hooks = parseYaml(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    files: string;
    language: string;
  }[];

  it('select dhcpd configs by name', () => {
    const re = new RegExp(hooks[0]!.files);
    for (const f of ['etc/dhcp/dhcpd.conf', 'dhcpd6.conf', 'site/a.dhcpd.conf', 'etc/dhcp/failover.conf'])
      expect(f).toMatch(re);
    for (const f of ['etc/dhcp/dhclient.conf', 'notdhcpd.conf.bak', 'README.md']) expect(f).not.toMatch(re);
  });

  it('run their entries through the package bin the way pre-commit does (entry + file names)', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const d = mkdtempSync(join(tmpdir(), 'dhcplint-hook-'));
    const file = join(d, 'dhcpd.conf');
    writeFileSync(file, 'default-lease-time 600\nmax-lease-time 7200;\n');
    for (const hook of hooks) {
      const [cmd, ...args] = hook.entry.split(' ');
      expect(hook.language).toBe('node');
      const r = spawnSync(process.execPath, [join(repoRoot, pkg.bin[cmd!]!), ...args, file], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      // dhcplint: 1 for the errors; dhcplint-fmt: 2, it does not format a file with syntax errors.
      expect(r.status, `${hook.id}: ${r.stdout}${r.stderr}`).toBe(hook.entry.includes(' fmt') ? 2 : 1);
    }
  });
});
