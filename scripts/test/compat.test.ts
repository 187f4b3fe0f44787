import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusAvailable, corpusEntries, repoRoot } from './corpus.js';

const hasDhcpd = existsSync('/usr/sbin/dhcpd') || existsSync('/usr/bin/dhcpd');
if (!hasDhcpd) console.warn('\n*** SKIPPING compat test: dhcpd not installed (apt-get install isc-dhcp-server) ***\n');
const hasCorpus = corpusAvailable();

describe.skipIf(!hasDhcpd)('agreement with dhcpd -t', () => {
  // One run of the comparison; its report goes to a temporary file, never to the tracked compat/REPORT.md.
  let dir = '';
  let run: SpawnSyncReturns<string>;
  let report = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dhcplint-compat-test-'));
    run = spawnSync(process.execPath, [join(repoRoot, 'scripts/compat.mjs'), '--out', join(dir, 'REPORT.md')], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    report = existsSync(join(dir, 'REPORT.md')) ? readFileSync(join(dir, 'REPORT.md'), 'utf8') : '';
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags every file dhcpd rejects and parses every file it accepts without syntax errors', () => {
    expect(run.stdout + run.stderr).toMatch(/unexplained disagreements: 0/);
    expect(run.status).toBe(0);
    expect(report).toContain('test-fixtures/deployment/serv1/etc/dhcp/dhcpd.conf');
  });

  it('checks that fixes stay accepted and never hide a rejection, and reports locations and rule claims', () => {
    const out = run.stdout + run.stderr;
    expect(out).toMatch(/fixes: [1-9]\d* fixed inputs, 0 broke an accepted file, 0 hid a rejection/);
    expect(out).toMatch(/locations: \d+\/\d+ rejected files with dhcplint's first error on dhcpd's line/);
    expect(out).toMatch(/rule claims: 0 wrong of \d+/);
    expect(report).toContain('## Fixes: what `--fix` writes, run through dhcpd');
    expect(report).toContain("## Locations: dhcpd's line against dhcplint's first error");
    expect(report).toMatch(/\| host-duplicates \| rejects \| error \| rejects \|/);
    // A server root is run as its server reads it: the deployment pair's main configs are accepted.
    expect(report).toMatch(/\| test-fixtures\/deployment\/serv1\/etc\/dhcp\/dhcpd.conf \| ok \|/);
  });

  it.skipIf(!hasCorpus)('covers every corpus config', () => {
    const configs = corpusEntries().filter((e) => e.kind !== 'leases' && e.kind !== 'default');
    expect(configs.length).toBeGreaterThan(0);
    for (const e of configs) expect(report).toContain(`| corpus/${e.file} |`);
  });
});

describe('compat report location', () => {
  it('is written only when asked: an unknown argument is refused before anything runs', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/compat.mjs'), '--frobnicate'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument '--frobnicate'.*--write.*--out FILE/);
  });

  it('refuses --write without the corpus, leaving the tracked report as it was', () => {
    const tracked = join(repoRoot, 'compat/REPORT.md');
    const before = readFileSync(tracked, 'utf8');
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/compat.mjs'), '--write'], {
      encoding: 'utf8',
      cwd: repoRoot,
      env: { ...process.env, DHCPLINT_CORPUS: '/nonexistent-dhcplint-corpus' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--write needs the corpus/);
    expect(readFileSync(tracked, 'utf8')).toBe(before);
  });
});
