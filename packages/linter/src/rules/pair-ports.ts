// Each server's `peer port` must be the other's `port` (both default to 647).
import { excerpt } from '@dhcplint/parser';
import { definePairRule } from './rule.js';
import { atPeer, effective, peerSides, PRIMARY, SECONDARY } from './support/pair.js';

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
    const note = (v: { setting?: unknown }) => (v.setting ? '' : ' (default)');
    for (const [p, q, partner] of peerSides(context)) {
      const peerPort = effective(p, 'peer port');
      const port = effective(q, 'port');
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
