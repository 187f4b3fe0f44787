import type { Diagnostic, Fix } from './types.js';

/**
 * Applies non-overlapping fixes of one file's diagnostics; later overlapping fixes wait for the
 * next run. The same fix reported twice (one file checked as part of two servers) is applied once:
 * an insertion (empty span) would otherwise go in twice.
 */
export function applyFixes(text: string, diags: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = uniqueFixes(diags).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.span.start < pos || f.span.end > text.length) continue;
    out += text.slice(pos, f.span.start) + f.text;
    pos = f.span.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}

function uniqueFixes(diags: readonly Diagnostic[]): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const d of diags) {
    if (!d.fix) continue;
    const key = `${d.fix.span.start}:${d.fix.span.end}:${d.fix.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d.fix);
  }
  return out;
}
