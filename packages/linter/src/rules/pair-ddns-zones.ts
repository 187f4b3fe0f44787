// A DDNS zone (with its key) declared on one server of a pair only.
import { definePairRule } from './rule.js';
import { conf } from './support/examples.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import { ONE_SIDE_MESSAGE, reportDeclaredOnOneSide } from './support/pair-declarations.js';

const ZONE = conf(
  'key ddns { algorithm hmac-md5; secret "c2VjcmV0"; };',
  'zone example.com. { primary 10.0.0.53; key ddns; }',
);

export default definePairRule({
  meta: {
    id: 'pair-ddns-zones',
    category: 'pair',
    defaultSeverity: 'warning',
    description: 'A DDNS zone (with its key) declared on one server of a pair only.',
    rationale:
      'Only the server with the zone updates DNS; clients served by the partner get no DNS records, and leases ' +
      'renewed across servers flip their records in and out.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { oneSide: ONE_SIDE_MESSAGE },
    examples: {
      incorrect: PRIMARY + ZONE,
      partner: SECONDARY,
      correct: PRIMARY + ZONE,
      partnerCorrect: SECONDARY + ZONE,
    },
  },
  check(context) {
    reportDeclaredOnOneSide(context, 'Zone', 'DNS zone');
  },
});
