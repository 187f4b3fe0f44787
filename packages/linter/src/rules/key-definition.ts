// TSIG keys: missing algorithm or secret, secrets that are not base64, zones naming undeclared keys.
import { excerpt, type Value } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { spanOfWords } from './support/spans.js';

const valueText = (a: Value): string => (a.type === 'String' ? a.value : a.text);

export default defineRule({
  meta: {
    id: 'key-definition',
    category: 'syntax',
    defaultSeverity: 'error',
    description:
      'A TSIG key without algorithm or secret, a secret that is not base64, or a zone that uses an undeclared key.',
    rationale:
      'dhcpd crashes on an empty key block, rejects bad base64 (`invalid base64 character`) and unknown keys ' +
      '(`unknown key`).',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      missing: "Key '{{key}}' has no {{statement}}; dhcpd crashes on such a key.",
      badCharacter: "The secret of key '{{key}}' is not valid base64 (it contains '{{character}}').",
      badLength: "The secret of key '{{key}}' is not valid base64 (its length is not a multiple of 4).",
      undeclaredKey: "Zone '{{zone}}' uses key '{{key}}', which is not declared above it.",
    },
    examples: {
      incorrect: conf('key upd { }', 'zone example.com. { primary 127.0.0.1; key other; }'),
      correct: conf(
        'key upd { algorithm hmac-sha256; secret "c2VjcmV0"; }',
        'zone example.com. { primary 127.0.0.1; key upd; }',
      ),
    },
  },
  create(context) {
    const keys = new Set<string>();
    return {
      statementTypes: ['Key', 'Parameter'],
      parameterNames: ['secret', 'key'],
      statement(s, ancestors, file) {
        if (s.type === 'Key') {
          keys.add(s.name);
          for (const statement of ['algorithm', 'secret']) {
            if (s.body.body.some((c) => c.type === 'Parameter' && c.name === statement)) continue;
            context.report({
              file,
              span: spanOfWords(s),
              messageId: 'missing',
              data: { key: excerpt(s.name), statement },
            });
          }
        }
        if (s.type !== 'Parameter') return;
        const parent = ancestors[ancestors.length - 1];
        if (s.name === 'secret' && parent?.type === 'Key') {
          const v = s.args.map(valueText).join('');
          const span = s.args[0]?.span ?? s.span;
          const character = /[^A-Za-z0-9+/=]/.exec(v)?.[0];
          if (character)
            context.report({ file, span, messageId: 'badCharacter', data: { key: excerpt(parent.name), character } });
          else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
            context.report({ file, span, messageId: 'badLength', data: { key: excerpt(parent.name) } });
          }
        }
        if (s.name === 'key' && parent?.type === 'Zone') {
          const arg = s.args[0];
          const name = arg?.type === 'String' ? arg.value : arg?.type === 'Word' ? arg.text : '';
          if (arg && name && !keys.has(name)) {
            context.report({
              file,
              span: arg.span,
              messageId: 'undeclaredKey',
              data: { zone: excerpt(parent.name), key: excerpt(name) },
            });
          }
        }
      },
    };
  },
});
