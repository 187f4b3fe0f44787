// Every config of the shared corpus that dhcpd accepts converts to a config kea-dhcp4 -t accepts,
// with every statement accounted for. The corpus is read in place (scripts/test/corpus.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyStatement } from '@dhcplint/parser';
import { corpusAvailable, corpusEntries } from '../../../scripts/test/corpus.js';
import { findPairs, loadServers } from '../src/engine.js';
import { walkConfig } from '../src/model/config.js';
import { migrateToKea } from '../src/kea/migrate.js';
import { checkDhcp4, keaAvailable } from '../src/kea/kea-check.js';

const hasCorpus = corpusAvailable();
const hasKea = keaAvailable('kea-dhcp4');
if (!hasKea) console.warn('kea-dhcp4 is not installed: the corpus kea-dhcp4 -t checks are SKIPPED');
const accepted = hasCorpus
  ? corpusEntries().filter(
      (e) => e.dhcpdVerdict === 'ok' && /^(plain|failover-primary|failover-secondary)$/.test(e.kind),
    )
  : [];

const scratch = mkdtempSync(join(tmpdir(), 'dhcplint-kea-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!hasCorpus)('shared corpus → Kea', () => {
  it('has configs dhcpd accepts', () => {
    expect(accepted.length).toBeGreaterThan(50);
  });

  it.each(accepted.map((e) => [e.file, e.path]))('%s converts with every statement accounted for', (_file, path) => {
    const { servers, errors } = loadServers([path]);
    expect(errors).toEqual([]);
    const { report } = migrateToKea(servers, findPairs(servers));
    const items = new Map(report.items.map((i) => [`${i.file}|${i.start}`, i]));
    const fileOf = new Map<AnyStatement, string>();
    const missing: string[] = [];
    walkConfig(servers[0]!.config, {
      enter(s, ancestors, file) {
        fileOf.set(s, file.uri);
        if (items.has(`${file.uri}|${s.span.start}`)) return;
        if (!ancestors.some((a) => items.get(`${fileOf.get(a)}|${a.span.start}`)?.coversChildren))
          missing.push(`${file.lines.positionAt(s.span.start).line + 1}: ${s.type}`);
      },
    });
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasKea).each(accepted.map((e) => [e.file, e.path]))(
    '%s: kea-dhcp4 -t accepts the result',
    (file, path) => {
      const { servers } = loadServers([path]);
      const { configs } = migrateToKea(servers, findPairs(servers));
      for (const [name, config] of configs) {
        const verdict = checkDhcp4(config, scratch, `${file.replace(/\W/g, '_')}-${name}`);
        expect(
          verdict.ok,
          verdict.output
            .split('\n')
            .filter((l) => /ERROR|rror/.test(l))
            .join('\n'),
        ).toBe(true);
      }
    },
  );
});
