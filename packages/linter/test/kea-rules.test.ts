// The Kea readiness rules as a group (each rule's cases are in src/rules/kea-*.test.ts): what they
// flag is something dhcpd accepts (that is the point), they are off by default, and the `kea`
// preset of an rc file turns every one of them on.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keaPreset, keaRules, keaRulesOff, KEA_RULE_IDS, lintPaths } from '@dhcplint/linter';
import { settingsFromRc } from '../src/config-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const hasDhcpd = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;
if (!hasDhcpd) console.warn('dhcpd is not installed: the dhcpd -t checks of the Kea readiness examples are SKIPPED');

let n = 0;
function write(text: string): string {
  const file = join(scratch, `t${n++}.conf`);
  writeFileSync(file, text);
  return file;
}

const rulesDir = new URL('../src/rules/', import.meta.url).pathname;

it('the group is exactly the rule files named kea-*.ts', () => {
  const files = readdirSync(rulesDir)
    .filter((f) => /^kea-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3));
  expect([...KEA_RULE_IDS].sort()).toEqual(files.sort());
  expect(files).toHaveLength(5);
});

describe.each(keaRules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it.skipIf(!hasDhcpd)('flags something dhcpd -t accepts', () => {
    const leases = join(scratch, 'x.leases');
    writeFileSync(leases, '');
    const args = ['-t', '-4', '-cf', write(rule.meta.examples.incorrect), '-lf', leases, '-pf', join(scratch, 'x.pid')];
    const r = spawnSync('dhcpd', args, { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('is off by default and on at its default severity with "extends": "kea"', () => {
    expect(rule.meta.recommended).toBe(false);
    expect(rule.meta.offByDefault).toBe(true);
    expect(keaRulesOff[id]).toBe('off');
    const severity = rule.meta.defaultSeverity === 'warning' ? 'warn' : rule.meta.defaultSeverity;
    expect(keaPreset[id]).toBe(severity);
    const file = write(rule.meta.examples.incorrect);
    expect(lintPaths([file], {}).diagnostics.map((d) => d.ruleId)).not.toContain(id);
    const withPreset = lintPaths([file], settingsFromRc({ extends: 'kea' }, scratch)).diagnostics;
    const own = withPreset.filter((d) => d.ruleId === id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.severity === rule.meta.defaultSeverity)).toBe(true);
  });
});
