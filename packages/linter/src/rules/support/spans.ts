// Where reports about statements go.
import type { Span } from '@dhcplint/parser';

/**
 * A statement's first word (its keyword, where the editor underlines it), or the whole statement
 * when it has no words.
 */
export const spanOfWords = (s: { words: readonly { span: Span }[]; span: Span }): Span => s.words[0]?.span ?? s.span;
