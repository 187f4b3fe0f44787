// Reports of the builtin rules, which the engine makes itself (parse and include errors, disable
// directives, the pair stage, host files): each rule file exports a builder using this.
import type { Span } from '@dhcplint/parser';
import type { MessageData, ReportInput, RuleMeta, SourceFile } from '../../types.js';
import { formatMessage } from '../rule.js';

/** A report of builtin rule `meta`: message `messageId` formatted with `data`. */
export function builtinReport(
  meta: RuleMeta,
  at: { file: SourceFile; span: Span },
  messageId: string,
  data?: MessageData,
  related?: ReportInput['related'],
): ReportInput {
  return {
    file: at.file,
    span: at.span,
    messageId,
    message: formatMessage(meta, messageId, data),
    ...(related ? { related } : {}),
  };
}

/** Server files included in the layout examples. */
export const HOSTS_FILE = 'host a { hardware ethernet 0:1:2:3:4:5; }\n';
