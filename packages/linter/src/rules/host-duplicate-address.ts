// Two hosts with one hardware address or one fixed address: dhcpd accepts it, clients then clash.
import { excerpt } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { reportHostClashes, type Use } from './support/host-duplicates.js';

export default defineRule({
  meta: {
    id: 'host-duplicate-address',
    category: 'hosts',
    recommended: true,
    defaultSeverity: 'warning',
    description: 'Two hosts with the same hardware address (same type and bytes) or the same fixed address.',
    rationale:
      'dhcpd accepts both silently; at run time one client gets two identities (only one host matches it), or two ' +
      'clients are handed one address and knock each other off the network.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    messages: {
      hardware: "Hardware address {{address}} is also used by host '{{host}}'.",
      fixed: "Fixed address {{address}} is also given to host '{{host}}'.",
    },
    examples: {
      incorrect: conf(
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
      ),
      correct: conf(
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.6; }',
      ),
    },
  },
  create(context) {
    const clash = (messageId: string) => (address: string, use: Use, holder: Use) =>
      context.report({
        ...use.loc,
        messageId,
        data: { address: excerpt(address), host: excerpt(holder.host.name) },
        related: [{ ...holder.loc, message: `host ${excerpt(holder.host.name)}` }],
      });
    return {
      *end() {
        yield* reportHostClashes(context, { hardware: clash('hardware'), fixed: clash('fixed') });
      },
    };
  },
});
