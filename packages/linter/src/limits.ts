import type { Diagnostic } from './types.js';

/** Rule id of the line that says how many problems of a file were left out. */
export const TOO_MANY_PROBLEMS = 'too-many-problems';

/**
 * Keeps the first `max` diagnostics of each file (by uri, in the given order) and appends, for
 * each file that had more, one info diagnostic saying how many were left out, at the location of
 * the last one kept (the first one left out when `max` is 0). A file with hundreds of thousands
 * of problems then costs a report of bounded size. The input array is not changed.
 */
export function capDiagnosticsPerFile(diags: readonly Diagnostic[], max: number): Diagnostic[] {
  const limit = Math.max(0, Math.floor(max));
  const kept: Diagnostic[] = [];
  const counts = new Map<string, number>();
  /** Per capped file, in the order files reached the cap: where to report and how many were left out. */
  const capped = new Map<string, { at: Diagnostic; dropped: number; errors: number }>();
  const lastKept = new Map<string, Diagnostic>();
  for (const d of diags) {
    const n = counts.get(d.uri) ?? 0;
    counts.set(d.uri, n + 1);
    if (n < limit) {
      kept.push(d);
      lastKept.set(d.uri, d);
      continue;
    }
    let entry = capped.get(d.uri);
    if (!entry) capped.set(d.uri, (entry = { at: lastKept.get(d.uri) ?? d, dropped: 0, errors: 0 }));
    entry.dropped++;
    if (d.severity === 'error') entry.errors++;
  }
  for (const [uri, { at, dropped, errors }] of capped) {
    kept.push({
      ruleId: TOO_MANY_PROBLEMS,
      severity: 'info',
      message: `${dropped} more problem${dropped === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in this file not shown (at most ${limit} are listed per file).`,
      uri,
      span: { start: at.span.start, end: at.span.end },
      range: { start: { ...at.range.start }, end: { ...at.range.end } },
    });
  }
  return kept;
}
