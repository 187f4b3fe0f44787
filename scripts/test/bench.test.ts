import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

// Smoke test only: the benchmark runs end to end on the small size and writes sane results.
// No timing assertions (machines are noisy); the numbers themselves live in bench/RESULTS.md.
describe('npm run bench (smoke)', () => {
  it('measures every task on the 100 KB config and writes results.json, RESULTS.md and the chart', () => {
    const out = mkdtempSync(join(tmpdir(), 'dhcplint-bench-smoke-'));
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, 'bench/run.mjs'), '--sizes', '100KB', '--reps', '1', '--out', out],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).not.toMatch(/Problems during the run/);
    expect(r.status).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.files['100KB'].bytes).toBeGreaterThan(50_000);
    for (const task of ['regex-floor', 'lex', 'parse', 'print', 'format', 'lint', 'pair']) {
      const m = results.measurements[`100KB:${task}`];
      expect(m?.wallMs?.median, task).toBeGreaterThan(0);
    }
    expect(results.measurements['100KB:parse'].workMs.median).toBeGreaterThan(0);
    expect(results.lspEditToDiagnostics.length).toBe(0); // the LSP is measured on 2 MB and 10 MB only
    const md = readFileSync(join(out, 'RESULTS.md'), 'utf8');
    expect(md).toMatch(/\| dhcplint full lint \(CLI\) \| \d+/);
    expect(readFileSync(join(out, 'chart.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<path /);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  }, 150_000);

  it('measures the language server: edit → diagnostics, and hover answers while a check runs', async () => {
    const { measureLspEdit } = await import('../../bench/lsp-edit.mjs');
    const { generateConfig, SIZES } = await import('../../bench/generate.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-bench-lsp-smoke-'));
    const file = join(dir, 'dhcpd.conf');
    writeFileSync(file, generateConfig(SIZES['100KB']));
    const r = await measureLspEdit(file, 3);
    expect(r.n).toBe(2); // the first edit after opening is reported on its own
    expect(r.firstEditMs).toBeGreaterThan(0);
    expect(r.median).toBeGreaterThan(0);
    expect(r.openMs).toBeGreaterThan(0);
    expect(typeof r.hoverDuringCheck.n).toBe('number');
  }, 150_000);
});
