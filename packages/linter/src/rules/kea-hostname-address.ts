// Kea readiness: a host name where an IPv4 address goes; Kea takes literal addresses only.
import type { Value } from '@dhcplint/parser';
import { OptionCatalog } from '../kea/options.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

type Word = Extract<Value, { type: 'Word' }>;
const isHostName = (v: Value): v is Word => v.type === 'Word' && v.literal.kind === 'name';

export default defineRule({
  meta: {
    id: 'kea-hostname-address',
    category: 'values',
    defaultSeverity: 'warning',
    description:
      'Kea readiness: a host name where an IPv4 address goes (`fixed-address`, `next-server`, address options).',
    rationale:
      'dhcpd resolves such names through DNS when it starts; Kea needs literal addresses, so the migration cannot ' +
      'convert the statement.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: false,
    offByDefault: true,
    messages: {
      hostName: "'{{name}}' is a host name: dhcpd looks it up at startup, Kea needs the address itself.",
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address a.example.org; }',
      ),
      correct: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }',
      ),
    },
  },
  create(context) {
    // Which option fields hold addresses: read as the migration reads them, definitions included.
    const catalog = new OptionCatalog();
    return {
      statementTypes: ['Parameter', 'Option', 'OptionDefinition'],
      parameterNames: ['fixed-address', 'next-server'],
      statement(s, _ancestors, file) {
        if (s.type === 'OptionDefinition') catalog.define(s);
        let names: Word[] = [];
        if (s.type === 'Parameter' && !s.expression) names = s.args.filter(isHostName);
        else if (s.type === 'Option' && !s.expression) {
          const spec = catalog.lookup(s.space, s.name);
          if (!('error' in spec) && spec.atoms.length) {
            const fields = s.values.filter((v) => !(v.type === 'Punct' && v.text === ','));
            names = fields.filter((v, i) => spec.atoms[i % spec.atoms.length] === 'ip-address').filter(isHostName);
          }
        }
        for (const a of names) context.report({ file, span: a.span, messageId: 'hostName', data: { name: a.text } });
      },
    };
  },
});
