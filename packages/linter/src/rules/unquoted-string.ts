// File names and text values dhcpd cannot read unquoted (a dot or slash ends its word).
import { excerpt, optionSpec, type AnyStatement, type Value } from '@dhcplint/parser';
import { defineRule } from './rule.js';

const FILE_NAME_PARAMETERS = ['filename', 'server-name', 'lease-file-name', 'pid-file-name'];

/** The bare word of `s` that should be quoted, if any. */
function unquotedWord(s: AnyStatement): Value | undefined {
  const onlyArg = s.type === 'Parameter' && s.args.length === 1 ? s.args[0] : undefined;
  if (s.type === 'Parameter' && FILE_NAME_PARAMETERS.includes(s.name) && onlyArg?.type === 'Word') return onlyArg;
  if (s.type === 'Include' && !s.path && s.words[1]?.type === 'Word') return s.words[1];
  const onlyValue = s.type === 'Option' && !s.expression && s.values.length === 1 ? s.values[0] : undefined;
  if (s.type === 'Option' && onlyValue?.type === 'Word') {
    const spec = optionSpec(s.space, s.name);
    // A single domain name (v4-access-domain, aftr-name, …) is written bare: dhcpd refuses it quoted.
    if (spec && ['text', 'domain-list'].includes(spec.atoms[0] ?? '') && onlyValue.literal.kind === 'name')
      return onlyValue;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'unquoted-string',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description:
      'A file name or text value written without quotes that dhcpd cannot read that way (`filename pxelinux.0;`, ' +
      '`option domain-name example.com;`).',
    rationale:
      'dhcpd needs these values quoted unless they are one plain word (letters, digits, `-`, `_`): a dot or a ' +
      'slash ends its word, so it reports `semicolon expected.`, and a number gets `expecting string.`.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    messages: { quote: "'{{value}}' must be in quotes here." },
    examples: { incorrect: 'filename pxelinux.0;\n', correct: 'filename "pxelinux.0";\n' },
  },
  create(context) {
    return {
      statementTypes: ['Parameter', 'Include', 'Option'],
      statement(s, _a, file) {
        const target = unquotedWord(s);
        if (target?.type !== 'Word') return;
        // One identifier token (letters, digits, '-', '_', not all digits) is a string to dhcpd even
        // unquoted. (Not for include: its file name must be quoted, `filename string expected.`)
        if (s.type !== 'Include' && /^[A-Za-z0-9_-]+$/.test(target.text) && !/^\d+$/.test(target.text)) return;
        context.report({
          file,
          span: target.span,
          messageId: 'quote',
          data: { value: excerpt(target.text) },
          fix: { span: target.span, text: `"${target.text}"` },
        });
      },
    };
  },
});
