// Server-wide settings dhcpd checks when it starts: server-duid forms, omapi-key, server option lengths.
import { excerpt, type Parameter, type Value } from '@dhcplint/parser';
import type { MessageData, SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { wordText } from './support/values.js';
import { spanOfWords } from './support/spans.js';

const DUID_HARDWARE = new Set(['ethernet', 'token-ring', 'fddi', 'infiniband']);

/** Lengths (bytes) dhcpd requires of server options it reads at start-up (server/dhcpd.c). */
const SERVER_OPTION_LENGTH: Record<string, number> = {
  'omapi-port': 2,
  'local-port': 2,
  'remote-port': 2,
  'limited-broadcast-address': 4,
  'local-address': 4,
  'ddns-update-style': 1,
  'log-facility': 1,
  'delayed-ack': 2,
  'max-ack-delay': 4,
  'prefix-length-mode': 1,
  'abandon-lease-time': 4,
};

interface DuidProblem {
  at: Value | undefined;
  messageId: string;
  data?: MessageData;
}

const isNumber = (v: Value | undefined) => v?.type === 'Word' && v.literal.kind === 'number';
const isHardwareAddress = (v: Value | undefined) =>
  v?.type === 'Word' && (v.literal.kind === 'hex' || v.literal.kind === 'number');

/** What is wrong with a `server-duid` statement's arguments, if anything. */
function duidProblem(args: Value[]): DuidProblem | undefined {
  const [kind, ...rest] = args;
  const k = wordText(kind).toUpperCase();
  const extra = (n: number): DuidProblem | undefined =>
    rest.length > n ? { at: rest[n], messageId: 'duidExtra', data: { value: excerpt(wordText(rest[n])) } } : undefined;
  if (k === 'EN') {
    if (!isNumber(rest[0])) return { at: rest[0] ?? kind, messageId: 'duidEnNumber' };
    if (rest[1]?.type !== 'String') return { at: rest[1] ?? rest[0], messageId: 'duidEnQuotes' };
    return extra(2);
  }
  if (k === 'LL' || k === 'LLT') {
    if (rest.length === 0) return undefined;
    if (!DUID_HARDWARE.has(wordText(rest[0]).toLowerCase())) {
      const data = { known: [...DUID_HARDWARE].join(', '), value: excerpt(wordText(rest[0])) };
      return { at: rest[0], messageId: 'duidHardwareType', data };
    }
    if (k === 'LLT') {
      if (!isNumber(rest[1])) return { at: rest[1] ?? rest[0], messageId: 'duidLltTime' };
      if (!isHardwareAddress(rest[2])) return { at: rest[2] ?? rest[1], messageId: 'duidLltAddress' };
      return extra(3);
    }
    if (!isHardwareAddress(rest[1])) return { at: rest[1] ?? rest[0], messageId: 'duidLlAddress' };
    return extra(2);
  }
  if (isNumber(kind)) {
    if (rest[0]?.type !== 'String') return { at: rest[0] ?? kind, messageId: 'duidNumericQuotes' };
    return extra(1);
  }
  return { at: kind, messageId: 'duidType', data: { value: excerpt(wordText(kind)) } };
}

export default defineRule({
  meta: {
    id: 'server-settings',
    category: 'values',
    defaultSeverity: 'error',
    description:
      'Server-wide settings dhcpd checks when it starts: `server-duid` forms, an `omapi-key` that names no declared ' +
      'key, and server options (`option server.NAME = …`) set to data of the wrong length.',
    rationale:
      'dhcpd refuses to start: `DUID type of LLT, EN, or LL expected`, `enterprise number expected`, `hardware type ' +
      'expected`, `OMAPI key NAME: key not found`, `invalid omapi port data length`, `invalid max ack delay ' +
      'configuration`, … (the start-up ones without a line).',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      optionLength: 'server.{{name}} takes {{want}} {{bytes}}; this value has {{count}}, and dhcpd refuses to start.',
      omapiKey: "omapi-key names key '{{key}}', which is not declared; dhcpd refuses to start.",
      duidExtra: "Unexpected '{{value}}' after the server-duid.",
      duidEnNumber: 'server-duid EN needs an enterprise number, then the identifier in quotes.',
      duidEnQuotes: 'The identifier of server-duid EN goes in quotes: server-duid EN 32473 "c0ffee";',
      duidHardwareType: "Expected a hardware type ({{known}}), not '{{value}}'.",
      duidLltTime: 'server-duid LLT needs a timestamp (a number) after the hardware type.',
      duidLltAddress: 'server-duid LLT ends with the hardware address.',
      duidLlAddress: 'server-duid LL ends with the hardware address.',
      duidNumericQuotes: 'A numeric server-duid type is followed by the DUID in quotes.',
      duidType: "server-duid takes LLT, EN, LL or a number, not '{{value}}'.",
    },
    examples: {
      incorrect: conf('server-duid UUID;', 'option server.omapi-port = "abc";'),
      correct: conf('server-duid EN 32473 "c0ffee";', 'option server.omapi-port = 7911;'),
    },
  },
  create(context) {
    const keys = new Set<string>();
    const omapiKeys: { file: SourceFile; p: Parameter }[] = [];
    return {
      statementTypes: ['Parameter', 'Option', 'Key'],
      statement(s, _a, file) {
        if (s.type === 'Key') keys.add(s.name);
        if (s.type === 'Option' && s.space === 'server' && s.expression?.type === 'Literal') {
          const want = SERVER_OPTION_LENGTH[s.name];
          const v = s.expression.value;
          const count =
            v.type === 'String'
              ? [...Buffer.from(v.value, 'latin1')].length
              : v.type === 'Word' && v.literal.kind === 'hex'
                ? v.literal.bytes.length
                : undefined;
          if (want !== undefined && count !== undefined && count !== want) {
            const data = { name: excerpt(s.name), want, bytes: want > 1 ? 'bytes' : 'byte', count };
            context.report({ file, span: v.span, messageId: 'optionLength', data });
          }
        }
        if (s.type !== 'Parameter') return;
        if (s.name === 'omapi-key') omapiKeys.push({ file, p: s });
        if (s.name === 'server-duid') {
          const problem = duidProblem(s.args);
          if (problem)
            context.report({
              file,
              span: problem.at?.span ?? spanOfWords(s),
              messageId: problem.messageId,
              data: problem.data,
            });
        }
      },
      end() {
        for (const { file, p } of omapiKeys) {
          const arg = p.args[0];
          const name = arg?.type === 'String' ? arg.value : wordText(arg);
          if (arg && name && !keys.has(name))
            context.report({ file, span: arg.span, messageId: 'omapiKey', data: { key: excerpt(name) } });
        }
      },
    };
  },
});
