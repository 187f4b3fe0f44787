// The targets of issue #18, each as a ratio of figures measured in the same bench run, with its
// verdict. Pure functions of results.json, so the report and the tests read the same logic.

/** Median wall ms / peak RSS MB of a task in the results, undefined when it was not measured. */
export const wall = (r, key) => r.measurements[key]?.wallMs?.median;
export const rss = (r, key) => r.measurements[key]?.peakRssMb?.median;

/** Cost per MB above a run's fixed start-up: (figure at size − figure on an empty file) / MB. */
export function perMbAboveStartup(r, size, pick) {
  const at = pick(r, `${size}:lint`);
  const empty = pick(r, 'all:lint-empty');
  const mb = r.files[size]?.bytes / 1e6;
  if (at === undefined || empty === undefined || !mb) return undefined;
  return (at - empty) / mb;
}

/** Largest over smallest of the per-MB figures (1 = perfectly linear); undefined with fewer than two sizes. */
export function spread(values) {
  const xs = values.filter((x) => x !== undefined && Number.isFinite(x) && x > 0);
  if (xs.length < 2) return undefined;
  return Math.max(...xs) / Math.min(...xs);
}

const ratio = (a, b) => (a === undefined || b === undefined || !b ? undefined : a / b);

/**
 * Each target: `value` and `limit` compare as `value <= limit` (a ratio where less is better);
 * `pass` is undefined when a figure is missing (not measured in this run).
 */
export function evaluateTargets(r) {
  const big = r.pairSize ?? '10MB';
  const lspAt = (size) => r.lspEditToDiagnostics?.find((l) => l.size === size);
  const sizes = Object.keys(r.files);
  const targets = [
    {
      id: 'lint-time',
      label: `full lint of ${big}: time / (dhcpd -t time ÷ 2)`,
      detail: 'at least 2× faster than dhcpd -t',
      value: ratio(wall(r, `${big}:lint`), ratio(wall(r, `${big}:dhcpd`), 2)),
      limit: 1,
    },
    {
      id: 'lint-time-keama',
      label: `full lint of ${big}: time / (dhcpd -t time ÷ 3)`,
      detail: "aim: keama's third of dhcpd's time",
      value: ratio(wall(r, `${big}:lint`), ratio(wall(r, `${big}:dhcpd`), 3)),
      limit: 1,
      aim: true,
    },
    {
      id: 'lint-rss',
      label: `full lint of ${big}: peak RSS / dhcpd's`,
      detail: "at most dhcpd's",
      value: ratio(rss(r, `${big}:lint`), rss(r, `${big}:dhcpd`)),
      limit: 1,
    },
    {
      id: 'lint-rss-keama',
      label: `full lint of ${big}: peak RSS / dhcpd's`,
      detail: "aim: under half of dhcpd's",
      value: ratio(rss(r, `${big}:lint`), rss(r, `${big}:dhcpd`)),
      limit: 0.5,
      aim: true,
    },
    {
      id: 'pair-time',
      label: `pair check of two ${big}: time / single lint`,
      detail: 'at most 1.5×',
      value: ratio(wall(r, `${big}:pair`), wall(r, `${big}:lint`)),
      limit: 1.5,
    },
    {
      id: 'pair-rss',
      label: `pair check of two ${big}: peak RSS / single lint`,
      detail: 'at most 1.5×',
      value: ratio(rss(r, `${big}:pair`), rss(r, `${big}:lint`)),
      limit: 1.5,
    },
    {
      id: 'small-lint',
      label: '100 KB lint / `node -e 0`',
      detail: 'at most 2×',
      value: ratio(wall(r, '100KB:lint'), wall(r, 'all:node-start')),
      limit: 2,
    },
    {
      id: 'lsp-open',
      label: 'LSP: open 10 MB → first diagnostics (ms)',
      detail: 'within 1500 ms',
      value: lspAt('10MB')?.openMs,
      limit: 1500,
    },
    {
      id: 'lsp-open-wait',
      label: 'LSP: longest request wait while opening 10 MB (ms)',
      detail: 'at most 100 ms',
      value: lspAt('10MB')?.hoverDuringOpen?.max,
      limit: 100,
    },
    // The first diagnostics of a large file are its syntax errors, published as soon as it is
    // parsed; the same limits, read up to the full check's diagnostics, say what an editor waits
    // for the whole picture.
    {
      id: 'lsp-open-checked',
      label: "LSP: open 10 MB → the full check's diagnostics (ms)",
      detail: 'the first-diagnostics limit, 1500 ms',
      value: lspAt('10MB')?.openCheckedMs,
      limit: 1500,
    },
    {
      id: 'lsp-open-checked-wait',
      label: "LSP: longest request wait from the first diagnostics to the full check's (ms)",
      detail: 'at most 100 ms',
      value: lspAt('10MB')?.hoverAfterFirstDiagnostics?.max,
      limit: 100,
    },
    {
      id: 'lsp-edit-2MB',
      label: 'LSP: edit → fresh diagnostics on 2 MB, median of 20 (ms)',
      detail: 'within 50 ms',
      value: lspAt('2MB')?.median,
      limit: 50,
    },
    {
      id: 'lsp-edit-10MB',
      label: 'LSP: edit → fresh diagnostics on 10 MB, median of 20 (ms)',
      detail: 'within 150 ms',
      value: lspAt('10MB')?.median,
      limit: 150,
    },
    {
      id: 'linear-time',
      label: `lint time per MB above start-up, ${sizes.join(' → ')}: largest / smallest`,
      detail: 'flat within 2×',
      value: spread(sizes.map((s) => perMbAboveStartup(r, s, wall))),
      limit: 2,
    },
    {
      id: 'linear-rss',
      label: `lint peak RSS per MB above start-up, ${sizes.join(' → ')}: largest / smallest`,
      detail: 'flat within 2×',
      value: spread(sizes.map((s) => perMbAboveStartup(r, s, rss))),
      limit: 2,
    },
  ];
  return targets.map((t) => ({ ...t, pass: t.value === undefined ? undefined : t.value <= t.limit }));
}

/** PASS, MISS, or – when not measured. */
export const verdict = (t) => (t.pass === undefined ? '–' : t.pass ? 'PASS' : 'MISS');
