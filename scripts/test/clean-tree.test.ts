import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

// `npm test` without the corpus: the corpus checks are counted as skipped in the closing line, and
// the run leaves the working tree as it found it (the compat test used to rewrite compat/REPORT.md).
const gitStatus = () =>
  spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repoRoot, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
const hasGit =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() ===
  'true';
if (!hasGit) console.warn('\n*** SKIPPING clean-tree test: not a git checkout ***\n');

describe.skipIf(!hasGit)('a test run without the corpus', () => {
  it('counts the corpus checks as skipped and changes no file in the working tree', () => {
    const before = gitStatus();
    const report = readFileSync(join(repoRoot, 'compat/REPORT.md'), 'utf8');
    // compat.test.ts checks its own corpus skip and that it never writes the tracked report; running
    // the whole comparison a second time here, beside the suite's own run, only adds load.
    const files = ['packages/parser/test/printer.test.ts', 'packages/parser/test/incremental.test.ts'];
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/run-tests.mjs'), ...files], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, DHCPLINT_CORPUS: '/nonexistent-dhcplint-corpus', DHCPLINT_PROPERTY_RUNS: '50' },
    });
    const closing = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(r.stdout);
    expect(closing, r.stdout.slice(-2000) + r.stderr.slice(-2000)).not.toBeNull();
    expect(Number(closing![2]), r.stdout.slice(-4000)).toBe(0);
    expect(Number(closing![3])).toBeGreaterThanOrEqual(3); // printer ×2, incremental ×1
    expect(r.status).toBe(0);
    expect(readFileSync(join(repoRoot, 'compat/REPORT.md'), 'utf8')).toBe(report);
    expect(gitStatus().filter((line) => !before.includes(line))).toEqual([]);
  }, 300_000);
});
