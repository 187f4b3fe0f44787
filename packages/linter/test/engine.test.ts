import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import {
  allConfigRules,
  allRuleMetas,
  collectFacts,
  lintServer,
  lintServerSteps,
  LintSession,
  loadServerConfig,
  memoryFs,
  walkConfig,
  walkConfigSteps,
  type RuleMeta,
  type ServerConfig,
} from '@dhcplint/linter';
import { corpusAvailable, corpusEntries, fixtureConfigs } from '../../../scripts/test/corpus.js';
import { childStatements, type AnyStatement } from '@dhcplint/parser';
import type { ConfigRule } from '../src/rules/rule.js';

const meta = (id: string): RuleMeta => ({
  id,
  category: 'meta',
  defaultSeverity: 'error',
  description: 'test',
  rationale: 'test',
  dhcpd: 'n/a',
  recommended: true,
  examples: { incorrect: '', correct: '' },
});
const injected: ConfigRule[] = [];
const inject = (r: ConfigRule) => {
  injected.push(r);
  allConfigRules.push(r);
};
afterEach(() => {
  for (const r of injected.splice(0)) allConfigRules.splice(allConfigRules.indexOf(r), 1);
});

function lint(text: string) {
  const config = loadServerConfig('/x/dhcpd.conf', { fs: memoryFs({ '/x/dhcpd.conf': text }) })!;
  return lintServer(config, {}, collectFacts(config));
}

describe('rule engine', () => {
  it('turns a rule that throws (in create, statement or end) into one internal-error diagnostic and keeps the other rules running', () => {
    inject({
      meta: meta('throws-in-statement'),
      create: () => ({
        statement: () => {
          throw new Error('boom');
        },
      }),
    });
    inject({
      meta: meta('throws-in-end'),
      create: () => ({
        end: () => {
          throw new Error('bang');
        },
      }),
    });
    inject({
      meta: meta('throws-in-create'),
      create: () => {
        throw new Error('bad');
      },
    });
    inject({ meta: meta('returns-nothing'), create: () => undefined as never });
    const r = lint('default-lease-time ten;\nmax-lease-time 7200;\n');
    const internal = r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message);
    expect(internal).toEqual(
      expect.arrayContaining([
        "Rule 'throws-in-statement' failed: boom",
        "Rule 'throws-in-end' failed: bang",
        expect.stringContaining("Rule 'throws-in-create' failed"),
      ]),
    );
    expect(internal.filter((m) => m.includes('throws-in-statement'))).toHaveLength(1); // once, not per statement
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('invalid-value'); // the real rules still ran
  });

  it('runs a generator end() to its end across pauses, and a throw in one of its steps stops that rule only', () => {
    const seen: number[] = [];
    inject({
      meta: meta('stepped-end'),
      create: (ctx) => ({
        *end() {
          for (const h of ctx.facts.hosts) {
            seen.push(h.span.start);
            yield;
          }
          ctx.report({ file: ctx.config.main, span: { start: 0, end: 1 }, message: 'stepped done' });
        },
      }),
    });
    inject({
      meta: meta('throws-mid-end'),
      create: () => ({
        *end() {
          yield;
          yield;
          throw new Error('late');
        },
      }),
    });
    const text =
      'host a { hardware ethernet 0:1:2:3:4:5; }\nhost b { hardware ethernet 0:1:2:3:4:6; }\nhost c { hardware ethernet 0:1:2:3:4:7; }\n';
    const r = lint(text);
    expect(seen).toHaveLength(3);
    expect(r.diagnostics.filter((d) => d.ruleId === 'stepped-end').map((d) => d.message)).toEqual(['stepped done']);
    expect(r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message)).toEqual([
      "Rule 'throws-mid-end' failed: late",
    ]);
  });

  it('runs the whole generator end() of a rule whose statement handler failed earlier', () => {
    let thrown = false;
    inject({
      meta: meta('fails-once-then-ends'),
      create: (ctx) => ({
        statement: () => {
          if (!thrown) throw ((thrown = true), new Error('once'));
        },
        *end() {
          yield;
          yield;
          ctx.report({ file: ctx.config.main, span: { start: 0, end: 1 }, message: 'end reached' });
        },
      }),
    });
    const r = lint('default-lease-time 600;\nmax-lease-time 7200;\n');
    expect(r.diagnostics.filter((d) => d.ruleId === 'fails-once-then-ends').map((d) => d.message)).toEqual([
      'end reached',
    ]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message)).toEqual([
      "Rule 'fails-once-then-ends' failed: once",
    ]);
  });
});

/** The walk as it was written before it could pause: recursive, for comparison. */
function recursiveWalk(config: ServerConfig, stopAt: (s: AnyStatement) => boolean): string[] {
  const events: string[] = [];
  const seen = new Set<unknown>();
  const visitFile = (file: ServerConfig['main'], ancestors: AnyStatement[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of file.ast?.body ?? []) visit(s, ancestors, file);
  };
  const visit = (s: AnyStatement, ancestors: AnyStatement[], file: ServerConfig['main']): void => {
    events.push(`enter ${s.type}@${file.uri}:${s.span.start} [${ancestors.map((a) => a.span.start).join(',')}]`);
    if (!stopAt(s)) {
      if (s.type === 'Include') {
        const target = config.includeTargets.get(s);
        if (target) visitFile(target, ancestors);
      }
      ancestors.push(s);
      for (const c of childStatements(s)) visit(c, ancestors, file);
      ancestors.pop();
    }
    events.push(`leave ${s.type}@${file.uri}:${s.span.start} [${ancestors.map((a) => a.span.start).join(',')}]`);
  };
  visitFile(config.main, []);
  return events;
}

describe('stepped walk (walkConfigSteps)', () => {
  const files = {
    '/x/dhcpd.conf':
      'include "/x/a.conf";\nshared-network n {\n  include "/x/b.conf";\n  subnet 10.0.0.0 netmask 255.255.255.0 {\n    pool { range 10.0.0.10 10.0.0.20; }\n  }\n}\nif option vendor-class-identifier = "x" { filename "a"; } elsif exists user-class { filename "b"; } else { filename "c"; }\ninclude "/x/a.conf";\n',
    '/x/a.conf': 'host h { hardware ethernet 0:1:2:3:4:5; }\ninclude "/x/b.conf";\n',
    '/x/b.conf': 'group { host g { fixed-address 10.0.0.5; } }\ninclude "/x/a.conf";\n',
  };
  const config = loadServerConfig('/x/dhcpd.conf', { fs: memoryFs(files) })!;
  const eventsOf = (pausesEvery: number, stopAt: (s: AnyStatement) => boolean) => {
    const events: string[] = [];
    const at = (s: AnyStatement, ancestors: readonly AnyStatement[], file: { uri: string }) =>
      `${s.type}@${file.uri}:${s.span.start} [${ancestors.map((a) => a.span.start).join(',')}]`;
    let pauses = 0;
    const steps = walkConfigSteps(
      config,
      {
        enter: (s, a, f) => (events.push(`enter ${at(s, a, f)}`), !stopAt(s)),
        leave: (s, a, f) => void events.push(`leave ${at(s, a, f)}`),
      },
      pausesEvery,
    );
    while (!steps.next().done) pauses++;
    return { events, pauses };
  };

  it('visits statements, includes (once each, where they stand) and ancestors exactly as the recursive walk did, at any pause interval', () => {
    for (const stopAt of [() => false, (s: AnyStatement) => s.type === 'Pool' || s.type === 'Group']) {
      const expected = recursiveWalk(config, stopAt);
      expect(expected.length).toBeGreaterThan(20);
      for (const every of [1, 2, 3, 7, 256]) expect(eventsOf(every, stopAt).events).toEqual(expected);
    }
  });

  it('pauses once per so many statements entered', () => {
    const entered = recursiveWalk(config, () => false).filter((e) => e.startsWith('enter')).length;
    expect(eventsOf(1, () => false).pauses).toBe(entered);
    expect(eventsOf(4, () => false).pauses).toBe(Math.floor(entered / 4));
    let n = 0;
    walkConfig(config, { enter: () => void n++ });
    expect(n).toBe(entered);
  });

  it('gives the same lint result stepped or run at once', () => {
    const steps = lintServerSteps(config, {}, collectFacts(config), new LintSession({ statementsPerPause: 1 }));
    let r = steps.next();
    let pauses = 0;
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(20);
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(lintServer(config, {}, collectFacts(config))));
  });
});

describe('located at the true cause', () => {
  it("points at a ';' left out between two statements on one line", () => {
    const r = lint(
      'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800 split 128;\n}\n',
    );
    const d = r.diagnostics.find((x) => x.ruleId === 'invalid-value')!;
    expect(d.message).toContain("Is a ';' missing before 'split'?");
    expect([d.range.start.line, d.range.start.character]).toEqual([4, 12]);
  });
});

describe('statement types a rule declares (RuleHandlers.statementTypes)', () => {
  // The corpus is a test of its own, so a run without it counts that test as skipped.
  const sampleSets = [
    {
      set: 'example and fixture',
      skip: false,
      load: () => [
        ...allRuleMetas.flatMap((m) => [m.examples.incorrect, m.examples.correct]).filter(Boolean),
        ...fixtureConfigs().map((p) => readFileSync(p, 'utf8')),
      ],
    },
    {
      set: 'corpus',
      skip: !corpusAvailable(),
      load: () =>
        corpusEntries()
          .filter((e) => /\.conf$/.test(e.file) && statSync(e.path).size < 300_000)
          .map((e) => readFileSync(e.path, 'utf8')),
    },
  ];
  for (const { set, skip, load } of sampleSets)
    it.skipIf(skip)(
      `skip only statements the rule would not have reported on: same results with the filter removed, on every ${set} config`,
      () => {
        const samples = load();
        const lintAll = () => samples.map((text) => JSON.stringify(lint(text).diagnostics));
        const filtered = lintAll();
        const originals = allConfigRules.map((r) => r.create);
        let declared = 0;
        try {
          for (const r of allConfigRules) {
            const create = r.create;
            r.create = (ctx) => {
              const h = create(ctx);
              if (h?.statementTypes) declared++;
              return h ? { ...h, statement: h.statement?.bind(h), end: h.end?.bind(h), statementTypes: undefined } : h;
            };
          }
          const unfiltered = lintAll();
          expect(declared).toBeGreaterThan(15);
          expect(unfiltered).toEqual(filtered);
        } finally {
          allConfigRules.forEach((r, i) => (r.create = originals[i]!));
        }
      },
    );
});
