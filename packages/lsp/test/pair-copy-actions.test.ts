// Quick fixes for a statement on one side of a pair only (issue #15): "Copy this subnet to serv2"
// (an insertion in the partner's file) and "Remove this subnet here (serv2 has none)", each one
// workspace edit; applied here, and the pair diagnostic goes away.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDeployment, uriOf } from './client.js';
import { actionsFor, actionTitled, applied, replaceIn, singleChange, writeAndSettle } from './support/pair-actions.js';
import { perCase } from './support/per-case.js';

const cases = perCase('pair-copy-actions-');

describe('copy or remove what one side of a pair lacks', () => {
  for (const direction of ['copy', 'remove'] as const) {
    it(`${direction === 'copy' ? 'copies the subnet to the partner' : 'removes the subnet here'}: the pair-subnets warning goes away`, async () => {
      const ws = cases.removeAfter(copyDeployment());
      const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
      const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
      replaceIn(
        serv1,
        '# Lab network',
        'subnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}\n\n# Lab network',
      );
      const client = await cases.start(ws);
      const { actions } = await actionsFor(client, serv1, 'pair-subnets');
      const title = direction === 'copy' ? 'Copy this subnet to serv2' : 'Remove this subnet here (serv2 has none)';
      expect(actions.map((a) => a.title)).toContain(title);
      const { uri, edits } = singleChange(actionTitled(actions, title));
      const target = direction === 'copy' ? serv2 : serv1;
      expect(uri).toBe(uriOf(target));
      const next = applied(readFileSync(target, 'utf8'), edits);
      if (direction === 'copy')
        expect(next).toContain('\n\nsubnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}');
      else expect(next).not.toContain('10.40.0.0');
      await writeAndSettle(client, serv1, target, next, 'pair-subnets');
    });
  }
});
