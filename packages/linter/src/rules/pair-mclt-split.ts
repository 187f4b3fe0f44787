// mclt / split / hba on the secondary that differ from the primary's: only the primary's count.
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { atPeer, bothPeers, PRIMARY, SECONDARY, pairLabels } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-mclt-split',
    category: 'pair',
    defaultSeverity: 'warning',
    description:
      'mclt/split/hba set on the secondary with values different from the primary; explains the effective split.',
    rationale:
      "Only the primary's values count; a different value on the secondary suggests the operator expects something " +
      'that will not happen.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      ignored:
        "{{setting}} {{value}} on the secondary (here) is ignored; the primary's {{setting}} {{primaryValue}} (on " +
        '{{primary}}) applies.',
    },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace('load balance max seconds 3;', 'load balance max seconds 3;\n  mclt 3600;'),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const pair = bothPeers(context);
    if (!pair) return;
    const [a, b] = pair;
    const nameOf = pairLabels(context.a, context.b);
    const [pri, sec, primary] =
      (a.role ?? 'primary') === 'primary' ? [a, b, nameOf(context.a)] : [b, a, nameOf(context.b)];
    for (const k of ['mclt', 'split', 'hba']) {
      const s = sec.settings.get(k);
      const p = pri.settings.get(k);
      if (!s || !p || s.value === p.value) continue;
      const setting = excerpt(k);
      context.report({
        ...atPeer(sec, s),
        messageId: 'ignored',
        data: { setting, value: excerpt(s.value), primaryValue: excerpt(p.value), primary },
        related: [{ ...atPeer(pri, p), message: `${setting} ${excerpt(p.value)} on the primary, ${primary}` }],
      });
    }
  },
});
