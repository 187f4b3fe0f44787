import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import {
  allConfigRules,
  allRuleMetas,
  collectFactsSteps,
  loadServerConfig,
  memoryFs,
  runToEnd,
  type Diagnostic,
} from '@dhcplint/linter';
import { LintSession } from '@dhcplint/linter';
import { corpusAvailable, corpusEntries, fixtureConfigs } from '../../../scripts/test/corpus.js';

// Every rule's incorrect example (so each per-statement rule fires) and the fixtures; the corpus in a
// test of its own, so a run without the corpus counts it as skipped.
const hasCorpus = corpusAvailable();
const sampleSets = [
  {
    set: 'examples and fixtures',
    skip: false,
    samples: [
      ...allRuleMetas.map((m) => m.examples.incorrect).filter(Boolean),
      ...fixtureConfigs().map((p) => readFileSync(p, 'utf8')),
    ],
  },
  {
    set: 'corpus',
    skip: !hasCorpus,
    samples: hasCorpus
      ? corpusEntries()
          .filter((e) => /\.conf$/.test(e.file) && statSync(e.path).size < 100_000)
          .map((e) => readFileSync(e.path, 'utf8'))
      : [],
  },
];

/** Statements that trip the per-statement rules, plus structure that moves everything after it. */
const PIECES = [
  'filename pxelinux.0;\n',
  'option subnet-mask 24;\n',
  'next-server tftp.example.net;\n',
  'host h { hardware ethernet 0:1:2:3:4; fixed-address pc.example.net; }\n',
  'interface eth0;\n',
  'default-lease-tme 600;\n',
  'range 10.0.0.300 10.0.0.1;\n',
  'subnet6 2001:db8::/64 { }\n',
  'max\u2010lease\u2010time 60;\n',
  'include "rel.conf";\n',
  'group { include "rel.conf"; }\n',
  'host d { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.9; }\n',
  'host d { hardware ethernet 0:1:2:3:4:5; hardware ethernet 0:1:2:3:4:7; fixed-address 10.0.0.9, 10.0.0.7; }\n',
  'host e { hardware ethernet 0:1:2:3:4:7; }\n',
  'failover peer "fo" { primary; mclt 60; }\n',
  'subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "fo"; range 10.0.0.5 10.0.0.20; } }\n',
  'default-lease-time ten;\n',
  '\n',
  ' ',
  '{',
  '}',
  ';',
  '#',
  'x',
];

const MAIN = '/srv/etc/dhcp/dhcpd.conf';
/** Versions of the file `include "rel.conf"` reads. */
const INCLUDED = [
  'option domain-name example.com;\nhost r { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.9; }\n',
  'host r { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.300; }\nfailover peer "fo" { secondary; }\n',
  '',
];
const key = (d: Diagnostic) =>
  JSON.stringify([d.uri, d.span.start, d.span.end, d.ruleId, d.message, d.range, d.fix, d.related]);
const sorted = (ds: Diagnostic[]) => ds.map(key).sort();

describe('incremental lint (language server path)', () => {
  it('marks the rules it reuses, and they are real rules', () => {
    const ids = allConfigRules.filter((r) => r.meta.perStatement).map((r) => r.meta.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids).toContain('invalid-value');
  });

  for (const { set, skip, samples } of sampleSets)
    it.skipIf(skip)(
      `reports exactly what a full lint reports after any sequence of edits (${set})`,
      () => {
        fc.assert(
          fc.property(
            fc.nat({ max: samples.length - 1 }),
            fc.array(
              fc.record({
                at: fc.double({ min: 0, max: 1, noNaN: true }),
                remove: fc.nat({ max: 25 }),
                insert: fc.oneof(fc.constantFrom(...PIECES), fc.constant('')),
                included: fc.nat({ max: INCLUDED.length - 1 }),
              }),
              { minLength: 1, maxLength: 5 },
            ),
            (which, edits) => {
              let text = samples[which]!;
              // Everything the language server keeps between runs: parse results, statement results, facts, source files.
              const cached = new LintSession({ incremental: true });
              let included = INCLUDED[0]!;
              const lintWith = (t: string, session: LintSession) => {
                const fs = memoryFs({ [MAIN]: t, '/srv/etc/dhcp/rel.conf': included });
                const config = loadServerConfig(MAIN, {
                  fs,
                  cache: session.caches?.parse,
                  sourceFiles: session.caches?.sourceFiles,
                })!;
                return session.lintServer(
                  config,
                  {},
                  runToEnd(collectFactsSteps(config, undefined, session.caches?.facts)),
                ).diagnostics;
              };
              lintWith(text, cached);
              for (const e of edits) {
                const at = Math.floor(e.at * text.length);
                text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
                included = INCLUDED[e.included]!; // the included file changes on its own too
                expect(sorted(lintWith(text, cached))).toEqual(sorted(lintWith(text, new LintSession())));
              }
            },
          ),
          { numRuns: Number(process.env.DHCPLINT_PROPERTY_RUNS) || 400 },
        );
      },
      180_000,
    );
});
