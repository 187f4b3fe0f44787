import type { Span } from '../text/line-index.js';

/** Stable codes of the parser's diagnostics; the linter reports them under the rule id `syntax`. */
export type ParseErrorCode =
  | 'missing-semicolon'
  | 'unclosed-block'
  | 'stray-close-brace'
  | 'semicolon-after-block'
  | 'empty-statement'
  | 'block-without-header'
  | 'unterminated-string'
  | 'invalid-character'
  | 'missing-block'
  | 'unexpected-block'
  | 'missing-argument'
  | 'cidr-subnet'
  | 'bad-expression'
  | 'elsif-without-if'
  | 'no-failover-peer-semicolon'
  | 'include-missing'
  | 'include-cycle'
  | 'include-depth'
  | 'nested-too-deep'
  | 'token-too-long'
  | 'byte-order-mark'
  | 'whitespace-too-long'
  | 'bad-escape'
  | 'bad-declaration-name'
  | 'unexpected-argument'
  | 'bad-option-space'
  | 'bad-option-definition'
  | 'bad-statement-form';

export interface ParseError {
  code: ParseErrorCode;
  message: string;
  span: Span;
  severity: 'error' | 'warning';
  /** URI of the file the error is in (set for errors found in included files). */
  uri?: string;
}
