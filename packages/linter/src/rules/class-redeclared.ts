// A class declared twice: dhcpd merges the two silently.
import { excerpt, type Span } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'class-redeclared',
    category: 'classes',
    defaultSeverity: 'warning',
    description: 'A class declared twice.',
    rationale:
      'dhcpd accepts it silently and the two declarations describe one class: the match rules of the second may not ' +
      'be what the reader of the first expects.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { declaredTwice: 'Class "{{class}}" is declared twice.' },
    examples: {
      incorrect: conf(
        'class "voip" { match if option user-class = "phone"; }',
        'class "voip" { match if option user-class = "ata"; }',
      ),
      correct: conf(
        'class "voip" { match if option user-class = "phone"; }',
        'class "ata" { match if option user-class = "ata"; }',
      ),
    },
  },
  create(context) {
    const classes = new Map<string, { file: SourceFile; span: Span }>();
    return {
      statementTypes: ['Class'],
      statement(s, _a, file) {
        if (s.type !== 'Class') return;
        const here = { file, span: s.nameNode?.span ?? s.span };
        const first = classes.get(s.name);
        if (!first) classes.set(s.name, here);
        else {
          const related = [{ ...first, message: 'first declaration' }];
          context.report({ ...here, messageId: 'declaredTwice', data: { class: excerpt(s.name) }, related });
        }
      },
    };
  },
});
