// Parameter arguments of the wrong type (numbers, flags, addresses, strings, enumerations).
import { checkAtom, checkParameterArgs, contextOf, statementSpec, type Value } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

/** `hba ff:…:ff:` continued on the next line: dhcpd reads the bytes across the break. */
function isContinuedHexList(args: readonly Value[]): boolean {
  const continued = args.every((a, i) => a.type === 'Word' && (i === args.length - 1 || a.text.endsWith(':')));
  if (args.length < 2 || !continued) return false;
  return /^[0-9a-f]{1,2}(:[0-9a-f]{1,2})*$/i.test(args.map((a) => (a.type === 'Word' ? a.text : '')).join(''));
}

/** parse_string takes one bare identifier as well as a quoted string (`filename pxelinux;`). */
const isBareIdentifier = (args: readonly Value[]): boolean => {
  const only = args.length === 1 ? args[0] : undefined;
  return only?.type === 'Word' && /^[A-Za-z0-9_-]+$/.test(only.text) && !/^\d+$/.test(only.text);
};

export default defineRule({
  meta: {
    id: 'invalid-value',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description:
      'A parameter whose arguments do not have the type dhcpd expects (numbers, flags, addresses, quoted strings, ' +
      'enumerations).',
    rationale:
      'dhcpd stops at the first such value with a terse message; the linter names the parameter, the expected type ' +
      'and every bad value at once.',
    dhcpd: 'rejects',
    recommended: true,
    // The parser's value checks word the problem (they also serve hover and the language server).
    messages: { badValue: '{{problem}}' },
    examples: {
      incorrect: conf('default-lease-time ten;', 'ping-check maybe;'),
      correct: conf('default-lease-time 600;', 'ping-check true;'),
    },
  },
  create(context) {
    return {
      statementTypes: ['Subnet', 'Range', 'Parameter'],
      statement(s, ancestors, file) {
        // Addresses of subnet and range declarations: dhcpd rejects `10.0.0.300` ("exceeds max").
        const addresses =
          s.type === 'Subnet' ? [s.network, s.netmask] : s.type === 'Range' && !s.v6 ? [s.low, s.high] : [];
        for (const w of addresses) {
          const p = w && /^\d+(\.\d+)+$/.test(w.text) ? checkAtom('ip-address', w) : undefined;
          if (w && p) context.report({ file, span: w.span, messageId: 'badValue', data: { problem: p.message } });
        }
        if (s.type !== 'Parameter' || !s.known || s.expression || s.name === 'interface') return;
        const spec = statementSpec(s.name, contextOf(ancestors[ancestors.length - 1]));
        if (!spec) return;
        if (spec.args === 'hex' && isContinuedHexList(s.args)) return;
        if (spec.args === 'string' && isBareIdentifier(s.args)) return;
        for (const p of checkParameterArgs(spec, s.args)) {
          if (p.strict) continue;
          context.report({ file, span: p.value?.span ?? s.span, messageId: 'badValue', data: { problem: p.message } });
        }
      },
    };
  },
});
