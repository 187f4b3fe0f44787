// Depth and size: nesting follows the input, so nothing may recurse once per level of it.
// Configs dhcpd accepts (10,000 nested groups, 5,000 nested ifs) must go through every stage
// without an error; absurd ones (1,000,000 levels) must give one located diagnostic, never an
// exception.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  excerpt,
  findAll,
  findNodeAt,
  format,
  formatEdits,
  MAX_EXPRESSION_DEPTH,
  MAX_NESTING_DEPTH,
  parse,
  print,
  walk,
} from '@dhcplint/parser';
import { BLOCK_HEADS, nested } from './helpers.js';

const BLOCKS = BLOCK_HEADS;

const deepExpression = {
  parentheses: (n: number) => `if ${'('.repeat(n)}option host-name = "a"${')'.repeat(n)} { }\n`,
  'not chain': (n: number) => `if ${'not '.repeat(n)}option host-name = "a" { }\n`,
};

function hasDhcpd(): boolean {
  return spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;
}

describe('nesting dhcpd accepts', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dhcplint-depth-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const accepted: [string, string][] = [
    ['10,000 nested groups', nested(BLOCKS.group!, 10_000)],
    ['5,000 nested ifs', nested(BLOCKS.if!, 5_000)],
  ];

  for (const [name, text] of accepted) {
    it(`${name}: dhcpd -t accepts the file`, () => {
      if (!hasDhcpd()) {
        console.warn(`SKIPPED: dhcpd is not installed, so its verdict on ${name} is not checked`);
        return;
      }
      const file = join(dir, 'dhcpd.conf');
      writeFileSync(file, text);
      writeFileSync(join(dir, 'x.leases'), '');
      // Throws (failing the test) when dhcpd exits non-zero.
      execFileSync('dhcpd', ['-t', '-4', '-cf', file, '-lf', join(dir, 'x.leases'), '-pf', join(dir, 'x.pid')], {
        stdio: 'pipe',
      });
    });

    it(`${name}: parses, prints, formats and walks without an error`, () => {
      const r = parse(text);
      expect(r.errors).toEqual([]);
      expect(print(r.ast)).toBe(text);
      let count = 0;
      let deepest = 0;
      walk(r.ast, {
        enter(_s, ancestors) {
          count++;
          deepest = Math.max(deepest, ancestors.length);
        },
      });
      const levels = text.split('\n').length >> 1;
      expect(count).toBe(levels);
      expect(deepest).toBe(levels - 1);
      // The innermost statement, with every level above it.
      const inner = findNodeAt(r.ast, text.indexOf('}') - 1);
      expect(inner?.ancestors.length).toBe(levels - 1);
      const formatted = format(text);
      expect(formatted.split('\n').length).toBe(text.split('\n').length);
      expect(format(formatted)).toBe(formatted);
      // Without comment attachment too (the linter's and language server's way).
      const lean = parse(text, { attachComments: false });
      expect(lean.errors).toEqual([]);
      expect(findAll(lean.ast, lean.ast.body[0]!.type)).toHaveLength(levels);
    });
  }

  it('edits before a 10,000-deep statement incrementally: the statement is kept and shifted', () => {
    const head = 'option domain-name "a";\noption b 1;\noption c 1;\n';
    const text = `${head}${nested(BLOCKS.group!, 10_000)}option e 1;\n`;
    const first = parse(text, { attachComments: false });
    const deepStatement = first.ast.body[3]!;
    const edited = text.replace('"a"', '"ab"');
    const again = parse(edited, { attachComments: false, previous: first });
    expect(again.incremental).toBeDefined();
    expect(again.errors).toEqual([]);
    expect(again.ast.body[3]).toBe(deepStatement);
    // Every level moved by one character, as a full parse places it.
    const full = parse(edited, { attachComments: false });
    const innermost = (r: typeof full) => findNodeAt(r.ast, edited.indexOf('}') - 1)!;
    expect(innermost(again).ancestors).toHaveLength(9_999);
    expect(innermost(again).node.span).toEqual(innermost(full).node.span);
    expect(innermost(again).ancestors[5_000]!.span).toEqual(innermost(full).ancestors[5_000]!.span);
  });
});

describe('nesting beyond any real config', () => {
  const MILLION = 1_000_000;

  for (const [kind, head] of Object.entries(BLOCKS)) {
    it(`1,000,000 nested ${kind} blocks: one nested-too-deep diagnostic, and every stage completes`, () => {
      const text = nested(head, MILLION);
      const r = parse(text);
      const deep = r.errors.filter((e) => e.code === 'nested-too-deep');
      expect(deep).toHaveLength(1);
      expect(deep[0]!.message).toContain(`nested deeper than ${MAX_NESTING_DEPTH} levels`);
      // Located at the first '{' past the limit.
      expect(r.lines.positionAt(deep[0]!.span.start).line).toBe(MAX_NESTING_DEPTH);
      expect(r.errors.some((e) => e.code === 'unclosed-block' || e.code === 'stray-close-brace')).toBe(false);
      expect(print(r.ast)).toBe(text);
      let count = 0;
      walk(r.ast, { enter: () => void count++ });
      expect(count).toBe(MAX_NESTING_DEPTH + 1);
      // Structure the formatter cannot fully see is left alone.
      expect(formatEdits(text)).toEqual([]);
      expect(format(text)).toBe(text);
    });
  }

  for (const [form, make] of Object.entries(deepExpression)) {
    it(`an expression with 1,000,000 nested ${form}: one nested-too-deep diagnostic`, () => {
      const text = make(MILLION);
      const r = parse(text);
      expect(r.errors.map((e) => e.code)).toEqual(['nested-too-deep']);
      expect(r.errors[0]!.message).toContain(`nested deeper than ${MAX_EXPRESSION_DEPTH} levels`);
      expect(r.errors[0]!.severity).toBe('warning');
      expect(print(r.ast)).toBe(text);
      expect(format(text).length).toBe(text.length);
      let count = 0;
      walk(r.ast, { enter: () => void count++ });
      expect(count).toBe(1);
    });
  }

  it('reads expressions dhcpd accepts: 10,000 or-terms, 990 nested parentheses', () => {
    const chain = `if option host-name = "a"${' or option host-name = "a"'.repeat(10_000)} { }\n`;
    const r = parse(chain, { attachComments: false });
    expect(r.errors).toEqual([]);
    // Shifting the tree after an edit before it (the incremental parser) reads it without recursion.
    const moved = parse(`\n${chain}`, {
      attachComments: false,
      previous: parse(`${chain}# x\n`, { attachComments: false }),
    });
    expect(moved.errors).toEqual([]);
    const parens = deepExpression.parentheses(MAX_EXPRESSION_DEPTH - 10);
    expect(parse(parens).errors).toEqual([]);
  });
});

describe('size', () => {
  it('quotes at most a short excerpt of a token in messages', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('x'.repeat(1000))).toBe(`${'x'.repeat(40)}…`);
    // A surrogate pair is not cut in half.
    expect(excerpt(`${'x'.repeat(39)}😀tail`)).toBe(`${'x'.repeat(39)}…`);
    const huge = 'y'.repeat(1_000_000);
    const messages = [
      parse(`host a\n  ${huge}\nsubnet 10.0.0.0 netmask 255.0.0.0 { }\n`),
      parse(`if ${huge} ${huge} { }\n`),
      parse(`if ${huge}( { }\n`),
      parse(`subnet ${huge} /24 { }\n`),
      parse(`${huge}`),
    ].flatMap((r) => r.errors.map((e) => e.message));
    expect(messages.length).toBeGreaterThan(4);
    for (const m of messages) expect(m.length).toBeLessThan(200);
  });

  it('warns once about absurdly long tokens', () => {
    const long = 'z'.repeat(70_000);
    const r = parse(`${long};\noption domain-name "${long}";\n`);
    expect(r.errors.map((e) => [e.code, e.severity])).toEqual([['token-too-long', 'warning']]);
    expect(r.errors[0]!.span).toEqual({ start: 0, end: 70_000 });
    expect(parse(`${'z'.repeat(1500)};\n`).errors).toEqual([]);
  });
});
