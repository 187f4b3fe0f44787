// Review of #15, finding 3: a disable directive in a host file (the isc-dhcp-server defaults)
// suppresses the host-context diagnostic it names there, and is reported when it suppresses
// nothing. Through the built CLI on real files.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { flatWithInterfaces, runCli, tempDirs } from './support/cli-json.js';

const temp = tempDirs();
const run = runCli;

/** The flat fixture with its shared defaults file's INTERFACESv4 line replaced, in a new temp folder. */
const flatWithDefaults = (interfacesLines: string): string => flatWithInterfaces(temp(), interfacesLines);

describe('finding 3: disable directives in host files', () => {
  it('# dhcplint-disable-next-line host-interfaces above INTERFACESv4 suppresses it and is not reported unused', () => {
    // Without the directive the error is there.
    const bare = flatWithDefaults('INTERFACESv4="ens18 ens19 ens20"');
    expect(
      run(bare, ['--format', 'json', '.'])
        .messages(join(bare, 'servers_isc-dhcp-server'))
        .map((x) => x.ruleId),
    ).toContain('host-interfaces');
    const d = flatWithDefaults('# dhcplint-disable-next-line host-interfaces\nINTERFACESv4="ens18 ens19 ens20"');
    const r = run(d, ['--format', 'json', '.']);
    const ids = r.messages(join(d, 'servers_isc-dhcp-server')).map((m) => m.ruleId);
    expect(ids).toEqual([]);
  });

  it('a directive in the defaults file that suppresses nothing is reported unused', () => {
    const d = flatWithDefaults('# dhcplint-disable-next-line host-interfaces\nINTERFACESv4="ens18 ens19"');
    const r = run(d, ['--format', 'json', '.']);
    const m = r.messages(join(d, 'servers_isc-dhcp-server'));
    expect(m.map((x) => `${x.ruleId}:${x.line}`)).toEqual(['unused-disable-directive:3']);
  });
});
