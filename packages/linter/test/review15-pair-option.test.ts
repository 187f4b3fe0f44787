// Review of #15, finding 6: --pair is validated (A=B, both exist: one clear line, exit 2) and
// pairs a file with its partner without the partner being named again. Through the built CLI.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatFixture, runCli, tempDirs } from './support/cli-json.js';

const temp = tempDirs();
const run = runCli;

describe('finding 6: --pair is validated and brings its partner', () => {
  function loose(): string {
    const d = temp();
    mkdirSync(join(d, 'loose'));
    writeFileSync(join(d, 'loose/primary.conf'), readFileSync(join(flatFixture, 'serv1_dhcpd.conf'), 'utf8'));
    writeFileSync(
      join(d, 'loose/secondary.conf'),
      readFileSync(join(flatFixture, 'serv2_dhcpd.conf'), 'utf8').replace(/^ {2}port 647;$/m, '  port 847;'),
    );
    return d;
  }

  it('--pair without =B is a usage error on one line, exit 2', () => {
    const d = loose();
    const r = run(d, ['--pair', 'loose/primary.conf', 'loose/primary.conf']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^dhcplint: --pair expects A=B/);
  });

  it('--pair naming a file that does not exist is a usage error, exit 2', () => {
    const d = loose();
    const r = run(d, ['--pair', 'loose/primary.conf=loose/nope.conf', 'loose/primary.conf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('loose/nope.conf');
    expect(r.stderr.split('\n')[0]).toMatch(/^dhcplint: --pair: .*no such file/);
  });

  it('--pair A=B with only A given lints the pair', () => {
    const d = loose();
    const r = run(d, ['--format', 'json', '--pair', 'loose/primary.conf=loose/secondary.conf', 'loose/primary.conf']);
    expect(r.messages(join(d, 'loose/primary.conf')).map((m) => m.ruleId)).toContain('pair-ports');
    expect(r.messages(join(d, 'loose/primary.conf')).map((m) => m.ruleId)).not.toContain('pair-partner-missing');
    const s = run(d, ['--pair', 'loose/primary.conf=loose/secondary.conf', 'loose/primary.conf']);
    expect(s.stderr).toContain('1 failover pair (primary.conf ↔ secondary.conf)');
  });
});
