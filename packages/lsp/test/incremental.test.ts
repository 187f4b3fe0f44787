import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, SourceFile } from '@dhcplint/linter';
import { Project, type Analysis } from '../src/project.js';
import { repoRoot } from '../../../scripts/test/corpus.js';

const deployment = join(repoRoot, 'test-fixtures/deployment');
const files = ['serv1/etc/dhcp/dhcpd.conf', 'serv1/etc/dhcp/failover.conf', 'serv2/etc/dhcp/dhcpd.conf'].map((f) =>
  join(deployment, f),
);
const PIECES = [
  'class "voip" { match hardware; }\n',
  'key k { algorithm hmac-md5; secret "c2VjcmV0"; };\n',
  'filename pxelinux.0;\n',
  'mclt 600;\n',
  'split 255;\n',
  'port 648;\n',
  'host h { hardware ethernet 0:1:2:3:4:5; fixed-address 10.20.0.40; }\n',
  'max\u2010lease\u2010time 60;\n',
  '\n',
  '{',
  '}',
  ';',
  '#',
  '"',
  'x',
];

function projectWith(buffers: Map<string, string>): Project {
  const p = new Project();
  p.folders = [deployment];
  p.statementsPerPause = 1; // a stopped check can stop inside any statement
  for (const [k, v] of buffers) p.buffers.set(k, v);
  return p;
}

/**
 * Everything the rules read from a server's facts, with each location as file, offsets and the
 * line/character the file's current line index gives (kept facts must point into the current text).
 */
function factsSnapshot(analysis: Analysis): string {
  const at = (l: { file: SourceFile; span: { start: number; end: number } }) => [
    l.file.uri,
    l.span.start,
    l.span.end,
    l.file.lines.rangeOf(l.span),
    l.file.ast?.source.slice(l.span.start, l.span.end),
  ];
  return JSON.stringify(
    analysis.servers.map(({ facts: f }) => ({
      peers: [...f.peers].map(([name, list]) => [
        name,
        list.map((p) => [at(p), p.role, [...p.settings].map(([k, v]) => [k, v.value, at(v)]), p.ancestors.length]),
      ]),
      peerRefs: f.peerRefs.map((r) => [at(r), r.name, r.quoted, r.ancestors.length]),
      pools: f.pools.map((p) => [
        at(p),
        p.peer,
        p.peerRef && at(p.peerRef),
        p.permits,
        p.ranges.length,
        p.subnet && at(p.subnet),
      ]),
      ranges: f.ranges.map((r) => [
        at(r),
        r.low,
        r.high,
        r.text,
        r.dynamicBootp,
        r.pool && at(r.pool),
        r.subnet && at(r.subnet),
      ]),
      subnets: f.subnets.map((x) => [
        at(x),
        x.key,
        x.sharedNetwork,
        [...x.settings].map(([k, v]) => [k, v.value, at(v)]),
      ]),
      hosts: f.hosts.map((h) => [
        at(h),
        h.name,
        h.macs.map((m) => [m.value, at(m.loc)]),
        h.fixed.map((x) => [x.address, x.text, at(x.loc)]),
      ]),
      globals: [...f.globals].map(([k, v]) => [k, v.value, at(v)]),
      declarations: f.declarations.map((d) => [d.type, d.name, at({ file: d.file, span: d.decl.span })]),
    })),
  );
}

const flat = (diags: Map<string, Diagnostic[]>) =>
  [...diags.values()]
    .flat()
    .map((d) => JSON.stringify([d.uri, d.span, d.range, d.ruleId, d.message, d.fix, d.related]))
    .sort();

describe('language server analysis across edits', () => {
  it('after any sequence of edits to either file of a pair, and of checks stopped part-way, the reused analysis (diagnostics and facts) equals a fresh one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            file: fc.nat({ max: files.length - 1 }),
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            remove: fc.nat({ max: 20 }),
            insert: fc.oneof(fc.constantFrom(...PIECES), fc.constant('')),
            // A check the next edit makes stale, stopped after this many steps (the server drops it at a pause).
            stopAfter: fc.option(fc.nat({ max: 60 })),
            // A feature request (hover, …) parsing the edited buffer before the next check.
            featureParse: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          const buffers = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
          const live = projectWith(buffers);
          live.analyze();
          for (const e of edits) {
            const path = files[e.file]!;
            const text = buffers.get(path)!;
            const at = Math.floor(e.at * text.length);
            buffers.set(path, text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove)));
            live.buffers.set(path, buffers.get(path)!);
            if (e.featureParse) live.parseFile(path, buffers.get(path)!);
            if (e.stopAfter !== null) {
              const steps = live.analyzeSteps();
              for (let k = 0; k < e.stopAfter && !steps.next().done; k++);
              steps.return(undefined as never);
              continue;
            }
            const [kept, fresh] = [live.analyze(), projectWith(buffers).analyze()];
            expect(flat(kept.diagnostics)).toEqual(flat(fresh.diagnostics));
            expect(factsSnapshot(kept)).toBe(factsSnapshot(fresh));
          }
          const [kept, fresh] = [live.analyze(), projectWith(buffers).analyze()];
          expect(flat(kept.diagnostics)).toEqual(flat(fresh.diagnostics));
          expect(factsSnapshot(kept)).toBe(factsSnapshot(fresh));
        },
      ),
      { numRuns: Number(process.env.DHCPLINT_PROPERTY_RUNS) || 150 },
    );
  }, 180_000);
});

describe('the project reads through its session', () => {
  it("reads the workspace's rc file once per check, through the open-buffers-over-disk file system", () => {
    const flat = join(repoRoot, 'test-fixtures/flat');
    const rc = join(flat, '.dhcplintrc.json');
    const p = new Project();
    p.folders = [flat];
    // Count what the session reads through the project's file system (the object it was given).
    const read = p.fs.readFile;
    const asked: string[] = [];
    Object.assign(p.fs, { readFile: (path: string) => (asked.push(path), read(path)) });
    for (let check = 1; check <= 3; check++) {
      const analysis = p.analyze();
      expect(analysis.pairs.map((pair) => [pair.a.name, pair.b.name])).toEqual([['serv1', 'serv2']]);
      expect(asked.filter((path) => path === rc)).toHaveLength(check);
    }
  });
});
