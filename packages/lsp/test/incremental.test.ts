import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from '@dhcplint/linter';
import { Project } from '../src/project.js';
import { repoRoot } from '../../../scripts/test/corpus.js';

const deployment = join(repoRoot, 'test-fixtures/deployment');
const files = ['serv1/etc/dhcp/dhcpd.conf', 'serv1/etc/dhcp/failover.conf', 'serv2/etc/dhcp/dhcpd.conf'].map((f) => join(deployment, f));
const PIECES = ['filename pxelinux.0;\n', 'mclt 600;\n', 'split 255;\n', 'port 648;\n', 'host h { hardware ethernet 0:1:2:3:4:5; fixed-address 10.20.0.40; }\n', 'max\u2010lease\u2010time 60;\n', '\n', '{', '}', ';', '#', '"', 'x'];

function projectWith(buffers: Map<string, string>): Project {
  const p = new Project();
  p.folders = [deployment];
  p.statementsPerPause = 1; // a stopped check can stop inside any statement
  for (const [k, v] of buffers) p.buffers.set(k, v);
  return p;
}

const flat = (diags: Map<string, Diagnostic[]>) =>
  [...diags.values()].flat().map((d) => JSON.stringify([d.uri, d.span, d.range, d.ruleId, d.message, d.fix, d.related])).sort();

describe('language server analysis across edits', () => {
  it('after any sequence of edits to either file of a pair, and of checks stopped part-way, the reused analysis equals a fresh one', () => {
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
            expect(flat(live.analyze().diagnostics)).toEqual(flat(projectWith(buffers).analyze().diagnostics));
          }
          expect(flat(live.analyze().diagnostics)).toEqual(flat(projectWith(buffers).analyze().diagnostics));
        },
      ),
      { numRuns: Number(process.env.DHCPLINT_PROPERTY_RUNS) || 150 },
    );
  }, 180_000);
});
