import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

const hasDhcpd = existsSync('/usr/sbin/dhcpd');
if (!hasDhcpd)
  console.warn('\n*** SKIPPING dhcpd message matrix: dhcpd not installed (apt-get install isc-dhcp-server) ***\n');

// compat/messages/: every config-time message of dhcpd, classified, with a fixture for each one a
// config can trigger. The script re-runs dhcpd and dhcplint on every fixture and fails when a
// fixture stops reproducing its message or a message dhcplint used to flag is missed.
describe.skipIf(!hasDhcpd)('dhcpd message matrix', () => {
  it('still reproduces every reachable message and loses no coverage', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/messages-matrix.mjs')], {
      encoding: 'utf8',
      cwd: repoRoot,
      timeout: 600_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(out).not.toMatch(/REGRESSION|no longer/);
    expect(r.status, out).toBe(0);
  }, 600_000);
});
