import type { Diagnostic } from './types.js';

/** Applies non-overlapping fixes of one file's diagnostics; later overlapping fixes wait for the next run. */
export function applyFixes(text: string, diags: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = diags.filter((d) => d.fix).map((d) => d.fix!).sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.span.start < pos) continue;
    out += text.slice(pos, f.span.start) + f.text;
    pos = f.span.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}
