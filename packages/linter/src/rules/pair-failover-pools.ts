// The failover pools of a relationship differ: a range on one server only, or different permit lists.
import { excerpt } from '@dhcplint/parser';
import type { PeerFacts, PoolFacts, RangeFacts, ServerFacts } from '../model/facts.js';
import { formatIPv4 } from '../net/ipv4.js';
import { definePairRule } from './rule.js';
import { atPeer, bothPeers, PRIMARY, sameSubnet, SECONDARY, pairLabels, type Anchor } from './support/pair.js';
import { spanOfWords } from './support/spans.js';

interface PoolRange {
  range: RangeFacts;
  permits: string;
}

/** The failover ranges of a server for one peer, by `low-high`, with their pool's permits. */
function poolRanges(s: ServerFacts, peer: string): Map<string, PoolRange> {
  const m = new Map<string, PoolRange>();
  for (const p of s.pools) {
    if (p.peer !== peer) continue;
    const permits = [...p.permits].sort().join('; ');
    for (const r of p.ranges) m.set(`${Math.min(r.low, r.high)}-${Math.max(r.low, r.high)}`, { range: r, permits });
  }
  return m;
}

const overlaps = (x: RangeFacts, y: RangeFacts) =>
  Math.min(x.low, x.high) <= Math.max(y.low, y.high) && Math.min(y.low, y.high) <= Math.max(x.low, x.high);

/** `low-high` as the range is written: two addresses. */
const rangeText = (key: string) =>
  key
    .split('-')
    .map((n) => formatIPv4(Number(n)))
    .join(' ');

/**
 * Where a failover range missing on the partner would go: the partner's counterpart of its pool
 * (same relationship, same subnet, a range in common), else that subnet (the whole pool is
 * missing there), else the partner's failover peer block.
 */
function rangeAnchor(
  r: RangeFacts,
  partner: ServerFacts,
  peer: PeerFacts,
  other: string,
): Anchor & { message: string } {
  const subnet = sameSubnet(r.subnet, partner);
  const siblings = (r.pool?.ranges ?? []).filter((x) => x !== r);
  const pool: PoolFacts | undefined =
    subnet &&
    partner.pools.find(
      (p) => p.peer === peer.name && p.subnet === subnet && p.ranges.some((x) => siblings.some((y) => overlaps(x, y))),
    );
  const name = excerpt(peer.name);
  if (subnet && pool) {
    const ranges = pool.ranges.map((x) => x.text).join(', ') || 'no range';
    return {
      file: pool.file,
      span: spanOfWords(pool.decl),
      message: `"${name}" pool of subnet ${excerpt(subnet.key)} on ${other} (${ranges})`,
    };
  }
  if (subnet)
    return {
      file: subnet.file,
      span: spanOfWords(subnet.decl),
      message: `subnet ${excerpt(subnet.key)} on ${other}, without a "${name}" pool`,
    };
  return {
    ...atPeer(peer),
    message: `failover peer "${name}" on ${other}${r.subnet ? `, which has no subnet ${excerpt(r.subnet.key)}` : ''}`,
  };
}

export default definePairRule({
  meta: {
    id: 'pair-failover-pools',
    category: 'pair',
    defaultSeverity: 'error',
    description:
      'The failover pools of the relationship differ: a range on one server only, or different permit lists.',
    rationale:
      'Binding updates for addresses the partner does not have are rejected (`Illegal IP address`), and after a ' +
      'failure the same address can be leased twice.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      differentRange:
        'Failover range {{range}} here, {{partnerRange}} on {{partner}}; both servers need identical failover ranges.',
      missingRange:
        'Failover range {{range}} here, none on {{partner}} (no such range in a "{{peer}}" pool there); both servers ' +
        'need identical failover ranges.',
      differentPermits:
        'The pool of range {{range}} has different allow/deny lists on {{partner}} ({{permits}} here, ' +
        '{{partnerPermits}} there).',
    },
    examples: {
      incorrect: PRIMARY,
      partner: SECONDARY.replace('range 10.0.0.10 10.0.0.99;', 'range 10.0.0.10 10.0.0.80;'),
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const pair = bothPeers(context);
    if (!pair) return;
    const nameOf = pairLabels(context.a, context.b);
    const rangesA = poolRanges(context.a, pair[0].name);
    const rangesB = poolRanges(context.b, pair[1].name);
    const sides = [
      [rangesA, rangesB, context.b, pair[1]],
      [rangesB, rangesA, context.a, pair[0]],
    ] as const;
    for (const [mine, theirs, partnerServer, partnerPeer] of sides) {
      const partner = nameOf(partnerServer);
      for (const [k, { range: r, permits }] of mine) {
        const here = { file: r.file, span: r.span };
        const t = theirs.get(k);
        if (t) {
          // Permits are compared once, from the first server.
          if (mine !== rangesA || t.permits === permits) continue;
          const partnerPermits = t.permits || 'none';
          context.report({
            ...here,
            messageId: 'differentPermits',
            data: { range: rangeText(k), partner, permits: permits || 'none', partnerPermits },
            related: [
              {
                file: t.range.file,
                span: t.range.span,
                message: `range ${rangeText(k)} on ${partner}, in a pool with ${t.permits || 'no allow/deny'}`,
              },
            ],
          });
          continue;
        }
        // A range that overlaps this one on the partner is most likely the same range, edited on one side only.
        const [lo, hi] = k.split('-').map(Number) as [number, number];
        const near = [...theirs].find(([tk]) => {
          const [tlo, thi] = tk.split('-').map(Number) as [number, number];
          return tlo <= hi && lo <= thi;
        });
        if (near) {
          context.report({
            ...here,
            messageId: 'differentRange',
            data: { range: rangeText(k), partnerRange: rangeText(near[0]), partner },
            related: [
              {
                file: near[1].range.file,
                span: near[1].range.span,
                message: `range ${rangeText(near[0])} on ${partner}`,
              },
            ],
          });
        } else {
          context.report({
            ...here,
            messageId: 'missingRange',
            data: { range: rangeText(k), partner, peer: excerpt(context.peerName) },
            related: [rangeAnchor(r, partnerServer, partnerPeer, partner)],
          });
        }
      }
    }
  },
});
