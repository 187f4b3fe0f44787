// First-error location agreement with dhcpd (issue #17). Where dhcpd names a line and dhcplint's
// first error in that file is on another one, a predicate over the source and the two positions
// says why, or the disagreement stays "unexplained". compat/LOCATIONS.md describes the categories.
//
// The source is tokenized here, not by dhcplint's lexer: the judge must not share the code it judges.

/**
 * Rules for what dhcpd checks only after reading the whole file, at start-up, where it names no
 * line: an error of theirs earlier in the file is not where dhcpd stopped reading.
 */
export const START_UP_RULES = new Set([
  'failover-peer-unused',
  'range-outside-subnet',
  'range-overlap',
  'include-missing',
  'read-refused',
  'include-cycle',
]);

/**
 * The errors that model what dhcpd refuses while it reads: not start-up checks, and not rules
 * stricter than dhcpd (whose metadata does not say dhcpd rejects).
 */
export function countedErrors(diagnostics, ruleMetas) {
  const rejects = new Set(ruleMetas.filter((m) => m.dhcpd === 'rejects').map((m) => m.id));
  return diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      !START_UP_RULES.has(d.ruleId) &&
      (rejects.has(d.ruleId) || !ruleMetas.some((m) => m.id === d.ruleId)),
  );
}

/** Token kinds as dhcpd's lexer (common/conflex.c) splits them, closely enough for adjacency. */
const WORD_CHAR = /[^ \t\r\n\f\v#"{};,()=<>!&|+*/%~^[\]]/u;

/**
 * The tokens of a dhcpd.conf text: words (names, numbers, addresses), strings, and one-character
 * punctuation; '#' comments and blanks skipped. Each with its offset, end offset and 1-based line.
 */
export function tokenize(text) {
  const tokens = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    // Blanks as dhcpd's isascii() && isspace(): a U+00A0 or a byte-order mark is part of a token.
    if (/[ \t\r\f\v]/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    const startLine = line;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') line++;
        i++;
      }
      i++;
      tokens.push({ kind: 'string', text: text.slice(start, i), offset: start, end: i, line: startLine });
    } else if (WORD_CHAR.test(c)) {
      while (i < text.length && WORD_CHAR.test(text[i])) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), offset: start, end: i, line: startLine });
    } else {
      i++;
      tokens.push({ kind: 'punct', text: c, offset: start, end: i, line: startLine });
    }
  }
  return tokens;
}

/** Offset in `text` of an LSP-style position (0-based line, UTF-16 character). */
export function offsetOf(text, position) {
  let offset = 0;
  for (let l = 0; l < position.line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/**
 * Each '{' with the '}' that closes it (or null) and the line where its declaration starts: the
 * first token after the previous ';', '{' or '}'. A statement starting with '%' is skipped as
 * dhcpd 4.4.3 skips it (skip_to_semi: to the first ';' outside braces, or a '}' that closes its own
 * '{' or has none, which it eats), except inside a bare '{' where dhcpd is itself skipping.
 */
export function blocksOf(tokens) {
  const blocks = [];
  const open = [];
  const isPunct = (t, c) => t.kind === 'punct' && t.text === c;
  let statementStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === statementStart && isPunct(t, '%') && !open[open.length - 1]?.bare) {
      let depth = 0;
      let j = i;
      for (; j < tokens.length; j++) {
        const u = tokens[j];
        if (isPunct(u, '{')) depth++;
        else if (isPunct(u, '}') && --depth <= 0) break;
        else if (isPunct(u, ';') && depth === 0) break;
      }
      i = j;
      statementStart = j + 1;
      continue;
    }
    if (isPunct(t, '{')) {
      const block = {
        open: t,
        close: null,
        headLine: tokens[statementStart]?.line ?? t.line,
        bare: statementStart === i,
      };
      blocks.push(block);
      open.push(block);
    } else if (isPunct(t, '}')) {
      const block = open.pop();
      if (block) block.close = t;
    }
    if (t.kind === 'punct' && (t.text === ';' || t.text === '{' || t.text === '}')) statementStart = i + 1;
  }
  return blocks;
}

/**
 * The categories, in the order they are tried after "same". Known bugs come first, so that a bug
 * that happens to look like a better place is still counted as a bug.
 * Each: kind ('known-bug' or 'better-place'), a one-line reason for the report, and the predicate.
 * A predicate gets { text, tokens, dhcpdLine, first, errorLines, includeHasErrors } where `first` is
 * dhcplint's first error ({ line 1-based, offset, end }: its range in offsets; null when it has
 * none in this file), `errorLines` the set of lines dhcplint has errors on, and
 * `includeHasErrors(name)` says whether dhcplint has errors in the file an include statement names.
 */
export const CATEGORIES = [
  {
    id: 'end-of-file',
    kind: 'better-place',
    reason:
      "dhcplint names the '{' that is never closed; dhcpd reaches the end of the file first and names its last line",
    test: ({ tokens, dhcpdLine, first }) => {
      if (tokens.some((t) => t.line > dhcpdLine)) return false;
      return blocksOf(tokens).some((b) => !b.close && b.open.line === first.line);
    },
  },
  {
    id: 'next-token',
    kind: 'better-place',
    reason:
      "dhcplint names the statement or value that is not finished (a missing ';', a case label dhcpd reads on past); dhcpd only notices at the token after it, on a later line",
    test: ({ tokens, dhcpdLine, first }) => {
      const next = tokens.find((t) => t.offset >= first.end);
      return next !== undefined && next.line === dhcpdLine && first.line < dhcpdLine;
    },
  },
  {
    id: 'previous-token',
    kind: 'better-place',
    reason:
      'dhcplint names the offending token; dhcpd names the last token it consumed, having only peeked at the offending one (line 0 when it had consumed none, e.g. a byte-order mark or a stray first word)',
    test: ({ tokens, dhcpdLine, first }) => {
      const before = tokens.filter((t) => t.end <= first.offset).pop();
      return before ? before.line === dhcpdLine && dhcpdLine < first.line : dhcpdLine === 0;
    },
  },
  {
    id: 'block-end',
    kind: 'better-place',
    reason:
      "dhcplint names the declaration (e.g. the second 'host x'); dhcpd judges it as a whole when it reads its closing '}' and names that line",
    test: ({ tokens, dhcpdLine, first }) =>
      blocksOf(tokens).some((b) => b.close && b.close.line === dhcpdLine && b.headLine === first.line),
  },
  {
    id: 'include-line',
    kind: 'better-place',
    reason:
      'dhcpd names the include statement after the included file\'s own error ("FILE: bad parse."); dhcplint reports the error inside the included file, where dhcpd named it first',
    test: ({ tokens, dhcpdLine, includeHasErrors }) =>
      tokens.some(
        (t, i) =>
          t.line === dhcpdLine &&
          t.kind === 'word' &&
          t.text === 'include' &&
          tokens[i + 1]?.kind === 'string' &&
          includeHasErrors(tokens[i + 1].text.slice(1, -1)),
      ),
  },
  {
    id: 'block-head',
    kind: 'better-place',
    reason:
      'dhcplint reports a problem of a whole block (e.g. a pool without a range) at its head, before the line inside it where dhcpd stopped, and dhcplint flags that line too',
    test: ({ tokens, dhcpdLine, first, errorLines }) =>
      errorLines.has(dhcpdLine) &&
      blocksOf(tokens).some(
        (b) => b.headLine === first.line && b.open.line <= dhcpdLine && (!b.close || b.close.line >= dhcpdLine),
      ),
  },
];

/**
 * The verdict on one file dhcpd rejects at a named line: 'same', a category id, or 'unexplained'.
 * `errors` are dhcplint's errors in that file (LSP ranges), only those of rules that model what
 * dhcpd refuses while it reads; `includeHasErrors(name)` whether it has errors in the file that an
 * `include "name";` of this file reads (default: no).
 */
export function classifyLocation({ text, dhcpdLine, errors, includeHasErrors = () => false }) {
  const sorted = [...errors].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const start = sorted[0]?.range.start;
  const first = start
    ? { line: start.line + 1, offset: offsetOf(text, start), end: offsetOf(text, sorted[0].range.end) }
    : null;
  if (first?.line === dhcpdLine) return { verdict: 'same', ours: first.line };
  const facts = {
    text,
    tokens: tokenize(text),
    dhcpdLine,
    first,
    errorLines: new Set(sorted.map((e) => e.range.start.line + 1)),
    includeHasErrors,
  };
  // Only the include category can explain a file without errors of its own.
  const category = CATEGORIES.find((c) => (first || c.id === 'include-line') && c.test(facts));
  return category
    ? { verdict: category.id, kind: category.kind, ours: first?.line ?? null }
    : { verdict: 'unexplained', ours: first?.line ?? null };
}
