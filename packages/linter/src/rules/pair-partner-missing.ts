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

/** The report for a peer whose partner was not given: on the declaration up to the peer's name. */
export function partnerMissingReport(peer: PeerFacts): ReportInput {
  const nameSpan = peer.decl.nameNode?.span ?? peer.span;
  const span = { start: peer.span.start, end: Math.max(nameSpan.end, peer.span.start) };
  return builtinReport(rule.meta, { file: peer.file, span }, 'noPartner', { peer: peer.name });
}
