// Kea readiness: lease times in an order kea-dhcp4 refuses (default above max, min above either),
// in one scope or against the values a scope inherits.
import type { AnyStatement } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

const LIFETIME_NAMES = ['default-lease-time', 'max-lease-time', 'min-lease-time'];

interface Lifetime {
  seconds: number;
  file: SourceFile;
  statement: AnyStatement;
}

/** A scope Kea checks lifetimes in (global, shared network, subnet; a group passes its values on). */
interface LifetimeScope {
  parent?: LifetimeScope;
  values: Map<string, Lifetime>;
}

const isKeaScope = (a: AnyStatement) => a.type === 'Subnet' || a.type === 'SharedNetwork' || a.type === 'Group';

/** The value a scope has for `name`, its own or inherited, and whether it is its own. */
function lookup(scope: LifetimeScope, name: string): (Lifetime & { own: boolean }) | undefined {
  for (let p: LifetimeScope | undefined = scope; p; p = p.parent) {
    const v = p.values.get(name);
    if (v) return { ...v, own: p === scope };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'kea-lease-time-order',
    category: 'values',
    defaultSeverity: 'warning',
    description:
      'Kea readiness: `default-lease-time` above `max-lease-time` (or `min-lease-time` above either), in one scope ' +
      'or against the value a scope inherits.',
    rationale:
      "dhcpd silently grants at most max-lease-time; kea-dhcp4 refuses to start when a scope's valid-lifetime is " +
      'above the max-valid-lifetime it has or inherits. The migration sets the default to the max and reports it; ' +
      'fixing the source keeps both servers honest.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    messages: {
      defaultAboveMax:
        'default-lease-time {{default}} is above max-lease-time {{max}}: dhcpd grants {{max}}, kea-dhcp4 refuses ' +
        'the config. Set the default to at most {{max}}.',
      defaultAboveInheritedMax:
        'default-lease-time {{default}} is above max-lease-time {{max}} (inherited): dhcpd grants {{max}}, ' +
        'kea-dhcp4 refuses the config. Set the default to at most {{max}}.',
      minAboveMax: 'min-lease-time {{min}} is above the max-lease-time {{max}}: kea-dhcp4 refuses the config.',
      minAboveDefault:
        'min-lease-time {{min}} is above the default-lease-time {{default}}: kea-dhcp4 refuses the config.',
    },
    examples: {
      incorrect: conf(
        'max-lease-time 7200;',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  default-lease-time 28800;',
        '}',
      ),
      correct: conf(
        'max-lease-time 7200;',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  default-lease-time 3600;',
        '}',
      ),
    },
  },
  create(context) {
    const top: LifetimeScope = { values: new Map() };
    const scopes = new Map<AnyStatement, LifetimeScope>();
    return {
      statementTypes: ['Parameter', 'Subnet', 'SharedNetwork', 'Group'],
      statement(s, ancestors, file) {
        // Lifetimes set in hosts, pools or classes are not scopes Kea checks.
        if (!ancestors.every(isKeaScope)) return;
        const above = ancestors[ancestors.length - 1];
        const parent = (above && scopes.get(above)) ?? top;
        if (s.type !== 'Parameter') scopes.set(s, { parent, values: new Map() });
        else if (LIFETIME_NAMES.includes(s.name)) {
          const seconds = Number(s.args[0]?.type === 'Word' ? s.args[0].text : NaN);
          if (Number.isInteger(seconds)) parent.values.set(s.name, { seconds, file, statement: s });
        }
      },
      end() {
        for (const scope of [top, ...scopes.values()]) {
          const dflt = lookup(scope, 'default-lease-time');
          const max = lookup(scope, 'max-lease-time');
          const min = lookup(scope, 'min-lease-time');
          // Reported in the scope that sets one of the two itself, where the pair first meets.
          if (dflt && max && dflt.seconds > max.seconds && (dflt.own || max.own)) {
            const at = dflt.own ? dflt : max;
            context.report({
              file: at.file,
              span: at.statement.span,
              messageId: dflt.own && max.own ? 'defaultAboveMax' : 'defaultAboveInheritedMax',
              data: { default: dflt.seconds, max: max.seconds },
            });
          }
          if (!min?.own) continue;
          const at = { file: min.file, span: min.statement.span };
          if (max && min.seconds > max.seconds)
            context.report({ ...at, messageId: 'minAboveMax', data: { min: min.seconds, max: max.seconds } });
          else if (dflt && min.seconds > dflt.seconds)
            context.report({ ...at, messageId: 'minAboveDefault', data: { min: min.seconds, default: dflt.seconds } });
        }
      },
    };
  },
});
