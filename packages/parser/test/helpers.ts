import { parse, type ParseResult } from '@dhcplint/parser';

/** Parses and returns errors as "line:col code" strings (1-based), for compact assertions. */
export function errorsOf(text: string): string[] {
  const r = parse(text);
  return r.errors.map((e) => {
    const p = r.lines.positionAt(e.span.start);
    return `${p.line + 1}:${p.character + 1} ${e.code}`;
  });
}

export function parseOk(text: string): ParseResult {
  const r = parse(text);
  if (r.errors.length) throw new Error(`unexpected errors: ${r.errors.map((e) => e.message).join('; ')}`);
  return r;
}
