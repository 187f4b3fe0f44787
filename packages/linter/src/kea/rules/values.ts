// Kea readiness: lease times and values dhcpd accepts but Kea refuses, and expressions the
// migration cannot translate.
import type { AnyStatement, Expression } from '@dhcplint/parser';
import { defineRule, type ConfigRule } from '../../rules/rule.js';
import type { SourceFile } from '../../types.js';
import { translateCondition, translateExpression } from '../expressions.js';
import { OptionCatalog } from '../options.js';

const LIFETIME_NAMES = ['default-lease-time', 'max-lease-time', 'min-lease-time'];

export const keaLeaseTimeOrder: ConfigRule = defineRule(
  {
    id: 'kea-lease-time-order',
    category: 'values',
    defaultSeverity: 'warning',
    description: 'Kea readiness: `default-lease-time` above `max-lease-time` (or `min-lease-time` above either), in one scope or against the value a scope inherits.',
    rationale: 'dhcpd silently grants at most max-lease-time; kea-dhcp4 refuses to start when a scope\'s valid-lifetime is above the max-valid-lifetime it has or inherits. The migration sets the default to the max and reports it; fixing the source keeps both servers honest.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    examples: {
      incorrect: 'max-lease-time 7200;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  default-lease-time 28800;\n}\n',
      correct: 'max-lease-time 7200;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  default-lease-time 3600;\n}\n',
    },
  },
  (ctx) => {
    interface LifetimeScope {
      parent?: LifetimeScope;
      values: Map<string, { n: number; file: SourceFile; s: AnyStatement }>;
    }
    const top: LifetimeScope = { values: new Map() };
    const scopes = new Map<AnyStatement, LifetimeScope>();
    const isScope = (a: AnyStatement) => a.type === 'Subnet' || a.type === 'SharedNetwork' || a.type === 'Group';
    return {
      statementTypes: ['Parameter', 'Subnet', 'SharedNetwork', 'Group'],
      statement(s, ancestors, file) {
        // Lifetimes set in hosts, pools or classes are not scopes Kea checks.
        if (!ancestors.every(isScope)) return;
        const parent = ancestors.length ? scopes.get(ancestors[ancestors.length - 1]!) ?? top : top;
        if (s.type !== 'Parameter') scopes.set(s, { parent, values: new Map() });
        else if (LIFETIME_NAMES.includes(s.name)) {
          const n = Number(s.args[0]?.type === 'Word' ? s.args[0].text : NaN);
          if (Number.isInteger(n)) parent.values.set(s.name, { n, file, s });
        }
      },
      end() {
        const lookup = (sc: LifetimeScope, name: string) => {
          for (let p: LifetimeScope | undefined = sc; p; p = p.parent) {
            const v = p.values.get(name);
            if (v) return { ...v, own: p === sc };
          }
          return undefined;
        };
        for (const sc of [top, ...scopes.values()]) {
          const dflt = lookup(sc, 'default-lease-time');
          const max = lookup(sc, 'max-lease-time');
          const min = lookup(sc, 'min-lease-time');
          // Reported in the scope that sets one of the two itself, where the pair first meets.
          if (dflt && max && dflt.n > max.n && (dflt.own || max.own)) {
            const at = dflt.own ? dflt : max;
            ctx.report({ file: at.file, span: at.s.span, message: `default-lease-time ${dflt.n} is above max-lease-time ${max.n}${dflt.own && max.own ? '' : ' (inherited)'}: dhcpd grants ${max.n}, kea-dhcp4 refuses the config. Set the default to at most ${max.n}.` });
          }
          if (min?.own && ((max && min.n > max.n) || (dflt && min.n > dflt.n))) ctx.report({ file: min.file, span: min.s.span, message: `min-lease-time ${min.n} is above the ${max && min.n > max.n ? `max-lease-time ${max.n}` : `default-lease-time ${dflt!.n}`}: kea-dhcp4 refuses the config.` });
        }
      },
    };
  },
);

export const keaUntranslatableExpression: ConfigRule = defineRule(
  {
    id: 'kea-untranslatable-expression',
    category: 'classes',
    defaultSeverity: 'warning',
    description: 'Kea readiness: a class `match`, a subclass key or an option value expression that has no equivalent in Kea\'s expression language.',
    rationale: 'Kea classifies clients with its own `test` language; dhcpd functions such as binary-to-ascii (which drops leading zeros), pick-first-value, variables set with `set`, or arithmetic have no faithful translation. The migration reports such classes as not converted; rewriting the match with substring/option/exists/hardware comparisons lets it carry over.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    examples: {
      incorrect: 'class "phones" {\n  match if binary-to-ascii(16, 8, ":", substring(hardware, 1, 3)) = "0:4:f2";\n}\n',
      correct: 'class "phones" {\n  match if substring(hardware, 1, 3) = 00:04:f2;\n}\n',
    },
  },
  (ctx) => {
    const catalog = new OptionCatalog();
    const check = (e: Expression | undefined, condition: boolean, file: SourceFile, what: string) => {
      if (!e) return;
      const r = condition ? translateCondition(e, catalog) : translateExpression(e, catalog);
      if ('error' in r) ctx.report({ file, span: e.span, message: `${what} has no Kea equivalent: ${r.error}.` });
    };
    return {
      statementTypes: ['OptionDefinition', 'Match', 'Option'],
      statement(s, _ancestors, file) {
        if (s.type === 'OptionDefinition') catalog.define(s);
        else if (s.type === 'Match' && s.form !== 'spawn with') check(s.expression, s.form === 'match if', file, `This '${s.form}'`);
        else if (s.type === 'Option' && s.expression) ctx.report({ file, span: s.expression.span, message: `This option value is computed per client; Kea option values are constants (a class per case with option-data is the nearest form).` });
      },
    };
  },
);

export const keaHostNameAddress: ConfigRule = defineRule(
  {
    id: 'kea-hostname-address',
    category: 'values',
    defaultSeverity: 'warning',
    description: 'Kea readiness: a host name where an IPv4 address goes (`fixed-address`, `next-server`, address options).',
    rationale: 'dhcpd resolves such names through DNS when it starts; Kea needs literal addresses, so the migration cannot convert the statement.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    examples: {
      incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address a.example.org; }\n',
      correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\nhost a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }\n',
    },
  },
  (ctx) => ({
    statementTypes: ['Parameter'],
    parameterNames: ['fixed-address', 'next-server'],
    statement(s, _ancestors, file) {
      if (s.type !== 'Parameter' || s.expression) return;
      for (const a of s.args) {
        if (a.type === 'Word' && a.literal.kind === 'name') ctx.report({ file, span: a.span, message: `'${a.text}' is a host name: dhcpd looks it up at startup, Kea needs the address itself.` });
      }
    },
  }),
);
