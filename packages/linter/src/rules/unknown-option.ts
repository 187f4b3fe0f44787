// Option names that are neither standard nor defined with `option … code …`, with a did-you-mean.
import { excerpt, OPTION_SPACES, OPTIONS, optionSpec, type AnyStatement, type Expression } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { suggest } from './support/suggest.js';

type OptionRef = Extract<Expression, { type: 'OptionRef' }>;

/** The `option NAME` references in a statement's own expressions (not those of nested statements). */
function optionRefs(s: AnyStatement): OptionRef[] {
  const roots: (Expression | undefined)[] = [];
  if ('condition' in s) roots.push(s.condition);
  if ('expression' in s) roots.push(s.expression);
  if (s.type === 'Subclass') roots.push(s.key);
  if (s.type === 'Exec') roots.push(...(s.args ?? []));
  const out: OptionRef[] = [];
  const visit = (e: Expression | undefined): void => {
    if (!e) return;
    switch (e.type) {
      case 'OptionRef':
        if (e.keyword === 'option') out.push(e);
        break;
      case 'Call':
        e.args.forEach(visit);
        break;
      case 'Unary':
        visit(e.operand);
        break;
      case 'Binary':
        visit(e.left);
        visit(e.right);
        break;
      case 'Paren':
        visit(e.inner);
        break;
      case 'Keyword':
        visit(e.arg);
        break;
      default:
        break;
    }
  };
  roots.forEach(visit);
  return out;
}

const namesIn = (space: string) => OPTIONS.filter((o) => o.space === space).map((o) => o.name);

export default defineRule({
  meta: {
    id: 'unknown-option',
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'An option name that is neither standard (dhcp-options(5)) nor defined with `option … code …`.',
    rationale: 'dhcpd rejects the file with `unknown option dhcp.NAME`; a did-you-mean saves a trip to the man page.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      noSuchOption: "No option named '{{name}}' in space '{{space}}'.",
      noSuchOptionDidYouMean: "No option named '{{name}}' in space '{{space}}'; did you mean '{{suggestion}}'?",
      unknownSpace: "Unknown option space '{{space}}' (declare it with 'option space {{space}};').",
      unknownOption: "Unknown option '{{name}}'; define it with `option NAME code N = TYPE;` first.",
      unknownOptionDidYouMean: "Unknown option '{{name}}'; did you mean '{{suggestion}}'?",
    },
    examples: {
      incorrect: 'option domain-name-server 10.0.0.53;\n',
      correct: 'option domain-name-servers 10.0.0.53;\n',
    },
  },
  create(context) {
    const defined = new Set<string>();
    const spaces = new Set(OPTION_SPACES);
    const known = (space: string, name: string) => defined.has(`${space}.${name}`) || !!optionSpec(space, name);
    return {
      statement(s, _a, file) {
        if (s.type === 'OptionDefinition') defined.add(`${s.space}.${s.name}`);
        if (s.type === 'OptionSpace') spaces.add(s.name);
        // `option NAME` inside expressions: dhcpd rejects an unknown one (`no option named NAME in space SPACE`).
        for (const ref of optionRefs(s)) {
          const dot = ref.name.indexOf('.');
          const [space, name] = dot > 0 ? [ref.name.slice(0, dot), ref.name.slice(dot + 1)] : ['dhcp', ref.name];
          if (known(space, name) || (space !== 'dhcp' && !OPTIONS.some((o) => o.space === space))) continue;
          const suggestion = suggest(name, namesIn(space));
          const data = { name: excerpt(name), space: excerpt(space) };
          if (suggestion)
            context.report({
              file,
              span: ref.span,
              messageId: 'noSuchOptionDidYouMean',
              data: { ...data, suggestion },
            });
          else context.report({ file, span: ref.span, messageId: 'noSuchOption', data });
        }
        if (s.type !== 'Option' || !s.nameNode) return;
        if (known(s.space, s.name)) return;
        if (!spaces.has(s.space)) {
          context.report({ file, span: s.nameNode.span, messageId: 'unknownSpace', data: { space: excerpt(s.space) } });
          return;
        }
        // A user space: its options are defined per site.
        if (s.space !== 'dhcp' && s.space !== 'dhcp6' && !OPTIONS.some((o) => o.space === s.space)) return;
        const suggestion = suggest(s.name, namesIn(s.space));
        const name = excerpt(s.nameNode.text);
        if (suggestion)
          context.report({
            file,
            span: s.nameNode.span,
            messageId: 'unknownOptionDidYouMean',
            data: { name, suggestion },
          });
        else context.report({ file, span: s.nameNode.span, messageId: 'unknownOption', data: { name } });
      },
    };
  },
});
