import { describe, expect, it } from 'vitest';
import {
  allRuleMetas,
  collectFacts,
  lintServers,
  loadHostContext,
  loadServerConfig,
  memoryFs,
  type RuleMeta,
  type Server,
} from '@dhcplint/linter';

// The project model on in-memory file sets (no disk): every pair and host-context rule, valid and
// invalid, through the same loading, fact collection and pairing the CLI and LSP use.
function lintInMemory(m: RuleMeta, which: 'incorrect' | 'correct'): string[] {
  const ex = m.examples;
  const files: Record<string, string> = {};
  const servers: Server[] = [];
  const add = (name: string, main: string, host?: { netplan: string[]; defaults?: string }) => {
    const fs = memoryFs(files);
    const config = loadServerConfig(main, { fs, name, root: host ? `/${name}` : undefined })!;
    const facts = collectFacts(config);
    if (host) facts.host = loadHostContext(host, fs);
    servers.push({ name, config, facts });
  };
  if (ex.layout) {
    for (const [rel, text] of Object.entries(ex.layout[which])) files[`/srv/${rel}`] = text;
    add('srv', '/srv/etc/dhcp/dhcpd.conf', {
      netplan: Object.keys(files).filter((p) => p.endsWith('.yaml')),
      defaults: '/srv/etc/default/isc-dhcp-server',
    });
  } else if (ex.partner === undefined) {
    // One server alone (pair-partner-missing).
    files['/a/dhcpd.conf'] = ex[which];
    add('a', '/a/dhcpd.conf');
  } else {
    files['/a/dhcpd.conf'] = ex[which];
    files['/b/dhcpd.conf'] = which === 'incorrect' ? ex.partner : (ex.partnerCorrect ?? ex.partner);
    add('a', '/a/dhcpd.conf');
    add('b', '/b/dhcpd.conf');
  }
  return lintServers(servers).diagnostics.map((d) => d.ruleId);
}

const projectRules = allRuleMetas.filter((m) => m.category === 'pair' || m.category === 'host-context');

describe('project rules on in-memory file sets', () => {
  it('covers the pair and host-context rules', () => {
    expect(projectRules.length).toBeGreaterThanOrEqual(15);
  });
  for (const m of projectRules) {
    it(`${m.id}: flags the invalid set, passes the valid one`, () => {
      expect(lintInMemory(m, 'incorrect')).toContain(m.id);
      expect(lintInMemory(m, 'correct')).not.toContain(m.id);
    });
  }
});
