// Failover timers and load-balance settings that differ between the two servers.
import { definePairRule } from './rule.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import { DIFFERS_MESSAGE, reportDifferingSettings } from './support/pair-settings.js';

const TIMERS = ['max-response-delay', 'max-unacked-updates', 'load balance max seconds', 'auto-partner-down'];

export default definePairRule({
  meta: {
    id: 'pair-timers',
    category: 'pair',
    defaultSeverity: 'warning',
    description: 'Failover timers and load-balance settings that differ between the two servers.',
    rationale:
      'Each side advertises its own timers; load balancing disabled on one side only makes both answer some ' +
      'clients; auto-partner-down on one side only takes over alone.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: { differs: DIFFERS_MESSAGE },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace('max-response-delay 30;', 'max-response-delay 60;').replace(
        'load balance max seconds 3;',
        'load balance max seconds 5;',
      ),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    reportDifferingSettings(context, TIMERS);
  },
});
