// Review of #15, finding 7: a binary file whose name says dhcpd is skipped by a folder scan; it
// is an error only when named. Through the built CLI.
import { describe, expect, it } from 'vitest';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatFixture, runCli, tempDirs } from './support/cli-json.js';

const temp = tempDirs();
const run = runCli;

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
