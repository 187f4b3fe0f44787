// Pool-balancing settings that cannot work, or auto-partner-down turned on.
import { excerpt, failoverDefault } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { PEER_FO, POOL_FO } from './support/examples.js';
import { allPeers, at } from './support/failover.js';

export default defineRule({
  meta: {
    id: 'failover-balance-settings',
    category: 'failover',
    defaultSeverity: 'warning',
    description:
      'Pool-balancing settings that cannot work (`max-lease-ownership` not below `max-lease-misbalance`, ' +
      'percentages over 100, `min-balance` above `max-balance`, both `split` and `hba`), or `auto-partner-down` ' +
      'turned on.',
    rationale:
      'dhcpd accepts these but then rebalances constantly or never; auto-partner-down makes a server take over all ' +
      'leases on its own after a network split, which is only safe with a reliable heartbeat path.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      percentage: '{{statement}} is a percentage (0–100); {{value}} is not.',
      ownership:
        'max-lease-ownership ({{ownership}} %) should be below max-lease-misbalance ({{misbalance}} %), or the pool ' +
        'never settles.',
      balance: 'min-balance ({{min}} s) is above max-balance ({{max}} s).',
      splitAndHba:
        'Use either split or hba for "{{peer}}", never both (dhcpd.conf(5)); dhcpd keeps whichever comes last.',
      autoPartnerDown:
        'auto-partner-down {{value}}: after {{value}} s without contact this server takes over every lease by ' +
        'itself; make sure a split network cannot cause that (both servers would then serve the same addresses).',
    },
    examples: {
      incorrect:
        PEER_FO('  max-lease-misbalance 10;', '  max-lease-ownership 20;', '  auto-partner-down 600;') + POOL_FO,
      correct: PEER_FO('  max-lease-misbalance 15;', '  max-lease-ownership 10;') + POOL_FO,
    },
  },
  create(context) {
    return {
      end() {
        for (const p of allPeers(context)) {
          const num = (k: string) => {
            const setting = p.settings.get(k);
            return setting ? Number(setting.value) : undefined;
          };
          // Absent statements take dhcpd's defaults (from the statement table).
          const orDefault = (k: string) => num(k) ?? Number(failoverDefault(k));
          for (const statement of ['max-lease-misbalance', 'max-lease-ownership']) {
            const setting = p.settings.get(statement);
            const value = num(statement);
            if (!setting || value === undefined || (value >= 0 && value <= 100)) continue;
            context.report({ ...at(setting), messageId: 'percentage', data: { statement, value } });
          }
          const misbalance = orDefault('max-lease-misbalance');
          const ownership = orDefault('max-lease-ownership');
          const ownSetting = p.settings.get('max-lease-ownership') ?? p.settings.get('max-lease-misbalance');
          if (ownership >= misbalance && ownSetting)
            context.report({ ...at(ownSetting), messageId: 'ownership', data: { ownership, misbalance } });
          const min = orDefault('min-balance');
          const max = orDefault('max-balance');
          const balance = p.settings.get('min-balance') ?? p.settings.get('max-balance');
          if (min > max && balance) context.report({ ...at(balance), messageId: 'balance', data: { min, max } });
          const hba = p.settings.get('hba');
          if (p.settings.has('split') && hba)
            context.report({ ...at(hba), messageId: 'splitAndHba', data: { peer: excerpt(p.name) } });
          const apd = p.settings.get('auto-partner-down');
          if (apd && Number(apd.value) > 0)
            context.report({ ...at(apd), messageId: 'autoPartnerDown', data: { value: excerpt(apd.value) } });
        }
      },
    };
  },
});
