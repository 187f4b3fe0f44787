import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

// One version for every package (the root package.json's), written everywhere by scripts/version.mjs.
const script = join(repoRoot, 'scripts/version.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

const rootJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  workspaces: string[];
};
const manifests = ['package.json', ...rootJson.workspaces.map((w) => `${w}/package.json`)];

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A temporary checkout holding only what the script reads: the manifests and the lockfile. */
function copyOfManifests(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhcplint-versions-'));
  temps.push(dir);
  for (const file of [...manifests, 'package-lock.json']) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  return dir;
}

describe('the version in one place', () => {
  it('every package.json and the lockfile agree with the root version', () => {
    const r = run('--check');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`every package is at ${rootJson.version}`);
    expect(r.status).toBe(0);
    // Also read here, not only by the script: every workspace's version and dependency ranges.
    for (const file of manifests) {
      const json = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as {
        version?: string;
        dependencies?: Record<string, string>;
      };
      expect(json.version, file).toBe(rootJson.version);
      for (const [dep, range] of Object.entries(json.dependencies ?? {}))
        if (dep.startsWith('@dhcplint/')) expect(range, `${file} → ${dep}`).toBe(rootJson.version);
    }
  });

  it('sets a new version in every manifest, the workspace dependency ranges and the lockfile, changing no other line', () => {
    const dir = copyOfManifests();
    const before = new Map(manifests.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const r = run('2.3.4', '--root', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);

    for (const file of manifests) {
      const after = readFileSync(join(dir, file), 'utf8');
      const json = JSON.parse(after) as { version: string; dependencies?: Record<string, string> };
      expect(json.version, file).toBe('2.3.4');
      // Hand-kept layouts stay: only the version lines and the workspace dependency entries change.
      const old = before.get(file)!.split('\n');
      const changed = after.split('\n').filter((line, i) => line !== old[i]);
      expect(after.split('\n').length, file).toBe(old.length);
      for (const line of changed) expect(line, file).toMatch(/"(version|@dhcplint\/[a-z-]+)": "2\.3\.4"/);
    }
    const lsp = JSON.parse(readFileSync(join(dir, 'packages/lsp/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(lsp.dependencies['@dhcplint/linter']).toBe('2.3.4');
    expect(lsp.dependencies['@dhcplint/parser']).toBe('2.3.4');
    expect(lsp.dependencies['vscode-languageserver']).not.toBe('2.3.4');

    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
      version: string;
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    expect(lock.version).toBe('2.3.4');
    expect(lock.packages['']!.version).toBe('2.3.4');
    expect(lock.packages['packages/linter']!.version).toBe('2.3.4');
    expect(lock.packages['packages/linter']!.dependencies!['@dhcplint/parser']).toBe('2.3.4');
    expect(lock.packages['node_modules/typescript']!.version).not.toBe('2.3.4');

    const check = run('--check', '--root', dir);
    expect(check.stdout).toContain('every package is at 2.3.4');
    expect(check.status).toBe(0);
  });

  it('--check names each manifest or lockfile entry that disagrees, and fails', () => {
    const dir = copyOfManifests();
    const file = join(dir, 'packages/lsp/package.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/("@dhcplint\/parser": )"[^"]*"/, '$1"0.0.9"'));
    const lockFile = join(dir, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, { version?: string }> };
    lock.packages['packages/parser']!.version = '0.0.8';
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));

    const r = run('--check', '--root', dir);
    expect(r.stderr).toContain(
      `packages/lsp/package.json: dependencies.@dhcplint/parser is "0.0.9", not ${rootJson.version}`,
    );
    expect(r.stderr).toContain(
      `package-lock.json: packages["packages/parser"].version is "0.0.8", not ${rootJson.version}`,
    );
    expect(r.stderr).toContain('2 place(s) disagree');
    expect(r.status).toBe(1);

    // Writing the root version everywhere repairs both.
    expect(run('--root', dir).status).toBe(0);
    expect(run('--check', '--root', dir).status).toBe(0);
  });

  it('refuses a version that is not X.Y.Z and writes nothing', () => {
    const dir = copyOfManifests();
    const before = readFileSync(join(dir, 'package.json'), 'utf8');
    const r = run('1.2', '--root', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(before);
  });
});
