// A class declared on one server of a pair only: pools admit different clients on each server.
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import { ONE_SIDE_MESSAGE, reportDeclaredOnOneSide } from './support/pair-declarations.js';

const CLASS = 'class "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }\n';

export default definePairRule({
  meta: {
    id: 'pair-classes',
    category: 'pair',
    defaultSeverity: 'warning',
    description: 'A class declared on one server of a pair only.',
    rationale:
      'Pools restricted with `allow members of` then admit different clients on each server, so a client is offered ' +
      'an address by one server and ignored by the other.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { oneSide: ONE_SIDE_MESSAGE },
    examples: {
      incorrect: PRIMARY + CLASS,
      partner: SECONDARY,
      correct: PRIMARY + CLASS,
      partnerCorrect: SECONDARY + CLASS,
    },
  },
  check(context) {
    reportDeclaredOnOneSide(context, 'Class', 'Class');
  },
});
