// Includes nested deeper than dhcplint follows (a generated chain, or a circle through symlinks).
import { DEFAULT_MAX_INCLUDE_DEPTH, type Span } from '@dhcplint/parser';
import type { ReportInput, SourceFile } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport } from './support/builtin.js';

/** A server root whose dhcpd.conf starts a chain of `levels` nested includes. */
function includeChain(levels: number): Record<string, string> {
  const name = (i: number) => (i === 0 ? 'etc/dhcp/dhcpd.conf' : `etc/dhcp/chain/${i}.conf`);
  const files: Record<string, string> = {};
  for (let i = 0; i < levels; i++) files[name(i)] = `include "/${name(i + 1)}";\n`;
  files[name(levels)] = 'default-lease-time 600;\n';
  return files;
}

const rule = defineBuiltinRule({
  meta: {
    id: 'include-depth',
    category: 'includes',
    defaultSeverity: 'warning',
    description:
      `Includes nested more than ${DEFAULT_MAX_INCLUDE_DEPTH} levels deep ` + '(the deeper ones are not followed).',
    rationale:
      'Real configs nest includes a few levels at most; a chain this long is generated or runs in a circle through ' +
      `differently named paths (symlinked folders). dhcplint follows ${DEFAULT_MAX_INCLUDE_DEPTH} levels, as deep as ` +
      'dhcpd is known to accept, and stops there instead of running out of memory or stack.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    // The include resolver words it (the depth and the path not followed).
    messages: { tooDeep: '{{message}}' },
    examples: {
      incorrect: '',
      correct: '',
      layout: { incorrect: includeChain(DEFAULT_MAX_INCLUDE_DEPTH + 1), correct: includeChain(2) },
    },
  },
});
export default rule;

export const includeDepthReport = (file: SourceFile, error: { span: Span; message: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: error.span }, 'tooDeep', { message: error.message });
