import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { findAll, includeStatements, parse, type ParseResult } from '@dhcplint/parser';
import { corpusAvailable, corpusEntries, fixtureConfigs } from '../../../scripts/test/corpus.js';

// The fixtures, and every corpus config (the 1 MB leases file would only slow the property down), as
// separate tests, so a run without the corpus counts its test as skipped.
const hasCorpus = corpusAvailable();
const sampleSets = [
  { set: 'fixture', skip: false, samples: fixtureConfigs().map((p) => readFileSync(p, 'utf8')) },
  {
    set: 'corpus',
    skip: !hasCorpus,
    samples: hasCorpus
      ? corpusEntries()
          .filter((e) => statSync(e.path).size < 200_000)
          .map((e) => readFileSync(e.path, 'utf8'))
      : [],
  },
];

/** Everything a consumer can read from a result, positions included. */
const snapshot = (r: ParseResult) => JSON.stringify({ ast: r.ast, errors: r.errors, lines: r.lines.lineStarts });

const spans = (list: { span: { start: number; end: number } }[]) => JSON.stringify(list.map((s) => s.span));

/** Text a user might type: whole statements, braces, quotes, comments, if/else, line breaks. */
const PIECES = [
  'host h { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.9; }\n',
  'option routers 10.0.0.1;',
  'range 10.0.0.10 10.0.0.20;',
  '{',
  '}',
  ';',
  '\n',
  '\r\n',
  ' ',
  '#',
  '# note\n',
  '"',
  '"quoted"',
  'if ',
  'else ',
  'elsif ',
  'x',
  '1',
  '.',
  '=',
  '==',
  'failover peer "fo";',
  'key k { secret abc; };',
  'include "/etc/dhcp/x.conf";',
  'group { include "y.conf"; }',
  'option x code 200 = { text, ip-address };',
  'switch (option host-name) {',
  'case "a":',
  'default:',
  'case 1:',
  '\u2010',
  '\t',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join('')),
    fc.constant(''),
  ),
});

describe('incremental reparse', () => {
  for (const { set, skip, samples } of sampleSets)
    it.skipIf(skip)(
      `gives exactly the full parse after any sequence of edits (every ${set} file)`,
      () => {
        let reused = 0;
        let total = 0;
        fc.assert(
          fc.property(
            fc.nat({ max: samples.length - 1 }),
            fc.array(edit, { minLength: 1, maxLength: 6 }),
            (which, edits) => {
              let text = samples[which]!;
              let prev = parse(text, { attachComments: false });
              includeStatements(prev.ast);
              for (const e of edits) {
                const at = Math.floor(e.at * text.length);
                text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
                const next = parse(text, { attachComments: false, previous: prev });
                const full = parse(text, { attachComments: false });
                total++;
                if (next.incremental) reused++;
                expect(snapshot(next)).toBe(snapshot(full));
                // Include lists kept per top-level statement across re-parses match a fresh search.
                expect(spans(includeStatements(next.ast))).toBe(spans(findAll(full.ast, 'Include')));
                prev = next;
              }
            },
          ),
          { numRuns: Number(process.env.DHCPLINT_PROPERTY_RUNS) || 1500 },
        );
        // The property is only interesting if most edits took the incremental path.
        expect(reused / total).toBeGreaterThan(0.5);
      },
      180_000,
    );

  it('reuses untouched statements and re-parses only the edited one', () => {
    const hosts = Array.from(
      { length: 200 },
      (_, i) =>
        `host h${i} { hardware ethernet 0:1:2:3:4:${(i % 256).toString(16)}; fixed-address 10.0.${i >> 8}.${i & 255}; }\n`,
    ).join('');
    const prev = parse(hosts, { attachComments: false });
    const firstHost = prev.ast.body[0];
    const lastHost = prev.ast.body[199];
    const at = hosts.indexOf('h100 ');
    const next = parse(`${hosts.slice(0, at)}renamed${hosts.slice(at + 4)}`, { attachComments: false, previous: prev });
    expect(next.incremental?.reparsed).toBeLessThanOrEqual(3);
    expect(next.ast.body[0]).toBe(firstHost);
    expect(next.ast.body[199]).toBe(lastHost);
    expect(lastHost?.span.start).toBe(hosts.lastIndexOf('host') + 3);
    expect(next.ast.body[100]?.type === 'Host' && next.ast.body[100].name).toBe('renamed');
  });

  it('falls back to a full parse for an unbalanced brace, and never reuses a tree with attached comments', () => {
    const text =
      'subnet 10.0.0.0 netmask 255.0.0.0 {\n  range 10.0.0.1 10.0.0.9;\n}\nhost a { fixed-address 10.0.0.5; }\n';
    const prev = parse(text, { attachComments: false });
    const opened = text.replace('}\nhost', '\nhost');
    const r = parse(opened, { attachComments: false, previous: prev });
    expect(r.incremental).toBeUndefined();
    expect(snapshot(r)).toBe(snapshot(parse(opened, { attachComments: false })));
    const withComments = parse(text);
    expect(parse(`${text}# more\n`, { attachComments: false, previous: withComments }).incremental).toBeUndefined();
  });
});
