// A host declared inside a pool or subnet as if that limited where it applies; hosts are global.
import { excerpt } from '@dhcplint/parser';
import { InnermostAncestor } from '../model/facts.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'host-in-pool',
    perStatement: true,
    category: 'hosts',
    defaultSeverity: 'warning',
    description: 'A host declaration inside a pool (or a subnet) as if that limited where it applies.',
    rationale:
      'Hosts are global in ISC dhcpd: the enclosing scope only adds its parameters, it does not restrict where the ' +
      'host matches; readers assume otherwise.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      inPool:
        "Host '{{host}}' is declared inside a pool; hosts are global in dhcpd, so this does not tie it to the pool. " +
        'Declare it at the top level or in a group.',
      inNetwork:
        "Host '{{host}}' is declared inside a {{network}}; hosts are global in dhcpd (which warns about this), so it " +
        'is not limited to that network. Declare it at the top level or in a group.',
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '    host a { hardware ethernet 0:1:2:3:4:5; }',
        '  }',
        '}',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '  }',
        '}',
        'host a { hardware ethernet 0:1:2:3:4:5; }',
      ),
    },
  },
  create(context) {
    const poolAbove = new InnermostAncestor((a) => (a.type === 'Pool' ? a : undefined));
    return {
      statementTypes: ['Host'],
      statement(s, ancestors, file) {
        if (s.type !== 'Host') return;
        const pool = poolAbove.get(ancestors);
        const parent = ancestors[ancestors.length - 1];
        const at = { file, span: spanOfWords(s) };
        const host = excerpt(s.name);
        // dhcpd itself warns (`Host declarations are global`) for a host directly in a subnet or shared-network.
        if (!pool && (parent?.type === 'Subnet' || parent?.type === 'SharedNetwork')) {
          const network = parent.type === 'Subnet' ? 'subnet' : 'shared-network';
          context.report({ ...at, messageId: 'inNetwork', data: { host, network } });
        }
        if (pool) context.report({ ...at, messageId: 'inPool', data: { host } });
      },
    };
  },
});
