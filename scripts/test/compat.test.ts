import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

const hasDhcpd = existsSync('/usr/sbin/dhcpd');
if (!hasDhcpd) console.warn('\n*** SKIPPING compat test: dhcpd not installed (apt-get install isc-dhcp-server) ***\n');

describe.skipIf(!hasDhcpd)('agreement with dhcpd -t', () => {
  it('flags every file dhcpd rejects and parses every file it accepts without syntax errors', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/compat.mjs')], { encoding: 'utf8', cwd: repoRoot });
    expect(r.stdout + r.stderr).toMatch(/unexplained disagreements: 0/);
    expect(r.status).toBe(0);
    const report = readFileSync(join(repoRoot, 'compat/REPORT.md'), 'utf8');
    expect(report).toContain('test-fixtures/deployment/serv1/etc/dhcp/dhcpd.conf');
  });
});
