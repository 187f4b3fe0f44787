// Fixes several rules offer.
import type { AnyStatement } from '@dhcplint/parser';
import type { Fix, SourceFile } from '../../types.js';

/**
 * Removes a statement: its whole line (indentation, a trailing comment, the line break) when it is
 * alone on it, otherwise just the statement and the spaces after it.
 */
export function removeStatementFix(file: SourceFile, s: AnyStatement): Fix {
  const src = file.ast?.source ?? '';
  let start = s.span.start;
  while (start > 0 && (src[start - 1] === ' ' || src[start - 1] === '\t')) start--;
  const aloneBefore = start === 0 || src[start - 1] === '\n' || src[start - 1] === '\r';
  let end = s.span.end;
  while (end < src.length && (src[end] === ' ' || src[end] === '\t')) end++;
  if (src[end] === '#') while (end < src.length && src[end] !== '\n' && src[end] !== '\r') end++;
  const aloneAfter = end >= src.length || src[end] === '\n' || src[end] === '\r';
  if (aloneBefore && aloneAfter) {
    const lineEnd = src.startsWith('\r\n', end) ? end + 2 : Math.min(src.length, end + 1);
    return { span: { start, end: lineEnd }, text: '' };
  }
  return { span: { start: s.span.start, end: src[s.span.end] === ' ' ? s.span.end + 1 : s.span.end }, text: '' };
}
