// parseSteps: the parse in steps returns exactly what parse returns, wherever it pauses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, type ParseOptions, type ParseResult } from '@dhcplint/parser';
import { parseSteps } from '@dhcplint/parser/internal';
import { fixtureConfigs } from '../../../scripts/test/corpus.js';
import { scan, scanSteps, type ScanResult } from '../src/lexer/scanner.js';
import { parseStructure, parseStructureSteps } from '../src/grammar/structure.js';

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

/** Runs a generator to its end, counting its pauses. */
function drain<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

/** A scan result as plain data (the token vector's arrays are longer than its tokens). */
const scanned = (r: ScanResult) => ({
  tokens: [...r.tokens].map((t) => [t.kind, t.start, t.end]),
  newline: [...r.tokens.newline.subarray(0, r.tokens.length)],
  lexical: r.tokens.lexical,
  comments: r.comments,
  recordDepth: r.recordDepth,
  recordLeak: r.recordLeak,
});

/**
 * What a step may cut: strings (with escapes, braces and '#' inside, one unterminated), comments,
 * record formats, a long whitespace run, stray and unclosed braces, missing semicolons, a BOM.
 */
function tricky(n: number): string {
  const parts = ['\ufeff# head\n'];
  for (let i = 0; i < n; i++)
    parts.push(
      `option o${i} code ${200 + (i % 50)} = { ip-address, text }; # record\n`,
      `class "c${i}" { match if substring(option vendor-class-identifier, 0, 4) = "x\\"{#}${i}"; }\n`,
      i % 5 === 0
        ? `host bad${i} { fixed-address 10.0.0.1 }\n}\n`
        : `group { filename "f${i}.bin"; ${' '.repeat(i % 3 === 0 ? 1600 : 3)}}\n`,
      i % 11 === 0 ? `option domain-name "unterminated\n` : `ddns-updates on; /64 ;;\n`,
      `switch (option host-name) { case "a${i}": default: next-server 10.0.0.${i % 250}; }\n`,
    );
  parts.push('subnet 10.9.0.0 netmask 255.255.0.0 { pool { range 10.9.0.1 10.9.0.9;');
  return parts.join('');
}

describe('scanSteps and parseStructureSteps', () => {
  const texts = () => [...fixtureConfigs().map((path) => readFileSync(path, 'utf8')), tricky(40), generated(40)];

  it('scan in steps equals the one-shot scan wherever a step ends', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(10);
    for (const text of all) {
      const once = scanned(scan(text));
      for (const chars of [1, 7, 64]) {
        const { value, pauses } = drain(scanSteps(text, chars));
        expect(scanned(value)).toEqual(once);
        if (chars === 1) expect(pauses).toBeGreaterThan(scan(text).tokens.length - 2); // one token starts per step at most
      }
    }
  });

  it('scans a part of the text in steps as scan does (the incremental parser’s ranges)', () => {
    const text = tricky(10);
    for (const [from, to] of [
      [0, 500],
      [100, text.length],
      [333, 1777],
    ] as const)
      expect(scanned(drain(scanSteps(text, 5, from, to)).value)).toEqual(scanned(scan(text, from, to)));
  });

  it('the tricky text has what it means to cut: lexical issues, record leaks, every structure issue', () => {
    const text = tricky(40);
    const tokens = scan(text).tokens;
    expect(tokens.lexical.map((l) => l.code).sort()).toContain('whitespace-too-long');
    expect(tokens.lexical.map((l) => l.code)).toContain('byte-order-mark');
    const codes = new Set(parseStructure(tokens).issues.map((i) => i.code));
    for (const code of ['missing-semicolon', 'unclosed-block', 'stray-close-brace', 'empty-statement'])
      expect(codes).toContain(code);
  });

  it('structure in steps equals the one-shot structure pass wherever a step ends', () => {
    for (const text of texts()) {
      const tokens = scan(text).tokens;
      const once = parseStructure(tokens);
      for (const perStep of [1, 3, 50]) {
        const { value, pauses } = drain(parseStructureSteps(tokens, perStep));
        expect(value).toEqual(once);
        if (perStep === 1) expect(pauses).toBeGreaterThan(once.body.length - 2);
      }
    }
  });

  it('parseSteps pauses inside the scan and the structure pass and still equals parse', () => {
    const text = tricky(40);
    for (const attachComments of [true, false]) {
      const full = parse(text, { attachComments });
      expect(full.errors.length).toBeGreaterThan(0);
      const steps = parseSteps(text, { attachComments, statementsPerStep: 1e9, charsPerStep: 100, tokensPerStep: 10 });
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) {
        pauses++;
        expect(step.value.statements).toHaveLength(0); // nothing is built before the structure is read
      }
      same(step.value, full);
      expect(pauses).toBeGreaterThan(200);
    }
  });
});

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
