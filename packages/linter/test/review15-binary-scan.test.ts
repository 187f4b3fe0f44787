// Review of #15, finding 7: a binary file whose name says dhcpd is skipped by a folder scan; it
// is an error only when named. Through the built CLI.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/test/corpus.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const flatFixture = join(repoRoot, 'test-fixtures/flat');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'review15-cli-'));
  dirs.push(d);
  return d;
}

interface Message {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

function run(
  cwd: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string; messages: (file: string) => Message[] } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return {
    ...r,
    messages: (file) => {
      const files = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
      return files.find((f) => f.filePath === file)?.messages ?? [];
    },
  };
}

describe('finding 7: binary files in a folder scan', () => {
  function withBinary(): string {
    const d = temp();
    cpSync(flatFixture, d, { recursive: true });
    rmSync(join(d, '.dhcplintrc.json'));
    writeFileSync(join(d, 'junk_dhcpd.conf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0x0a]));
    return d;
  }

  it('a binary *_dhcpd.conf found by a scan is skipped: no error, exit as without it', () => {
    const d = withBinary();
    const r = run(d, ['.']);
    expect(r.stderr).not.toContain('binary');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('2 servers, 1 failover pair');
    // Named explicitly, it is still refused.
    const named = run(d, ['junk_dhcpd.conf']);
    expect(named.stderr).toContain('binary');
    expect(named.status).toBe(2);
  });
});
