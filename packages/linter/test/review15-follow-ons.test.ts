// Review of #15, finding 2: a statement with an error (an unknown option, an invalid value) is not
// used as a value by the pair and consistency checks, so it gives its own error and nothing else:
// no pair-scope-settings on either server for `option rooters`, no pair warning showing `72x00`,
// no failover-port-conflict or pair-ports for `peer port 64x7`. A misspelt option stands for the
// option it was meant to be, as a misspelt statement (`max-lease-tme`) already does.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/test/corpus.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const flatFixture = join(repoRoot, 'test-fixtures/flat');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Message {
  ruleId: string;
  line: number;
  message: string;
}

/** Lints a loose pair whose serv1 has `from` replaced by `to`: each file's messages. */
function lintWith(from: string, to: string): { serv1: Message[]; serv2: Message[] } {
  const d = mkdtempSync(join(tmpdir(), 'review15-follow-'));
  dirs.push(d);
  const one = readFileSync(join(flatFixture, 'serv1_dhcpd.conf'), 'utf8');
  if (!one.includes(from)) throw new Error(`fixture changed: ${from} not found`);
  writeFileSync(join(d, 'serv1.conf'), one.replace(from, to));
  writeFileSync(join(d, 'serv2.conf'), readFileSync(join(flatFixture, 'serv2_dhcpd.conf'), 'utf8'));
  const r = spawnSync(process.execPath, [cli, '--format', 'json', 'serv1.conf', 'serv2.conf'], {
    cwd: d,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
  const of = (f: string) => files.find((x) => x.filePath === join(d, f))?.messages ?? [];
  return { serv1: of('serv1.conf'), serv2: of('serv2.conf') };
}

const ids = (m: Message[]) => m.map((x) => x.ruleId).sort();

describe('a statement with an error gives its own error and no follow-on', () => {
  it('option rooters (did you mean routers): unknown-option only, no pair-scope-settings on either server', () => {
    const r = lintWith('  option routers 10.30.0.1;', '  option rooters 10.30.0.1;');
    expect(ids(r.serv1)).toEqual(['unknown-option']);
    expect(ids(r.serv2)).toEqual([]);
  });

  it('an unknown option with no close match is not "set here but not there" either', () => {
    const r = lintWith('  option routers 10.30.0.1;', '  option routers 10.30.0.1;\n  option frobnicator-widget 1;');
    expect(ids(r.serv1)).toEqual(['unknown-option']);
    expect(ids(r.serv2)).toEqual([]);
  });

  it('max-lease-time 72x00: invalid-value only, the partner shows no warning with 72x00', () => {
    const r = lintWith('max-lease-time 7200;', 'max-lease-time 72x00;');
    expect(ids(r.serv1)).toEqual(['invalid-value']);
    expect(ids(r.serv2)).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('72x00 globally');
    // A valid value that differs is still reported: the suppression is of errors only.
    expect(ids(lintWith('max-lease-time 7200;', 'max-lease-time 7300;').serv1)).toEqual(['pair-scope-settings']);
  });

  it('peer port 64x7: invalid-value only, no failover-port-conflict or pair-ports', () => {
    const r = lintWith('  peer port 647;', '  peer port 64x7;');
    expect(ids(r.serv1)).toEqual(['invalid-value']);
    expect(ids(r.serv2)).toEqual([]);
  });
});
