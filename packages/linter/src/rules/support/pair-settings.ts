// Failover settings that must be the same on both servers (pair-timers, pair-balance).
import { excerpt } from '@dhcplint/parser';
import type { PairContext } from '../rule.js';
import { atPeer, bothPeers, effective, pairLabels } from './pair.js';

/** The message both rules report with (their `meta.messages.differs`). */
export const DIFFERS_MESSAGE =
  '{{setting}} is {{value}} here but {{partnerValue}} on {{partner}}{{unwritten}}; set it the same on both servers.';

/** Reports each of `keys` whose effective value differs between the two servers, on the first. */
export function reportDifferingSettings(context: PairContext, keys: readonly string[]): void {
  const pair = bothPeers(context);
  if (!pair) return;
  const [a, b] = pair;
  const partner = pairLabels(context.a, context.b)(context.b);
  for (const k of keys) {
    const mine = effective(a, k);
    const theirs = effective(b, k);
    if (mine.value === theirs.value) continue;
    // A side that does not write the setting is anchored at its failover peer block (where the quick fix writes it).
    const unwritten = !mine.setting ? ' (not written here)' : !theirs.setting ? ` (not written on ${partner})` : '';
    const setting = excerpt(k);
    context.report({
      ...atPeer(a, mine.setting),
      messageId: 'differs',
      data: { setting, value: excerpt(mine.value), partnerValue: excerpt(theirs.value), partner, unwritten },
      related: [
        {
          ...atPeer(b, theirs.setting),
          message: theirs.setting
            ? `${setting} ${excerpt(theirs.value)} on ${partner}`
            : `failover peer "${excerpt(b.name)}" on ${partner}, without ${setting}`,
        },
      ],
    });
  }
}
