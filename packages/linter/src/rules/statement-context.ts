// Statements in a block where dhcpd does not allow them (range at the top level, pool outside a network, …).
import { contextAllows, contextOf, excerpt, statementSpecs, type AnyStatement } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

/** The statement-table name of `s` (undefined: not judged here), and whether it is a reference. */
function tableName(s: AnyStatement): { name?: string; kind?: 'reference' } {
  switch (s.type) {
    case 'Group':
      return { name: 'group' };
    case 'Class':
      return { name: 'class' };
    case 'Subclass':
      return { name: 'subclass' };
    case 'FailoverRef':
      return { name: 'failover peer', kind: 'reference' };
    case 'Subnet':
      return { name: 'subnet' };
    case 'Subnet6':
      return { name: 'subnet6' };
    case 'SharedNetwork':
      return { name: 'shared-network' };
    case 'Pool':
      return { name: s.v6 ? 'pool6' : 'pool' };
    case 'FailoverPeer':
      return { name: 'failover peer' };
    case 'Range':
      return { name: s.v6 ? 'range6' : 'range' };
    case 'Host':
      return { name: 'host' };
    case 'Parameter':
      return { name: s.known ? s.name : undefined };
    case 'Key':
      return { name: 'key' };
    case 'Zone':
      return { name: 'zone' };
    default:
      return {};
  }
}

export default defineRule({
  meta: {
    id: 'statement-context',
    perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'A statement or declaration in a block where dhcpd does not allow it.',
    rationale:
      'dhcpd rejects, for example, `range` at the top level or directly in a shared-network, `pool` outside a ' +
      'network, a subnet inside a subnet, a group or class inside a class, `authoritative` in a host, option space ' +
      'and option code definitions anywhere but the top level, a failover peer reference outside a pool or ' +
      'shared-network, or failover statements outside a `failover peer` block.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      notAllowedTopLevel: "'{{name}}' is not allowed at the top level; it belongs in: {{allowed}}.",
      notAllowedInside: "'{{name}}' is not allowed inside '{{context}}'; it belongs in: {{allowed}}.",
      optionSpaceScoped: 'An option space definition may not be scoped; dhcpd accepts it at the top level only.',
      optionCodeScoped: 'An option code definition may not be scoped; dhcpd accepts it at the top level only.',
    },
    examples: {
      incorrect: 'range 10.0.0.10 10.0.0.20;\n',
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    },
  },
  create(context) {
    return {
      statement(s, ancestors, file) {
        const parent = ancestors[ancestors.length - 1];
        const where = contextOf(parent);
        if (s.type === 'OptionSpace' || s.type === 'OptionDefinition') {
          // dhcpd: `option space definitions may not be scoped` / `option definitions may not be scoped`.
          const messageId = s.type === 'OptionSpace' ? 'optionSpaceScoped' : 'optionCodeScoped';
          if (parent) context.report({ file, span: s.words[0]?.span ?? s.span, messageId });
          return;
        }
        if (s.type === 'FailoverRef' && parent?.type === 'Subnet') return; // failover-ref-placement explains that one
        const { name, kind } = tableName(s);
        if (!name) return;
        // Inside if/on blocks, judge by the enclosing scope.
        let scope = where;
        for (let i = ancestors.length - 1; i >= 0 && (scope === 'if' || scope === 'on'); i--)
          scope = contextOf(ancestors[i - 1]);
        const specs = statementSpecs(name).filter((spec) => !kind || spec.kind === kind);
        const spec = specs[0];
        if (!spec || specs.some((candidate) => contextAllows(candidate, where) || contextAllows(candidate, scope)))
          return;
        const allowed = spec.contexts === 'scope' ? 'scopes' : spec.contexts.join(', ');
        const span = s.words[0]?.span ?? s.span;
        if (parent)
          context.report({
            file,
            span,
            messageId: 'notAllowedInside',
            data: { name: excerpt(name), context: where, allowed },
          });
        else context.report({ file, span, messageId: 'notAllowedTopLevel', data: { name: excerpt(name), allowed } });
      },
    };
  },
});
