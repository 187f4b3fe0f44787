// Review of #15, finding 4, in the editor: a pair-ports diagnostic offers, besides "Disable …",
// quick fixes that take the partner's `port` as this `peer port` or write this `peer port` as the
// partner's `port`; applied, the mismatch goes away. pair-addresses likewise.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDeployment, uriOf } from './client.js';
import { actionsFor, actionTitled, applied, replaceIn, singleChange, writeAndSettle } from './support/pair-actions.js';
import { perCase } from './support/per-case.js';

const resources = perCase('review15-pair-mirror-');

const cases = [
  {
    rule: 'pair-ports',
    edit: ['serv1', 'peer port 647;', 'peer port 847;'],
    take: "Set peer port 647 here (serv2's port)",
    write: 'Set port 847 on serv2 (this peer port)',
  },
  {
    rule: 'pair-addresses',
    edit: ['serv2', 'address 10.10.0.12;', 'address 10.10.0.13;'],
    take: "Set peer address 10.10.0.13 here (serv2's address)",
    write: 'Set address 10.10.0.12 on serv2 (this peer address)',
  },
] as const;

describe('pair-ports and pair-addresses quick fixes', () => {
  for (const c of cases) {
    for (const direction of ['take', 'write'] as const) {
      it(`${c.rule}: ${direction}`, async () => {
        const ws = resources.removeAfter(copyDeployment());
        const fo1 = join(ws, 'serv1/etc/dhcp/failover.conf');
        const fo2 = join(ws, 'serv2/etc/dhcp/failover.conf');
        const changed = join(ws, c.edit[0], 'etc/dhcp/failover.conf');
        replaceIn(changed, c.edit[1], c.edit[2]);
        const client = await resources.start(ws);
        const { actions } = await actionsFor(client, fo1, c.rule);
        const titles = actions.map((a) => a.title);
        expect(titles).toContain(c.take);
        expect(titles).toContain(c.write);
        const { uri, edits } = singleChange(actionTitled(actions, direction === 'take' ? c.take : c.write));
        const target = direction === 'take' ? fo1 : fo2;
        expect(uri).toBe(uriOf(target));
        const next = applied(readFileSync(target, 'utf8'), edits);
        await writeAndSettle(client, fo1, target, next, c.rule);
      });
    }
  }
});
