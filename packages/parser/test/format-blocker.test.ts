// One rule for what can be formatted, shared by `dhcplint fmt` and the editor's formatting: a file
// whose statements or blocks are not delimited is left alone, whole.
import { describe, expect, it } from 'vitest';
import { format, formatBlocker, formatEdits } from '@dhcplint/parser';

const SUBNET = (body: string) => `subnet 10.0.0.0 netmask 255.255.255.0 {\n${body}}\n`;

describe('formatBlocker', () => {
  it.each([
    ['a missing semicolon', SUBNET('range 10.0.0.10 10.0.0.20\noption routers 10.0.0.1;\n'), /missing its ';'/],
    ['an unclosed brace', 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n', /never closed/],
    ['a stray closing brace', 'authoritative;\n}\n', /closes nothing/],
  ])('refuses %s, and formatEdits/format change nothing', (_what, text, reason) => {
    expect(formatBlocker(text)).toMatch(reason);
    expect(formatEdits(text)).toEqual([]);
    expect(format(text)).toBe(text);
  });

  it('lets through what only a rule objects to (a bad value, an unknown statement), and formats it', () => {
    const text = SUBNET('range 10.0.0.10   10.0.0.300;\nfrobnicate yes;\n');
    expect(formatBlocker(text)).toBeUndefined();
    expect(format(text)).toBe(SUBNET('  range 10.0.0.10 10.0.0.300;\n  frobnicate yes;\n'));
  });
});
