import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../bench/report.mjs';
import { evaluateTargets, perMbAboveStartup, spread, verdict, wall } from '../../bench/targets.mjs';

// The verdicts of issue #18's targets are computed from figures of one bench run; these tests pin
// the arithmetic (never any timing).
const m = (wallMs: number, peakRssMb: number) => ({ wallMs: { median: wallMs }, peakRssMb: { median: peakRssMb } });
const results = (over: Record<string, unknown> = {}) => ({
  pairSize: '10MB',
  files: { '100KB': { bytes: 100_000 }, '10MB': { bytes: 10_000_000 }, '50MB': { bytes: 50_000_000 } },
  measurements: {
    'all:node-start': m(50, 40),
    'all:lint-empty': m(80, 50),
    '100KB:lint': m(90, 51),
    '10MB:lint': m(1080, 150),
    '50MB:lint': m(5080, 550),
    '10MB:dhcpd': m(2200, 270),
    '10MB:pair': m(1500, 220),
  } as Record<string, ReturnType<typeof m>>,
  lspEditToDiagnostics: [
    { size: '2MB', median: 49, hoverDuringOpen: { max: 10 } },
    {
      size: '10MB',
      median: 151,
      openMs: 1400,
      hoverDuringOpen: { max: 101 },
      openCheckedMs: 1600,
      hoverAfterFirstDiagnostics: { max: 90 },
    },
  ],
  ...over,
});
type Target = ReturnType<typeof evaluateTargets>[number];
// A lookup that names a missing target, rather than a TypeError on undefined.
const byId = (r: object) => {
  const targets = new Map(evaluateTargets(r).map((t) => [t.id, t]));
  return (id: string): Target => {
    const target = targets.get(id);
    if (!target) throw new Error(`no target '${id}'`);
    return target;
  };
};

describe('bench targets', () => {
  it('computes each ratio and its verdict from the same run', () => {
    const t = byId(results());
    expect(t('lint-time').value).toBeCloseTo(1080 / 1100);
    expect(t('lint-time').pass).toBe(true);
    expect(t('lint-time-keama').pass).toBe(false); // 1080 > 2200 / 3
    expect(t('lint-rss').value).toBeCloseTo(150 / 270);
    expect(t('lint-rss').pass).toBe(true);
    expect(t('lint-rss-keama').pass).toBe(false);
    expect(t('pair-time').value).toBeCloseTo(1500 / 1080);
    expect(t('pair-time').pass).toBe(true);
    expect(t('pair-rss').value).toBeCloseTo(220 / 150);
    expect(t('small-lint').value).toBeCloseTo(90 / 50);
    expect(t('small-lint').pass).toBe(true);
    expect(t('lsp-open').pass).toBe(true);
    expect(t('lsp-open-wait').pass).toBe(false);
    // The full check's diagnostics are held to the same limits as the first ones.
    expect(t('lsp-open-checked').value).toBe(1600);
    expect(t('lsp-open-checked').pass).toBe(false);
    expect(t('lsp-open-checked-wait').pass).toBe(true);
    expect(t('lsp-edit-2MB').pass).toBe(true);
    expect(t('lsp-edit-10MB').pass).toBe(false);
    expect(verdict(t('lsp-edit-10MB'))).toBe('MISS');
  });

  it('measures linearity above the fixed start-up cost, largest per-MB figure over the smallest', () => {
    const r = results();
    expect(perMbAboveStartup(r, '100KB', wall)).toBeCloseTo(100); // (90 − 80) / 0.1
    expect(perMbAboveStartup(r, '10MB', wall)).toBeCloseTo(100);
    expect(perMbAboveStartup(r, '50MB', wall)).toBeCloseTo(100);
    expect(byId(r)('linear-time').value).toBeCloseTo(1);
    expect(byId(r)('linear-time').pass).toBe(true);
    // RSS per MB: 10 at 100 KB, 10 at 10 MB, 10 at 50 MB.
    expect(byId(r)('linear-rss').pass).toBe(true);
    const superlinear = results();
    superlinear.measurements['50MB:lint'] = m(12_080, 550); // 240 ms per MB at 50 MB against 100
    expect(byId(superlinear)('linear-time').value).toBeCloseTo(2.4);
    expect(byId(superlinear)('linear-time').pass).toBe(false);
    expect(spread([undefined, 5])).toBeUndefined();
    expect(spread([2, 8, 4])).toBe(4);
  });

  it('leaves a target without a verdict when its figures were not measured', () => {
    const r = results({ lspEditToDiagnostics: [] });
    delete r.measurements['10MB:dhcpd'];
    const t = byId(r);
    expect(t('lint-time').pass).toBeUndefined();
    expect(verdict(t('lint-time'))).toBe('–');
    expect(t('lsp-open').pass).toBeUndefined();
    expect(t('pair-time').pass).toBe(true);
  });

  it('writes RESULTS.md with every target and its verdict, and the two charts, from results.json alone', () => {
    const out = mkdtempSync(join(tmpdir(), 'dhcplint-bench-report-'));
    try {
      const r = {
        ...results(),
        date: '2026-12-03T17:00:00.000Z',
        durationS: 60,
        repetitions: 5,
        machine: { cpus: 2, cpuModel: 'test cpu', memoryGb: 4, node: 'v20.0.0', platform: 'linux-x64' },
        dhcpd: 'isc-dhcpd-test',
        tasks: [
          { id: 'node-start', label: '`node -e 0`', inner: false },
          { id: 'lint', label: 'dhcplint full lint (CLI)', inner: false },
        ],
        lspEditBurst: [],
        failures: [],
      };
      writeReport(r, out);
      const md = readFileSync(join(out, 'RESULTS.md'), 'utf8');
      expect(md).toContain('| 100 KB lint / `node -e 0` (at most 2×) | 1.80 | 2 | **PASS** |');
      expect(md).toContain(
        '| LSP: edit → fresh diagnostics on 10 MB, median of 20 (ms) (within 150 ms) | 151.00 | 150 | **MISS** |',
      );
      expect(md).toMatch(/2 × test cpu, 4 GiB, Node v20\.0\.0/);
      expect(md).toMatch(/\| dhcplint full lint \(CLI\) \| 90 \[/);
      const svg = readFileSync(join(out, 'targets.svg'), 'utf8');
      expect(svg.match(/<rect /g)!.length).toBe(1 + evaluateTargets(r).length); // background + one bar per target
      expect(readFileSync(join(out, 'chart.svg'), 'utf8')).toMatch(/<path d="M/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
