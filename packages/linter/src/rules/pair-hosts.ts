// Host reservations on one server only, or with a different fixed address on each.
import { excerpt, findNodeAt } from '@dhcplint/parser';
import type { HostFacts, ServerFacts } from '../model/facts.js';
import { definePairRule } from './rule.js';
import { isSetting, lastTopLevel, PRIMARY, SECONDARY, serverSides, type Anchor } from './support/pair.js';
import { spanOfWords } from './support/spans.js';

// Hosts are matched by hardware address (by name when they have none). The common single-MAC
// case avoids building a joined string per host: 100,000 hosts a side are normal.
const hostKey = (h: HostFacts) => {
  const only = h.macs.length === 1 ? h.macs[0] : undefined;
  return only ? only.value : h.macs.map((m) => m.value).join(',') || h.name;
};
const fixedText = (h: HostFacts) => {
  const only = h.fixed.length === 1 ? h.fixed[0] : undefined;
  return only ? only.text : h.fixed.map((f) => f.text).join();
};
const shownFixed = (h: HostFacts, none = 'no fixed address') => h.fixed.map((f) => f.text).join(', ') || none;

/** Where a host missing on the partner would go: the same subnet there, else after its last top-level host. */
function hostAnchor(partner: ServerFacts): (h: HostFacts) => Anchor {
  let topLevel: Anchor | undefined;
  return (h) => {
    const path = h.file.ast && findNodeAt(h.file.ast, h.span.start);
    const parent = path?.ancestors[path.ancestors.length - 1];
    const subnet =
      parent?.type === 'Subnet'
        ? partner.subnets.find(
            (t) => t.decl.network?.text === parent.network?.text && t.decl.netmask?.text === parent.netmask?.text,
          )
        : undefined;
    if (subnet) return { file: subnet.file, span: spanOfWords(subnet.decl) };
    return (topLevel ??= lastTopLevel(partner, (st) => st.type === 'Host', isSetting));
  };
}

export default definePairRule({
  meta: {
    id: 'pair-hosts',
    category: 'pair',
    defaultSeverity: 'warning',
    description: 'Host reservations that exist on one server only or give a different fixed address.',
    rationale: 'A reserved client that load-balancing sends to the other server gets a dynamic address instead.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      oneSide: "Host '{{host}}' ({{key}}) is reserved here ({{fixed}}) but not on {{partner}}.",
      differentAddress: "Host '{{host}}' gets {{fixed}} here but {{partnerFixed}} on {{partner}}.",
    },
    examples: {
      incorrect: PRIMARY + 'host cam { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\n',
      partner: SECONDARY,
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    for (const [server, partnerServer, partner] of serverSides(context)) {
      const byKey = new Map<string, HostFacts>();
      for (const h of partnerServer.hosts) byKey.set(hostKey(h), h);
      const anchor = hostAnchor(partnerServer);
      for (const h of server.hosts) {
        const o = byKey.get(hostKey(h));
        const here = { file: h.file, span: spanOfWords(h.decl) };
        const host = excerpt(h.name);
        if (!o) {
          const data = { host, key: hostKey(h), fixed: shownFixed(h), partner };
          context.report({
            ...here,
            messageId: 'oneSide',
            data,
            related: [{ ...anchor(h), message: `no host ${hostKey(h)} on ${partner}` }],
          });
        } else if (server === context.a && fixedText(h) !== fixedText(o)) {
          context.report({
            ...here,
            messageId: 'differentAddress',
            data: { host, fixed: shownFixed(h), partnerFixed: shownFixed(o, 'none'), partner },
            related: [
              {
                file: o.file,
                span: spanOfWords(o.decl),
                message: `host '${excerpt(o.name)}' gets ${shownFixed(o)} on ${partner}`,
              },
            ],
          });
        }
      }
    }
  },
});
