// A parameter or option set twice in one scope (only the last counts), or uid beside a client identifier.
import type { AnyStatement, OptionStatement, Parameter, SwitchStatement } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { removeStatementFix } from './support/fixes.js';

interface Setting {
  s: Parameter | OptionStatement;
  file: SourceFile;
}

/**
 * Repeated on purpose, or a dhcpd error another rule reports (host-declaration,
 * network-declaration); a uid is handled apart.
 */
const REPEATABLE = new Set([
  'hardware',
  'fixed-address',
  'interface',
  'range',
  'include',
  'primary',
  'secondary',
  'set',
  'log',
]);

const isClientId = (s: Parameter | OptionStatement) =>
  s.type === 'Option' ? s.space === 'dhcp' && s.name === 'dhcp-client-identifier' : s.name === 'uid';

/**
 * In a switch, each `case`/`default:` label starts its own branch (only one runs), so a setting is
 * judged against the others after the same label: the label is the scope, or the switch before any.
 */
function caseBranchOf(sw: SwitchStatement, s: AnyStatement): AnyStatement {
  let branch: AnyStatement = sw;
  for (const child of sw.body.body) {
    if (child === s) break;
    if (child.type === 'Case') branch = child;
  }
  return branch;
}

export default defineRule({
  meta: {
    id: 'duplicate-parameter',
    perStatement: 'nested',
    category: 'values',
    defaultSeverity: 'warning',
    description:
      'The same parameter or option set twice in one scope (only the last one counts), or a host with both `uid` ' +
      'and `option dhcp-client-identifier` (only the uid counts).',
    rationale: 'dhcpd silently keeps the last value, so the first line is dead and misleading.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    messages: {
      overridden: "'{{name}}' is set again later in the same scope; this value is overridden.",
      clientIdIgnored: "This host also has a 'uid'; dhcpd uses the uid and ignores 'option dhcp-client-identifier'.",
    },
    examples: {
      incorrect: conf('default-lease-time 600;', 'default-lease-time 900;'),
      correct: 'default-lease-time 900;\n',
    },
  },
  create(context) {
    const seen = new Map<AnyStatement | undefined, Map<string, Setting>>();
    const hostClientIds = new Map<AnyStatement, Setting>();
    return {
      statementTypes: ['Parameter', 'Option'],
      statement(s, ancestors, file) {
        if (s.type !== 'Parameter' && s.type !== 'Option') return;
        if (s.type === 'Parameter' && (!s.known || REPEATABLE.has(s.name))) return;
        const parent = ancestors[ancestors.length - 1];
        if (parent?.type === 'FailoverPeer') return; // failover-duplicate-statement covers peers
        if (parent?.type === 'If' || parent?.type === 'Else' || parent?.type === 'On') return;
        if (parent?.type === 'Host' && isClientId(s)) {
          // dhcpd keeps the uid and ignores the client identifier, whatever their order (it warns).
          const other = hostClientIds.get(parent);
          if (other && other.s.type !== s.type) {
            const [ignored, kept] = s.type === 'Option' ? [{ s, file }, other] : [other, { s, file }];
            context.report({
              file: ignored.file,
              span: ignored.s.span,
              messageId: 'clientIdIgnored',
              fix: removeStatementFix(ignored.file, ignored.s),
              related: [{ file: kept.file, span: kept.s.span, message: 'the uid' }],
            });
          }
          hostClientIds.set(parent, { s, file });
        }
        if (s.type === 'Parameter' && s.name === 'uid') return;
        const key = s.type === 'Option' ? `option ${s.space}.${s.name}` : s.negated ? 'authoritative' : s.name;
        const scopeKey = parent?.type === 'Switch' ? caseBranchOf(parent, s) : parent;
        const scope = seen.get(scopeKey) ?? new Map<string, Setting>();
        seen.set(scopeKey, scope);
        const prev = scope.get(key);
        if (prev) {
          context.report({
            file: prev.file,
            span: prev.s.span,
            messageId: 'overridden',
            data: { name: key.replace(/^option dhcp\./, 'option ') },
            fix: removeStatementFix(prev.file, prev.s),
            related: [{ file, span: s.span, message: 'the value that wins' }],
          });
        }
        scope.set(key, { s, file });
      },
    };
  },
});
