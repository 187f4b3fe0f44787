// Two host declarations with one name: dhcpd refuses the second.
import { excerpt } from '@dhcplint/parser';
import type { HostFacts } from '../model/facts.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { reportHostClashes } from './support/host-duplicates.js';

const nameOf = (h: HostFacts) => ({ file: h.file, span: h.decl.nameNode?.span ?? h.span });

export default defineRule({
  meta: {
    id: 'host-duplicates',
    category: 'hosts',
    recommended: true,
    defaultSeverity: 'error',
    description: 'Two host declarations with the same name.',
    rationale: 'dhcpd rejects the second one: `host NAME: already exists`.',
    dhcpd: 'rejects',
    messages: { declaredTwice: "Host '{{host}}' is declared twice." },
    examples: {
      incorrect: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host a { hardware ethernet 0:1:2:3:4:6; }'),
      correct: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host b { hardware ethernet 0:1:2:3:4:6; }'),
    },
  },
  create(context) {
    return {
      *end() {
        yield* reportHostClashes(context, {
          name: (host, first) =>
            context.report({
              ...nameOf(host),
              messageId: 'declaredTwice',
              data: { host: excerpt(host.name) },
              related: [{ ...nameOf(first), message: 'first declaration' }],
            }),
        });
      },
    };
  },
});
