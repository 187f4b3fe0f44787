// Pool-balancing settings that differ between the servers: they move free leases back and forth.
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import { DIFFERS_MESSAGE, reportDifferingSettings } from './support/pair-settings.js';

const BALANCE = ['max-lease-misbalance', 'max-lease-ownership', 'min-balance', 'max-balance'];

export default definePairRule({
  meta: {
    id: 'pair-balance',
    category: 'pair',
    defaultSeverity: 'info',
    description: 'Pool-balancing settings that differ between the servers.',
    rationale: 'Different balancing parameters make the servers move free leases back and forth.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { differs: DIFFERS_MESSAGE },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace(
        'load balance max seconds 3;',
        'load balance max seconds 3;\n  max-lease-misbalance 25;',
      ),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    reportDifferingSettings(context, BALANCE);
  },
});
