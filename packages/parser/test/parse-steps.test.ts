// parseSteps: the parse in steps returns exactly what parse returns, wherever it pauses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, type ParseOptions, type ParseResult } from '@dhcplint/parser';
import { parseSteps } from '@dhcplint/parser/internal';
import { fixtureConfigs } from '../../../scripts/test/corpus.js';

/** Runs a stepped parse to its end, checking what each pause reports. */
function stepped(
  text: string,
  options: ParseOptions,
  statementsPerStep: number,
): { result: ParseResult; pauses: number } {
  const steps = parseSteps(text, { ...options, statementsPerStep });
  let pauses = 0;
  let parsedTo = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
    expect(step.value.parsedTo).toBeGreaterThanOrEqual(parsedTo);
    parsedTo = step.value.parsedTo;
  }
}

const same = (a: ParseResult, b: ParseResult) => {
  expect(a.ast).toEqual(b.ast);
  expect(a.errors).toEqual(b.errors);
  expect(a.lines.lineStarts).toEqual(b.lines.lineStarts);
};

/** Top-level if/elsif/else chains (folded at the end), errors, blocks, comments. */
function generated(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `# host ${i}\nhost h${i} { hardware ethernet 00:11:22:33:44:${(i % 256).toString(16).padStart(2, '0')}; fixed-address 10.0.${i % 250}.${(i % 250) + 1}; }\n`,
      `if option domain-name = "a${i}" { default-lease-time 600; }\nelsif exists host-name { max-lease-time 7200; }\nelse { min-lease-time 60; }\n`,
      i % 7 === 0
        ? 'default-lease-time 600\n'
        : `subnet 10.${i % 250}.0.0 netmask 255.255.255.0 { range 10.${i % 250}.0.10 10.${i % 250}.0.20; }\n`,
    );
  }
  return parts.join('');
}

describe('parseSteps', () => {
  const fixtures = fixtureConfigs();

  it.each([true, false])(
    'equals parse on every fixture (attachComments %s), pausing after each statement',
    (attach) => {
      expect(fixtures.length).toBeGreaterThan(10);
      for (const path of fixtures) {
        const text = readFileSync(path, 'utf8');
        const options = { uri: path, attachComments: attach };
        same(stepped(text, options, 1).result, parse(text, options));
      }
    },
  );

  it('equals parse on a generated file, with if/elsif/else chains cut across steps', () => {
    const text = generated(300);
    const full = parse(text, { attachComments: false });
    expect(full.errors.length).toBeGreaterThan(0);
    expect(full.ast.body.some((s) => s.type === 'If' && s.else !== undefined)).toBe(true);
    for (const perStep of [1, 2, 5, 2000]) {
      const { result, pauses } = stepped(text, { attachComments: false }, perStep);
      same(result, full);
      // a pause after the scan and after the structure pass, then one every perStep statements
      if (perStep < 10) expect(pauses).toBeGreaterThan(100);
    }
  });

  it('reports the statements built so far at each pause', () => {
    const text = generated(20);
    const steps = parseSteps(text, { statementsPerStep: 4, attachComments: false });
    steps.next(); // after the scan
    steps.next(); // after the structure pass
    const first = steps.next();
    expect(first.done).toBe(false);
    if (first.done) return;
    expect(first.value.statements).toHaveLength(4);
    expect(first.value.parsedTo).toBe(first.value.statements[3]?.span.end);
    expect(text.slice(0, first.value.parsedTo).endsWith('}')).toBe(true);
  });
});
