// One walk: a rule's statement() must not need the server's facts, so the walk that dispatches the
// rules can gather those facts as it goes (they are whole only when end() runs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkConfig } from '../src/model/config.js';
import type { ServerFacts } from '../src/model/facts.js';
import rule from '../src/rules/failover-peer-undeclared.js';
import { conf, PEER_FO, POOL_FO } from '../src/rules/support/examples.js';
import { LintSession } from '../src/session/session.js';
import type { ReportInput } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'dhcplint-one-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('failover-peer-undeclared with facts that fill in during the walk', () => {
  it('tells a peer declared further down from a missing one, from the facts at end()', () => {
    const file = join(dir, 'dhcpd.conf');
    writeFileSync(
      file,
      POOL_FO +
        PEER_FO() +
        conf(
          'subnet 10.0.1.0 netmask 255.255.255.0 {',
          '  pool {',
          '    failover peer "gone";',
          '    range 10.0.1.10 10.0.1.99;',
          '  }',
          '}',
        ),
    );
    const [server] = new LintSession().loadServers([file]).servers;
    if (!server) throw new Error('the config did not load');
    // The facts as a single walk sees them while it dispatches: nothing gathered yet.
    const growing: ServerFacts = { ...server.facts, peers: new Map() };
    const reports: ReportInput[] = [];
    const handlers = rule.create({ config: server.config, facts: growing, report: (r) => reports.push(r) });
    walkConfig(server.config, {
      enter(s, ancestors, f) {
        if (!handlers.statementTypes || handlers.statementTypes.includes(s.type)) handlers.statement?.(s, ancestors, f);
      },
    });
    growing.peers = server.facts.peers;
    void handlers.end?.();
    expect(reports.map((r) => [r.messageId, /"(\w+)"/.exec(r.message)?.[1]])).toEqual([
      ['declaredLater', 'fo'],
      ['undeclared', 'gone'],
    ]);
    expect(reports[0]?.related?.map((x) => x.message)).toEqual(['declared here']);
  });
});
