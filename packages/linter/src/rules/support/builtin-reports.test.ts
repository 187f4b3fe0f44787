// The report builders of the builtin rules give the engine's text, so switching the engine to them
// changes no message: each is compared with what a lint of the same files reports today.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFacts, lintPaths, loadServerConfig, type Diagnostic } from '@dhcplint/linter';
import { partnerMissingReport } from '../pair-partner-missing.js';
import { readRefusedHostFileReport } from '../read-refused.js';
import { syntaxReport } from '../syntax.js';
import { unusedDirectiveReport } from '../unused-disable-directive.js';
import { conf, peerBlock } from './examples.js';
import { includeErrorReport } from './include-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'dhcplint-builtin-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string, text: string): { path: string; diagnostics: Diagnostic[] } {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, diagnostics: lintPaths([path]).diagnostics };
}
/** The configuration loaded from `path`; a failed test, not a TypeError, when there is none. */
function configOf(path: string): NonNullable<ReturnType<typeof loadServerConfig>> {
  const config = loadServerConfig(path, {});
  if (!config) throw new Error(`${path}: no configuration loaded`);
  return config;
}

/** The first declaration of failover peer "fo" in `path`. */
function peerFo(path: string) {
  const peer = collectFacts(configOf(path)).peers.get('fo')?.[0];
  if (!peer) throw new Error(`${path}: no failover peer "fo"`);
  return peer;
}

const messagesOf = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.message);

describe('builtin report builders', () => {
  it('syntax', () => {
    const { path, diagnostics } = written('syntax.conf', conf('default-lease-time 600', 'group {'));
    const config = configOf(path);
    const built = config.parseErrors.map(({ file, error }) => syntaxReport(file, error));
    expect(built.map((r) => r.messageId)).toEqual(['parseError', 'parseError']);
    expect(built.map((r) => r.message)).toEqual(messagesOf(diagnostics, 'syntax'));
  });

  it('include errors: missing, cycle and refused, by their code', () => {
    writeFileSync(join(dir, 'blob.conf'), 'host a {\u0000 }\n');
    const includes = ['missing.conf', 'includes.conf', 'blob.conf'].map((n) => `include "${join(dir, n)}";`);
    const { path, diagnostics } = written('includes.conf', conf(...includes));
    const config = configOf(path);
    const built = config.includeErrors.map(({ file, error }) => includeErrorReport(file, error));
    expect(built.map((r) => r.messageId)).toEqual(['notFound', 'cycle', 'include']);
    const engine = diagnostics.filter((d) => ['include-missing', 'include-cycle', 'read-refused'].includes(d.ruleId));
    expect(built.map((r) => r.message)).toEqual(engine.map((d) => d.message));
  });

  it('pair-partner-missing, on the same span', () => {
    const { path, diagnostics } = written('peer.conf', peerBlock('  primary;'));
    const built = partnerMissingReport(peerFo(path));
    const engine = diagnostics.find((d) => d.ruleId === 'pair-partner-missing');
    expect(engine).toBeDefined();
    expect([built.message, built.span]).toEqual([engine?.message, engine?.span]);
  });

  it("pair-partner-missing: the engine's texts when the partner is not found or ambiguous", () => {
    const { path } = written('peer2.conf', peerBlock('  primary;'));
    const peer = peerFo(path);
    const sameRole = partnerMissingReport(peer, {
      messageId: 'sameRole',
      candidates: 'b.conf',
      declare: 'declares',
      role: 'primary',
    });
    expect(sameRole.message).toBe(
      'Failover peer "fo": no partner found, so the pair checks did not run (b.conf also declares it, but as primary ' +
        'too). Lint both servers together, or pair them with --pair A=B or "pairs" in .dhcplintrc.json.',
    );
    const ambiguous = partnerMissingReport(peer, {
      messageId: 'ambiguous',
      candidates: 'b.conf as secondary, c.conf as secondary',
      declare: 'declare',
    });
    expect(ambiguous.message).toBe(
      'Failover peer "fo": which configuration is its partner is ambiguous (b.conf as secondary, c.conf as secondary ' +
        'also declare it), so the pair checks did not run. Pair the two servers with --pair A=B or "pairs" in ' +
        '.dhcplintrc.json, or lint one pair at a time.',
    );
  });

  it('unused-disable-directive, with and without rule ids', () => {
    const { path, diagnostics } = written(
      'directives.conf',
      conf('# dhcplint-disable-next-line lease-times', 'default-lease-time 600; # dhcplint-disable-line'),
    );
    const file = configOf(path).main;
    const built = [
      unusedDirectiveReport(file, { span: { start: 0, end: 1 }, kind: 'disable-next-line', ids: ['lease-times'] }),
      unusedDirectiveReport(file, { span: { start: 0, end: 1 }, kind: 'disable-line', ids: [] }),
    ];
    expect(built.map((r) => r.message)).toEqual(messagesOf(diagnostics, 'unused-disable-directive'));
  });

  it('read-refused for a host file', () => {
    const file = configOf(written('any.conf', conf('default-lease-time 600;')).path).main;
    const built = readRefusedHostFileReport(file, { path: '/etc/netplan/01.yaml', reason: 'outside the server root' });
    expect([built.messageId, built.message]).toEqual([
      'hostFile',
      'Host file not read: /etc/netplan/01.yaml is outside the server root.',
    ]);
  });
});
