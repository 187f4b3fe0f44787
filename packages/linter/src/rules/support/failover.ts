// Reading failover peer declarations, for the failover rules.
import type { Span } from '@dhcplint/parser';
import type { PeerFacts } from '../../model/facts.js';
import type { SourceFile } from '../../types.js';
import type { RuleContext } from '../rule.js';

/** Every failover peer declaration of the server (a name declared twice gives two). */
export function* allPeers(context: Pick<RuleContext, 'facts'>): Generator<PeerFacts> {
  for (const list of context.facts.peers.values()) yield* list;
}

/** The peer's role: dhcpd takes a peer without one for the primary. */
export const roleOf = (p: PeerFacts): 'primary' | 'secondary' => p.role ?? 'primary';

/** Where a report about a located thing (a setting, a declaration) goes. */
export const at = (l: { file: SourceFile; span: Span }): { file: SourceFile; span: Span } => ({
  file: l.file,
  span: l.span,
});
