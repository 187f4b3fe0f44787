// allow / deny unknown-clients outside a pool: old-style, easy to misread with failover pools.
import { excerpt } from '@dhcplint/parser';
import { InnermostAncestor } from '../model/facts.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'permit-outside-pool',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: '`allow`/`deny unknown-clients` (and other pool permits) outside a pool.',
    rationale:
      'Outside a pool these old-style statements do not restrict address allocation the way pool permit lists do, ' +
      'and their effect with failover pools is easy to misread; dhcpd.conf(5) recommends permit lists in pools.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      outsidePool: "'{{verb}} {{what}}' outside a pool; put '{{verb}} {{permit}}' in the pools it should restrict.",
    },
    examples: {
      incorrect: conf(
        'deny unknown-clients;',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.99;',
        '}',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    deny unknown-clients;',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
      ),
    },
  },
  create(context) {
    const restrictedAbove = new InnermostAncestor((a) =>
      a.type === 'Pool' || a.type === 'Class' || a.type === 'Host' ? a : undefined,
    );
    return {
      statementTypes: ['AllowDeny'],
      statement(s, ancestors, file) {
        if (
          s.type !== 'AllowDeny' ||
          (s.what !== 'unknown-clients' && s.what !== 'known-clients') ||
          s.verb === 'ignore'
        )
          return;
        if (restrictedAbove.get(ancestors)) return;
        const data = { verb: s.verb, what: excerpt(s.what), permit: s.what.replace('-', ' ') };
        context.report({ file, span: s.span, messageId: 'outsidePool', data });
      },
    };
  },
});
