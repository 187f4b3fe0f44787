import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

// The checked-in API reports (etc/api/*.api.md) against the built declarations: a change to the
// public surface fails here until `npm run api` rewrites the reports and they are committed.
// `npm test` builds first; the script reads packages/*/dist/*.d.ts.
const script = join(repoRoot, 'scripts/api-report.mjs');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('API reports', () => {
  it('etc/api matches the public surface of each entry point', () => {
    const r = run('--check');
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/report\(s\) up to date \(parser, (parser-internal, )?linter[,)]/);
  });

  it('--check fails, naming the report, when the surface differs from it', () => {
    const reports = mkdtempSync(join(tmpdir(), 'dhcplint-api-test-'));
    temps.push(reports);
    const report = readFileSync(join(repoRoot, 'etc/api/parser.api.md'), 'utf8');
    // As if `parse` had been exported by accident since the report was written.
    const withoutParse = report.replace(/^export function parse\(.*\n/m, '');
    expect(withoutParse).not.toBe(report);
    writeFileSync(join(reports, 'parser.api.md'), withoutParse);

    const r = run('--check', '--entry', 'parser', '--reports', reports);
    expect(r.stderr).toContain('the public API changed');
    expect(r.stderr).toContain('parser.api.md');
    expect(r.stderr).toMatch(/^\+\d+: export function parse\(text: string/m); // what changed, for the CI log
    expect(r.status).toBe(1);
    // The check never rewrites the report it compares against.
    expect(readFileSync(join(reports, 'parser.api.md'), 'utf8')).toBe(withoutParse);
  });
});
