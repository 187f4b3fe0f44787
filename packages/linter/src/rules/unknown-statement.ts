// Statement keywords dhcpd does not know, with a did-you-mean: dhcpd's own message hides the typo.
import { contextAllows, contextOf, excerpt, STATEMENTS } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { suggest } from './support/suggest.js';

export default defineRule({
  meta: {
    id: 'unknown-statement',
    perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'A statement keyword dhcpd does not know, with a did-you-mean suggestion.',
    rationale:
      'dhcpd reports unknown words as `semicolon expected.` or `expecting a parameter or declaration`, which hides ' +
      'the real cause: a typo such as `max-reponse-delay`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      unknown: "Unknown statement '{{word}}'.",
      unknownDidYouMean: "Unknown statement '{{word}}'; did you mean '{{suggestion}}'?",
      unexpectedStart: "Unexpected '{{word}}' where a statement should start.",
      peerStateNotBlock:
        'A failover peer state declaration is a block: \'failover peer "NAME" state { my state …; partner state …; ' +
        "}'.",
    },
    examples: { incorrect: 'default-lease-tme 600;\n', correct: 'default-lease-time 600;\n' },
  },
  create(context) {
    return {
      statementTypes: ['Parameter'],
      statement(s, ancestors, file) {
        if (s.type !== 'Parameter' || s.known) return;
        const w = s.words[0];
        // dhcpd refuses punctuation or a string where a statement starts (a template's `<%`, a stray
        // `=`), except '%': it skips that statement silently (the parser keeps it whole).
        if (w && ((w.type === 'Punct' && w.text !== '%') || w.type === 'String')) {
          const word = excerpt(w.type === 'String' ? w.raw : w.text);
          context.report({ file, span: w.span, messageId: 'unexpectedStart', data: { word } });
          return;
        }
        // unicode-lookalike explains those.
        if (!w || w.type !== 'Word' || /[\u2010-\u2014\u2212\u00a0]/.test(w.text)) return;
        if (s.name === 'failover peer state') {
          // dhcpd: `expecting left brace` — a peer state declaration is a block.
          if (!s.body) context.report({ file, span: s.words[3]?.span ?? s.span, messageId: 'peerStateNotBlock' });
          return;
        }
        // `NAME = expression;` sets a variable, which dhcpd accepts for any name.
        if (s.expression) return;
        const scope = contextOf(ancestors[ancestors.length - 1]);
        const candidates = STATEMENTS.filter((spec) => contextAllows(spec, scope)).map((spec) => spec.name);
        const joined = s.words
          .slice(0, 4)
          .map((x) => (x.type === 'Word' ? x.text.toLowerCase() : ''))
          .join(' ');
        const hint =
          suggest(
            w.text,
            candidates.filter((c) => !c.includes(' ')),
          ) ??
          candidates.find(
            (c) => c.includes(' ') && joined.startsWith(c.slice(0, 4)) && suggest(joined.slice(0, c.length), [c]),
          );
        const word = excerpt(w.text);
        if (hint)
          context.report({ file, span: w.span, messageId: 'unknownDidYouMean', data: { word, suggestion: hint } });
        else context.report({ file, span: w.span, messageId: 'unknown', data: { word } });
      },
    };
  },
});
