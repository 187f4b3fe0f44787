// Quick fixes for pair diagnostics: make one side match the other, in either direction, as one
// workspace edit — applied here to the files, and the mismatch is gone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDeployment, uriOf } from './client.js';
import { actionsFor, actionTitled, applied, replaceIn, singleChange, writeAndSettle } from './support/pair-actions.js';
import { perCase } from './support/per-case.js';

const cases = perCase('pair-fixes-');

describe('pair quick fixes', () => {
  for (const direction of ['take', 'write'] as const) {
    it(`${direction === 'take' ? "take the partner's value here" : 'write this value on the partner'}: the mismatch goes away`, async () => {
      const ws = cases.removeAfter(copyDeployment());
      const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
      const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
      replaceIn(serv2, /^default-lease-time .*$/m, 'default-lease-time 900;');
      const client = await cases.start(ws);
      const { actions } = await actionsFor(client, serv1, 'pair-scope-settings');
      const titles = actions.map((a) => a.title);
      expect(titles).toContain("Take serv2's value here: default-lease-time 900;");
      expect(titles).toContain('Write this value on serv2: default-lease-time 3600;');
      const take = "Take serv2's value here: default-lease-time 900;";
      const write = 'Write this value on serv2: default-lease-time 3600;';
      const { uri, edits } = singleChange(actionTitled(actions, direction === 'take' ? take : write));
      const target = uri === uriOf(serv1) ? serv1 : serv2;
      expect(target).toBe(direction === 'take' ? serv1 : serv2);
      const next = applied(readFileSync(target, 'utf8'), edits);
      await writeAndSettle(client, serv1, target, next, 'pair-scope-settings');
    });
  }
});

describe('pair quick fixes for failover ranges', () => {
  it("offers the partner's range for a failover range edited on one side only, and names both values", async () => {
    const ws = cases.removeAfter(copyDeployment());
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    replaceIn(serv2, 'range 10.30.0.100 10.30.0.199;', 'range 10.30.0.100 10.30.0.198;');
    const client = await cases.start(ws);
    const { diagnostic: d, actions } = await actionsFor(client, serv1, 'pair-failover-pools');
    expect(d.message).toContain('10.30.0.100 10.30.0.199 here, 10.30.0.100 10.30.0.198 on serv2');
    expect(d.relatedInformation?.[0]?.location.uri).toBe(uriOf(serv2));
    expect(actions.map((a) => a.title)).toContain("Take serv2's value here: range 10.30.0.100 10.30.0.198;");
  });
});
