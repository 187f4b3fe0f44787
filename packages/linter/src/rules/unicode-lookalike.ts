// Typographic dashes, quotes and non-breaking spaces pasted from web pages, which dhcpd refuses.
import { excerpt, STATEMENTS } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

const LOOKALIKES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
};
const LOOKALIKE_RE = /[\u2010-\u2014\u2212\u00a0\u201c\u201d\u2018\u2019]/g;

/** The first word of each statement keyword (`max-lease-time`, `failover` of `failover peer`). */
const keywordNames = [...new Set(STATEMENTS.map((s) => s.name.replace(/ .*/, '')))];

export default defineRule({
  meta: {
    id: 'unicode-lookalike',
    perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'Typographic hyphens, quotes or non-breaking spaces pasted from web pages or PDFs.',
    rationale:
      'dhcpd only understands ASCII punctuation; a U+2010 hyphen in `max‐response‐delay` makes it reject the file ' +
      'with a garbled message.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    messages: {
      nonBreakingSpace: "'{{word}}' contains a non-breaking space (U+00A0), which dhcpd refuses in a name; remove it.",
      lookalike:
        "'{{word}}' contains look-alike characters (typographic dashes, quotes or a non-breaking space); " +
        "use '{{fixed}}'.",
    },
    examples: {
      incorrect: conf('failover peer "fo" {', '  primary;', '  max\u2010response\u2010delay 30;', '}'),
      correct: conf('failover peer "fo" {', '  primary;', '  max-response-delay 30;', '}'),
    },
  },
  create(context) {
    // Most files are plain ASCII: once a run has checked many statements of a file, test the whole
    // file once and skip the per-word check if it is clean. (A language-server run after an edit
    // checks a few statements only, and scanning a large file for them would cost more.)
    const suspect = new Map<unknown, boolean>();
    let checked = 0;
    const hasLookalikes = (file: SourceFile) => {
      let v = suspect.get(file);
      if (v === undefined) {
        if (++checked < 256) return true;
        v = LOOKALIKE_RE.test(file.ast?.source ?? '');
        LOOKALIKE_RE.lastIndex = 0;
        suspect.set(file, v);
      }
      return v;
    };
    return {
      statement(s, _a, file) {
        if (!hasLookalikes(file)) return;
        for (const w of s.words) {
          // Inside quotes dhcpd takes any character, so only bare words are its business.
          if (w.type !== 'Word') continue;
          const text = w.text;
          if (!LOOKALIKE_RE.test(text)) continue;
          LOOKALIKE_RE.lastIndex = 0;
          const fixed = text.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
          // A non-breaking space becomes a word break: right between a statement keyword and its
          // value (`default-lease-time 600`), wrong inside a name (`host nbsp x` is still refused)
          // or inside the value too (a thousands separator: `default-lease-time 86 400` is refused).
          const [head = '', ...rest] = text.split('\u00a0');
          const nbspSplitsKeyword = w === s.words[0] && rest.length === 1 && keywordNames.includes(head.toLowerCase());
          if (text.includes('\u00a0') && !nbspSplitsKeyword) {
            context.report({ file, span: w.span, messageId: 'nonBreakingSpace', data: { word: excerpt(text) } });
            continue;
          }
          context.report({
            file,
            span: w.span,
            messageId: 'lookalike',
            data: { word: excerpt(text), fixed: excerpt(fixed) },
            fix: { span: w.span, text: fixed },
          });
        }
      },
    };
  },
});
