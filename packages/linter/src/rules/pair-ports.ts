// Each server's `peer port` must be the other's `port` (both default to 647).
import { excerpt, failoverDefault } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { atPeer, bothPeers, effective, PRIMARY, SECONDARY, serverLabels } from './support/pair.js';

export default definePairRule({
  meta: {
    id: 'pair-ports',
    category: 'pair',
    defaultSeverity: 'error',
    description: "Each server's `peer port` must be the other's `port` (both default to 647).",
    rationale: 'A mismatched port connects to nothing; dhcpd retries every 90 seconds and the pair never syncs.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      mismatch:
        'peer port {{peerPort}}{{peerPortNote}} here, but the partner ({{partner}}) listens on port ' +
        '{{port}}{{portNote}}.',
    },
    examples: {
      incorrect: PRIMARY.replace('peer address 10.0.0.2;', 'peer address 10.0.0.2;\n  peer port 847;'),
      partner: SECONDARY,
      correct: PRIMARY,
      partnerCorrect: SECONDARY,
    },
  },
  check(context) {
    const pair = bothPeers(context);
    if (!pair) return;
    const [a, b] = pair;
    const names = serverLabels(context.a, context.b);
    const note = (v: { setting?: unknown }) => (v.setting ? '' : ' (default)');
    const sides = [
      [a, b, names.get(context.b)!],
      [b, a, names.get(context.a)!],
    ] as const;
    for (const [p, q, partner] of sides) {
      const peerPort = effective(p, 'peer port', failoverDefault('peer port')!);
      const port = effective(q, 'port', failoverDefault('port')!);
      if (peerPort.value === port.value) continue;
      context.report({
        ...atPeer(p, peerPort.setting),
        messageId: 'mismatch',
        data: {
          peerPort: excerpt(peerPort.value),
          peerPortNote: note(peerPort),
          partner,
          port: excerpt(port.value),
          portNote: note(port),
        },
        related: [{ ...atPeer(q, port.setting), message: `port ${excerpt(port.value)}${note(port)} on ${partner}` }],
      });
    }
  },
});
