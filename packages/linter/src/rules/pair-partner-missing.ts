// A config with a failover peer whose partner was not linted with it: the pair checks did not run.
import type { PeerFacts } from '../model/facts.js';
import type { ReportInput } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport } from './support/builtin.js';
import { conf } from './support/examples.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'pair-partner-missing',
    category: 'pair',
    defaultSeverity: 'info',
    description:
      'A config declares a failover peer, but its partner was not among the configs checked, so the pair checks did ' +
      'not run.',
    rationale:
      'The pair checks are the reason to lint a failover server; a run on one half alone must not look like a pass. ' +
      'Give both halves (paths, server roots or a folder holding both), `--pair A=B`, or a `servers` manifest.',
    dhcpd: 'n/a',
    recommended: true,
    messages: {
      noPartner:
        'Failover peer "{{peer}}": no partner configuration was given, so the pair checks did not run. Lint both ' +
        'servers together (dhcplint A B, both server roots, or a folder holding both), pair them with --pair A=B or ' +
        '"pairs", or describe them in a "servers" manifest.',
      sameRole:
        'Failover peer "{{peer}}": no partner found, so the pair checks did not run ({{candidates}} also {{declare}} ' +
        'it, but as {{role}} too). Lint both servers together, or pair them with --pair A=B or "pairs" in ' +
        '.dhcplintrc.json.',
      ambiguous:
        'Failover peer "{{peer}}": which configuration is its partner is ambiguous ({{candidates}} also {{declare}} ' +
        'it), so the pair checks did not run. Pair the two servers with --pair A=B or "pairs" in .dhcplintrc.json, ' +
        'or lint one pair at a time.',
    },
    examples: {
      incorrect: conf(
        'failover peer "fo" {',
        '  primary;',
        '  address 10.0.0.1;',
        '  port 647;',
        '  peer address 10.0.0.2;',
        '  peer port 647;',
        '  max-response-delay 30;',
        '  mclt 1800;',
        '  split 128;',
        '}',
      ),
      correct: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;', '}'),
    },
  },
});
export default rule;

/**
 * Why no partner was paired: none given; only configs that declare the peer in the same role
 * (`candidates`, named as the message shows them); or several that could be it.
 */
export type UnpairedReason =
  | { messageId: 'noPartner' }
  | { messageId: 'sameRole'; candidates: string; declare: string; role: string }
  | { messageId: 'ambiguous'; candidates: string; declare: string };

/** The report for a peer left without a partner: on the declaration up to the peer's name. */
export function partnerMissingReport(peer: PeerFacts, why: UnpairedReason = { messageId: 'noPartner' }): ReportInput {
  const nameSpan = peer.decl.nameNode?.span ?? peer.span;
  const span = { start: peer.span.start, end: Math.max(nameSpan.end, peer.span.start) };
  const { messageId, ...data } = why;
  return builtinReport(rule.meta, { file: peer.file, span }, messageId, { peer: peer.name, ...data });
}
