import { afterEach, describe, expect, it } from 'vitest';
import { allConfigRules, collectFacts, lintServer, loadServerConfig, memoryFs, type RuleMeta } from '@dhcplint/linter';
import type { ConfigRule } from '../src/rules/rule.js';

const meta = (id: string): RuleMeta => ({ id, category: 'meta', defaultSeverity: 'error', description: 'test', rationale: 'test', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '' } });
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
    inject({ meta: meta('throws-in-statement'), create: () => ({ statement: () => { throw new Error('boom'); } }) });
    inject({ meta: meta('throws-in-end'), create: () => ({ end: () => { throw new Error('bang'); } }) });
    inject({ meta: meta('throws-in-create'), create: () => { throw new Error('bad'); } });
    inject({ meta: meta('returns-nothing'), create: () => undefined as never });
    const r = lint('default-lease-time ten;\nmax-lease-time 7200;\n');
    const internal = r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.message);
    expect(internal).toEqual(expect.arrayContaining(["Rule 'throws-in-statement' failed: boom", "Rule 'throws-in-end' failed: bang", expect.stringContaining("Rule 'throws-in-create' failed")]));
    expect(internal.filter((m) => m.includes('throws-in-statement'))).toHaveLength(1); // once, not per statement
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('invalid-value'); // the real rules still ran
  });
});

describe('located at the true cause', () => {
  it("points at a ';' left out between two statements on one line", () => {
    const r = lint('failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800 split 128;\n}\n');
    const d = r.diagnostics.find((x) => x.ruleId === 'invalid-value')!;
    expect(d.message).toContain("Is a ';' missing before 'split'?");
    expect([d.range.start.line, d.range.start.character]).toEqual([4, 12]);
  });
});
