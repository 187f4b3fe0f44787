// A full lint run over configs whose nesting or token size follows the input: what dhcpd accepts
// gives no problem, what is absurd gives one located diagnostic, and nothing throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintPaths } from '@dhcplint/linter';
import { BLOCK_HEADS, nested } from '../../parser/test/helpers.js';

// The linter sees the same deep inputs as the parser's depth test (shared-network aside).
const { 'shared-network': _sharedNetwork, ...BLOCKS } = BLOCK_HEADS;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dhcplint-lint-depth-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lintText(name: string, text: string) {
  const file = join(dir, `${name}.conf`);
  writeFileSync(file, text);
  const result = lintPaths([file]);
  expect(result.errors).toEqual([]);
  expect(result.internalErrors).toEqual([]);
  expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
  return result.diagnostics;
}

describe('lintPaths on deep nesting', () => {
  it('10,000 nested groups and 5,000 nested ifs (dhcpd accepts both): no problem at all', () => {
    expect(lintText('groups', nested(BLOCKS.group!, 10_000))).toEqual([]);
    expect(lintText('ifs', nested(BLOCKS.if!, 5_000))).toEqual([]);
  });

  for (const [kind, head] of Object.entries(BLOCKS)) {
    it(`1,000,000 nested ${kind} blocks: one "nested deeper" diagnostic`, () => {
      const diags = lintText(`deep-${kind}`, nested(head, 1_000_000));
      const deep = diags.filter((d) => d.message.includes('nested deeper than'));
      expect(deep).toHaveLength(1);
      expect(deep[0]!.ruleId).toBe('syntax');
      expect(deep[0]!.range.start.line).toBe(100_000);
      // Whatever else is reported about so many blocks stays linear in their number.
      expect(diags.length).toBeLessThan(400_000);
    });
  }

  it('an expression with 1,000,000 nested parentheses or nots: one "nested deeper" diagnostic', () => {
    for (const text of [
      `if ${'('.repeat(1_000_000)}option host-name = "a"${')'.repeat(1_000_000)} { }\n`,
      `if ${'not '.repeat(1_000_000)}option host-name = "a" { }\n`,
    ]) {
      const diags = lintText('deep-expression', text);
      expect(diags.map((d) => [d.ruleId, d.message.includes('nested deeper than')])).toEqual([['syntax', true]]);
    }
  });

  it('100,000 identical nested subnets are reported once each, not once per pair', () => {
    const diags = lintText('same-subnets', nested(BLOCKS.subnet!, 100_000));
    expect(diags.filter((d) => d.ruleId === 'subnet-overlap')).toHaveLength(99_999);
  });
});

describe('lintPaths on huge tokens', () => {
  it('a 1 MB unknown word: one short unknown-statement message and one token-too-long warning', () => {
    const word = 'q'.repeat(1_000_000);
    const diags = lintText('huge-word', `${word};\nsubnet 10.0.0.0 netmask 255.0.0.0 { ${word}x 1; }\n`);
    const unknown = diags.filter((d) => d.ruleId === 'unknown-statement');
    expect(unknown).toHaveLength(2);
    for (const d of unknown) expect(d.message.length).toBeLessThan(100);
    expect(diags.filter((d) => d.message.includes('characters long'))).toHaveLength(1);
    // A parser warning: dhcpd cuts the word short, it does not refuse the file for it.
    expect(diags.find((d) => d.message.includes('characters long'))?.severity).toBe('warning');
    for (const d of diags) expect(d.message.length).toBeLessThan(300);
  });

  it('a near-miss keyword still gets its did-you-mean', () => {
    const diags = lintText('typo', 'default-lease-tme 600;\n');
    expect(diags.map((d) => d.message)).toEqual([
      "Unknown statement 'default-lease-tme'; did you mean 'default-lease-time'?",
    ]);
  });
});
