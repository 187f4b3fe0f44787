// `match` / `spawn with` in a subclass, or a class with two of them: dhcpd refuses both.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

export default defineRule({
  meta: {
    id: 'class-declaration',
    perStatement: true,
    category: 'classes',
    defaultSeverity: 'error',
    description:
      '`match` or `spawn with` inside a subclass, or a class with both `match` and `spawn with` (or two of them).',
    rationale:
      "dhcpd rejects them: `invalid match in subclass`, `invalid spawn in subclass`, `can't override existing " +
      'submatch/spawn`. A subclass is matched by its key; only its class says how.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      matchInSubclass:
        'A subclass cannot have its own \'{{form}}\'; dhcpd rejects it (the class "{{class}}" says how members are ' +
        'matched).',
      secondSubmatch: "Class \"{{class}}\" already has '{{form}}'; dhcpd takes one 'match' or 'spawn with' per class.",
    },
    examples: {
      incorrect: conf(
        'class "ports" {',
        '  match option agent.circuit-id;',
        '  spawn with option agent.remote-id;',
        '}',
      ),
      correct: conf('class "ports" {', '  spawn with option agent.circuit-id;', '}'),
    },
  },
  create(context) {
    return {
      statementTypes: ['Class', 'Subclass'],
      statement(s, _a, file) {
        if (s.type === 'Subclass') {
          for (const c of s.body?.body ?? []) {
            if (c.type !== 'Match') continue;
            const data = { form: c.form, class: excerpt(s.className) };
            context.report({ file, span: spanOfWords(c), messageId: 'matchInSubclass', data });
          }
          return;
        }
        if (s.type !== 'Class') return;
        let submatch: string | undefined;
        for (const c of s.body.body) {
          if (c.type !== 'Match' || c.form === 'match if') continue;
          if (submatch) {
            const data = { class: excerpt(s.name), form: submatch };
            context.report({ file, span: spanOfWords(c), messageId: 'secondSubmatch', data });
          }
          submatch ??= c.form;
        }
      },
    };
  },
});
