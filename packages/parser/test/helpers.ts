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

/** `n` nested blocks opened by `head {` and closed again (the depth tests). */
export const nested = (head: string, n: number): string => `${head} {\n`.repeat(n) + '}\n'.repeat(n);

/** Block kinds as dhcpd writes them; the parser does not care that some may not nest. */
export const BLOCK_HEADS: Record<string, string> = {
  group: 'group',
  if: 'if option host-name = "a"',
  class: 'class "c"',
  subnet: 'subnet 10.0.0.0 netmask 255.0.0.0',
  pool: 'pool',
  host: 'host h',
  'shared-network': 'shared-network n',
  switch: 'switch (option host-name)',
};
