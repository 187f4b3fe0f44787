// Lease times, options, authoritative and DDNS settings that differ between the servers.
import { excerpt } from '@dhcplint/parser';
import type { ServerFacts, Setting } from '../model/facts.js';
import { definePairRule, type PairContext } from './rule.js';
import { isSetting, lastTopLevel, PRIMARY, SECONDARY, pairLabels, type Anchor } from './support/pair.js';
import { spanOfWords } from './support/spans.js';

/** Each server has its own identifier (pair-server-identifier checks they differ). */
const skip = (k: string) => k === 'server-identifier' || k === 'option dhcp-server-identifier';

/**
 * One scope's settings against the partner's same scope: a setting the partner lacks is reported
 * from both sides, a value that differs once (`reportDiffers` on the first server's pass).
 */
function compare(
  context: PairContext,
  scopes: { mine: Map<string, Setting>; theirs: Map<string, Setting>; where: string },
  partner: string,
  scope: (s: Setting) => Anchor,
  reportDiffers: boolean,
): void {
  const { mine, theirs, where } = scopes;
  for (const [k, sa] of mine) {
    if (skip(k)) continue;
    const setting = excerpt(k);
    const sb = theirs.get(k);
    const here = { file: sa.file, span: sa.span };
    if (!sb) {
      const related = [{ ...scope(sa), message: `'${setting}' not set ${where} on ${partner}` }];
      if (sa.value)
        context.report({
          ...here,
          messageId: 'missingValue',
          data: { setting, value: excerpt(sa.value), where, partner },
          related,
        });
      else context.report({ ...here, messageId: 'missingFlag', data: { setting, where, partner }, related });
    } else if (reportDiffers && sa.value !== sb.value) {
      context.report({
        ...here,
        messageId: 'differs',
        data: { setting, value: excerpt(sa.value), where, partnerValue: excerpt(sb.value), partner },
        related: [{ file: sb.file, span: sb.span, message: `'${setting}' ${excerpt(sb.value)} on ${partner}` }],
      });
    }
  }
}

export default definePairRule({
  meta: {
    id: 'pair-scope-settings',
    category: 'pair',
    defaultSeverity: 'warning',
    description:
      'Lease times, options, `authoritative` and DDNS settings that differ between the servers, globally or per ' +
      'subnet.',
    rationale: 'A client gets different leases and options depending on which server answers.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      missingValue: "'{{setting}}' is {{value}} {{where}} here but not set on {{partner}}.",
      missingFlag: "'{{setting}}' is set {{where}} here but not on {{partner}}.",
      differs: "'{{setting}}' is {{value}} {{where}} here but {{partnerValue}} on {{partner}}.",
    },
    examples: {
      incorrect: PRIMARY + 'default-lease-time 600;\n',
      partner: SECONDARY + 'default-lease-time 3600;\n',
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const nameOf = pairLabels(context.a, context.b);
    const { a, b } = context;
    // A global setting the partner lacks would go after its last top-level setting of the same kind.
    const globalAnchor = (partner: ServerFacts) => (s: Setting) =>
      lastTopLevel(partner, (st) => st.type === s.node.type && isSetting(st), isSetting);
    compare(context, { mine: a.globals, theirs: b.globals, where: 'globally' }, nameOf(b), globalAnchor(b), true);
    compare(context, { mine: b.globals, theirs: a.globals, where: 'globally' }, nameOf(a), globalAnchor(a), false);
    const bySubnet = new Map(b.subnets.map((s) => [s.key, s]));
    for (const s of a.subnets) {
      const t = bySubnet.get(s.key);
      if (!t) continue;
      const where = `in subnet ${s.key}`;
      compare(
        context,
        { mine: s.settings, theirs: t.settings, where },
        nameOf(b),
        () => ({ file: t.file, span: spanOfWords(t.decl) }),
        true,
      );
      compare(
        context,
        { mine: t.settings, theirs: s.settings, where },
        nameOf(a),
        () => ({ file: s.file, span: spanOfWords(s.decl) }),
        false,
      );
    }
  },
});
