import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

/** The first ```js block after `heading` in a package README, with imports pointed at the build. */
function example(pkg: 'parser' | 'linter', heading: string): string {
  const readme = readFileSync(join(repoRoot, `packages/${pkg}/README.md`), 'utf8');
  const from = readme.indexOf(heading);
  const m = /```js\n([\s\S]*?)```/.exec(readme.slice(from));
  return m![1]!.replace(
    /'@dhcplint\/(parser|linter)'/g,
    (_, p) => `'${join(repoRoot, `packages/${p}/dist/index.js`)}'`,
  );
}

function runIn(dir: string, code: string) {
  writeFileSync(join(dir, 'example.mjs'), code);
  return spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
}

describe('README examples run as written', () => {
  it('@dhcplint/parser', () => {
    const r = runIn(mkdtempSync(join(tmpdir(), 'dhcplint-readme-')), example('parser', '# @dhcplint/parser'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('10.0.0.0 255.255.255.0');
  });

  it('@dhcplint/parser, incremental re-parsing', () => {
    const r = runIn(mkdtempSync(join(tmpdir(), 'dhcplint-readme-')), example('parser', '## Incremental re-parsing'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('reused: 997, reparsed: 3');
  });

  it('@dhcplint/linter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-readme-'));
    mkdirSync(join(dir, 'servers'));
    cpSync(join(repoRoot, 'test-fixtures/deployment/serv1'), join(dir, 'servers/dhcp1'), { recursive: true });
    cpSync(join(repoRoot, 'test-fixtures/deployment/serv2'), join(dir, 'servers/dhcp2'), { recursive: true });
    cpSync(join(repoRoot, 'test-fixtures/flat/serv1_dhcpd.conf'), join(dir, 'a.conf'));
    cpSync(join(repoRoot, 'test-fixtures/flat/serv2_dhcpd.conf'), join(dir, 'b.conf'));
    const r = runIn(dir, example('linter', '## Library'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("peer: 'campus-fo'");
  });
});
