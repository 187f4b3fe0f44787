import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { LineIndex, parse, type ParseResult } from '@dhcplint/parser';
import { fixtureConfigs } from '../../../scripts/test/corpus.js';

// What an incremental reparse derives from the previous parse instead of rescanning the whole text
// (the line index, the whole-text checks for `encapsulate` and `add`, the errors kept around the
// edit) must be exactly what a full parse finds.

const snapshot = (r: ParseResult) => JSON.stringify({ ast: r.ast, errors: r.errors, lines: r.lines.lineStarts });

/** Line breaks of every kind, and the words and statements the remembered checks look for. */
const PIECES = [
  '\n',
  '\r',
  '\r\n',
  'x',
  ' ',
  ';',
  '"',
  'encapsulate',
  'encapsulate sp',
  'add ',
  'add c;',
  'option space sp;',
  'option o code 200 = encapsulate sp;',
  'class "c" { }',
  'include "/nonexistent/x.conf";',
  'host h { fixed-address 10.0.0.1; }\n',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((a) => a.join('')),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('incremental reparse: what it keeps from the previous parse', () => {
  it('LineIndex.afterEdit finds the line starts a fresh index finds, whatever the line breaks', () => {
    const textArb = fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', 'bc'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat({ max: 6 }), textArb, (old, pos, remove, insert) => {
        const start = pos % (old.length + 1);
        const oldEnd = Math.min(old.length, start + remove);
        const text = old.slice(0, start) + insert + old.slice(oldEnd);
        const spliced = LineIndex.afterEdit(new LineIndex(old), text, start, oldEnd, start + insert.length);
        expect(spliced.lineStarts).toEqual(new LineIndex(text).lineStarts);
      }),
      { numRuns: 3000 },
    );
  });

  it('splitting a \\r\\n pair or joining a lone \\r with a \\n moves line starts exactly as a full parse does', () => {
    const text = 'host a { fixed-address 10.0.0.1; }\r\nhost b { fixed-address 10.0.0.2; }\rhost c { }\n';
    const prev = parse(text, { attachComments: false });
    const split = text.replace('}\r\nhost b', '}\rx\nhost b');
    const r1 = parse(split, { attachComments: false, previous: prev });
    expect(snapshot(r1)).toBe(snapshot(parse(split, { attachComments: false })));
    const joined = split.replace('}\rhost c', '}\r\nhost c');
    const r2 = parse(joined, { attachComments: false, previous: r1 });
    expect(r2.incremental).toBeDefined();
    expect(snapshot(r2)).toBe(snapshot(parse(joined, { attachComments: false })));
  });

  it('an option space edited after `encapsulate` was typed elsewhere re-checks the definition that names it', () => {
    const text = 'option space sp;\nhost a { }\noption o code 200 = text;\n';
    let prev = parse(text, { attachComments: false });
    // `encapsulate` appears only through an edit, so only a count updated from that edit sees it.
    const typed = text.replace('= text;', '= encapsulate sp;');
    prev = parse(typed, { attachComments: false, previous: prev });
    expect(prev.errors).toEqual(parse(typed, { attachComments: false }).errors);
    const renamed = typed.replace('option space sp;', 'option space sq;');
    const r = parse(renamed, { attachComments: false, previous: prev });
    const full = parse(renamed, { attachComments: false });
    expect(full.errors.length).toBeGreaterThan(0);
    expect(snapshot(r)).toBe(snapshot(full));
  });

  it('gives the full parse after random edits of line breaks, encapsulate, add, class and option space (fixtures)', () => {
    const samples = fixtureConfigs().map((p) => readFileSync(p, 'utf8'));
    let reused = 0;
    let total = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          let text = samples[which]!;
          let prev = parse(text, { attachComments: false });
          for (const e of edits) {
            text = applyEdit(text, e);
            const next = parse(text, { attachComments: false, previous: prev });
            total++;
            if (next.incremental) reused++;
            expect(snapshot(next)).toBe(snapshot(parse(text, { attachComments: false })));
            prev = next;
          }
        },
      ),
      { numRuns: Number(process.env.DHCPLINT_PROPERTY_RUNS) || 800 },
    );
    expect(reused / total).toBeGreaterThan(0.5);
  }, 180_000);
});
