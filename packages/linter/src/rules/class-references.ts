// Classes used before or without their declaration, or with two `match if`.
import { excerpt, type Span } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

export default defineRule({
  meta: {
    id: 'class-references',
    category: 'classes',
    recommended: true,
    defaultSeverity: 'error',
    description: 'A class used before or without its declaration, or with two `match if`.',
    rationale:
      'dhcpd rejects unknown classes (`no such class`) and double match clauses (`A class may only have one match if ' +
      'clause`). A class declared twice is accepted (class-redeclared warns about it).',
    dhcpd: 'rejects',
    messages: {
      twoMatchIf: 'Class "{{class}}" has more than one \'match if\'.',
      subclassOfUnknown: 'No class named "{{class}}" is declared before this subclass.',
      membersOfUnknown: 'No class named "{{class}}" is declared before this pool.',
    },
    examples: {
      incorrect: 'subclass "voip" 1:2:3:4:5:6;\n',
      correct: conf('class "voip" { match hardware; }', 'subclass "voip" 1:2:3:4:5:6;'),
    },
  },
  create(context) {
    const classes = new Map<string, { file: SourceFile; span: Span }>();
    return {
      statementTypes: ['Class', 'Subclass', 'AllowDeny'],
      statement(s, _a, file) {
        if (s.type === 'Class') {
          classes.set(s.name, { file, span: s.nameNode?.span ?? s.span });
          const matches = s.body.body.filter((c) => c.type === 'Match' && c.form === 'match if');
          const second = matches[1];
          if (second)
            context.report({ file, span: second.span, messageId: 'twoMatchIf', data: { class: excerpt(s.name) } });
        }
        if (s.type === 'Subclass' && !classes.has(s.className)) {
          const data = { class: excerpt(s.className) };
          context.report({ file, span: s.classNode?.span ?? s.span, messageId: 'subclassOfUnknown', data });
        }
        if (
          s.type === 'AllowDeny' &&
          s.what === 'members of' &&
          s.arg?.type === 'String' &&
          !classes.has(s.arg.value)
        ) {
          context.report({
            file,
            span: s.arg.span,
            messageId: 'membersOfUnknown',
            data: { class: excerpt(s.arg.value) },
          });
        }
      },
    };
  },
});
