import type * as N from '../ast/nodes.js';

/** Regenerates the text of a statement from its words (used for new or edited statements only). */
export function renderWords(words: readonly N.Value[]): string {
  let out = '';
  let prev: N.Value | undefined;
  for (const w of words) {
    const text = w.type === 'String' ? w.raw : w.text;
    const tight =
      prev &&
      ((w.type === 'Punct' && (w.text === ',' || w.text === ')')) ||
        (prev.type === 'Punct' && prev.text === '(') ||
        (w.type === 'Punct' && w.text === '(' && prev.type === 'Word'));
    out += prev && !tight ? ` ${text}` : text;
    prev = w;
  }
  return out;
}

/** Text of a regenerated statement at a given indentation. Children are rendered one level deeper. */
export function renderStatement(s: N.Statement | N.ElseClause, indent: string, unit: string, eol: string): string {
  const head = renderWords(s.words);
  const block = 'body' in s ? (s.body as N.Block | undefined) : undefined;
  let out: string;
  // A switch label ends with its ':' and takes no ';'.
  if (!block) out = s.type === 'Case' ? head.replace(/ :$/, ':') : `${head};`;
  else {
    out = `${head}${head ? ' ' : ''}{${eol}`;
    for (const c of block.body) out += renderWithComments(c, indent + unit, unit, eol);
    out += `${indent}}`;
  }
  if (s.type === 'If') {
    for (const e of s.elsif) out += ` ${renderStatement(e, indent, unit, eol)}`;
    if (s.else) out += ` ${renderStatement(s.else, indent, unit, eol)}`;
  }
  return out;
}

function renderWithComments(s: N.Statement, indent: string, unit: string, eol: string): string {
  let out = '';
  for (const c of s.leadingComments ?? []) out += `${indent}${c.text}${eol}`;
  out += indent + renderStatement(s, indent, unit, eol);
  if (s.trailingComment) out += ` ${s.trailingComment.text}`;
  return out + eol;
}
