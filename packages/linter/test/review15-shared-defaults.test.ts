// Review of #15, finding 5: a defaults file shared by the two servers of a manifest gives each
// problem once, naming the hosts it is about, not the same error twice. Through the built CLI.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatWithInterfaces, runCli, tempDirs } from './support/cli-json.js';

const temp = tempDirs();
const run = runCli;

/** The flat fixture with its shared defaults file's INTERFACESv4 line replaced, in a new temp folder. */
const flatWithDefaults = (interfacesLines: string): string => flatWithInterfaces(temp(), interfacesLines);

describe('finding 5: a defaults file shared by two servers', () => {
  it('one problem is reported once, naming both hosts', () => {
    const d = flatWithDefaults('INTERFACESv4="ens18 ens19 ens20"');
    const r = run(d, ['--format', 'json', '.']);
    const m = r.messages(join(d, 'servers_isc-dhcp-server')).filter((x) => x.ruleId === 'host-interfaces');
    expect(m).toHaveLength(1);
    expect(m[0]!.message).toContain('serv1');
    expect(m[0]!.message).toContain('serv2');
  });

  it('problems that differ per host are each reported once, each naming its host', () => {
    const d = flatWithDefaults('INTERFACESv4="ens18 ens19 ens20"');
    // serv2's netplan calls its second interface ens20: only serv1 lacks ens20, and only serv2 lacks ens19.
    const np2 = join(d, 'serv2_01-network-manager-all.yaml');
    writeFileSync(np2, readFileSync(np2, 'utf8').replace('ens19:', 'ens20:'));
    const r = run(d, ['--format', 'json', '.']);
    const m = r.messages(join(d, 'servers_isc-dhcp-server')).filter((x) => x.ruleId === 'host-interfaces');
    const at = new Set(m.map((x) => `${x.line}:${x.column}:${x.message}`));
    expect(at.size).toBe(m.length);
    expect(m.length).toBeGreaterThan(0);
    for (const x of m) expect(x.message).toMatch(/serv1|serv2/);
  });
});
