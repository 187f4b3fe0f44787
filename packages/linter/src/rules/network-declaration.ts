// Shared-network, subnet and range declarations dhcpd refuses: empty or unnamed shared-networks,
// two interfaces, malformed or oversized ranges, pool ranges before their subnet.
import { excerpt, type AnyStatement, type Parameter, type PoolDecl, type SharedNetworkDecl } from '@dhcplint/parser';
import { networkOf } from '../net/ipv4.js';
import type { SourceFile } from '../types.js';
import { defineRule, type RuleContext } from './rule.js';
import { conf } from './support/examples.js';
import { ipv4, wordText } from './support/values.js';
import { spanOfWords } from './support/spans.js';

/** dhcpd refuses a range this large (mdb.c: "overly large address range"). */
const MAX_RANGE_SPAN = 2 ** 24;

const hasSubnet = (list: readonly AnyStatement[]): boolean =>
  list.some(
    (c) =>
      c.type === 'Subnet' ||
      c.type === 'Subnet6' ||
      c.type === 'Include' ||
      (c.type === 'Group' && hasSubnet(c.body.body)),
  );

/** Whether a subnet declared in `shared` before `pool` holds `address` (includes make it unknown: yes). */
function onSubnetBefore(shared: SharedNetworkDecl, pool: PoolDecl, address: number): boolean {
  const body = shared.body.body;
  if (body.some((c) => c.type === 'Include')) return true;
  return body.slice(0, body.indexOf(pool)).some((c) => {
    if (c.type !== 'Subnet') return false;
    const net = ipv4(c.network);
    const mask = ipv4(c.netmask);
    return net !== undefined && mask !== undefined && networkOf(address, mask) === networkOf(net, mask);
  });
}

function checkInterfaces(context: RuleContext, file: SourceFile, body: readonly AnyStatement[]): void {
  const names = body.filter((c): c is Parameter => c.type === 'Parameter' && c.name === 'interface');
  const [first, ...later] = names;
  if (!first) return;
  for (const c of later) {
    if (wordText(c.args[0]) === wordText(first.args[0])) continue;
    const data = { interface: excerpt(wordText(first.args[0])) };
    context.report({ file, span: spanOfWords(c), messageId: 'twoInterfaces', data });
  }
}

export default defineRule({
  meta: {
    id: 'network-declaration',
    perStatement: true,
    category: 'topology',
    defaultSeverity: 'error',
    description:
      'A shared-network with an empty name or no subnet, a subnet or shared-network tied to two interfaces, a range ' +
      'with a third address, a name instead of an address or 2^24 addresses or more, or a pool range in a ' +
      'shared-network before the subnet it belongs to.',
    rationale:
      "dhcpd rejects each: `zero-length shared network name`, `empty shared-network decl`, `can't be connected to " +
      'two interfaces`, `semicolon expected.`, `overly large address range`, `address range not on network … Be ' +
      'sure to place pool statement after related subnet declarations`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      unnamedSharedNetwork: 'A shared-network needs a name.',
      emptySharedNetwork: "Shared-network '{{name}}' declares no subnet; dhcpd rejects an empty shared-network.",
      twoInterfaces:
        'Already tied to interface {{interface}}; a subnet or shared network can be connected to one interface.',
      thirdAddress: "A range has a low and a high address; '{{extra}}' is one too many (a missing ';'?).",
      notAnAddress: "A range takes IPv4 addresses; '{{value}}' is not one.",
      tooLarge: 'Range {{low}}–{{high}} spans {{count}} addresses; dhcpd refuses ranges of 2^24 addresses or more.',
      subnetAfterPool:
        "Range {{low}} is on no subnet declared before this pool in shared-network '{{name}}'; dhcpd needs the " +
        'subnet first.',
    },
    examples: {
      incorrect: conf('shared-network lab {', '  default-lease-time 600;', '}'),
      correct: conf('shared-network lab {', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '}'),
    },
  },
  create(context) {
    return {
      statementTypes: ['SharedNetwork', 'Subnet', 'Range'],
      statement(s, ancestors, file) {
        if (s.type === 'SharedNetwork') {
          if (s.nameNode?.type === 'String' && s.name === '') {
            context.report({ file, span: s.nameNode.span, messageId: 'unnamedSharedNetwork' });
          }
          if (!hasSubnet(s.body.body)) {
            const span = s.body.close ?? spanOfWords(s);
            context.report({ file, span, messageId: 'emptySharedNetwork', data: { name: excerpt(s.name) } });
          }
        }
        if (s.type === 'SharedNetwork' || s.type === 'Subnet') checkInterfaces(context, file, s.body.body);
        if (s.type !== 'Range' || s.v6) return;
        const addrs = s.words.slice(1).filter((w) => !(w.type === 'Word' && w.text.toLowerCase() === 'dynamic-bootp'));
        const third = addrs[2];
        if (third) {
          context.report({
            file,
            span: third.span,
            messageId: 'thirdAddress',
            data: { extra: excerpt(wordText(third)) },
          });
          return;
        }
        // dhcpd reads range ends as numeric addresses (`expecting numeric value.`), never host names.
        for (const w of [s.low, s.high]) {
          if (w?.type !== 'Word' || w.literal.kind === 'ipv4' || /^\d+(\.\d+)+$/.test(w.text)) continue;
          context.report({ file, span: w.span, messageId: 'notAnAddress', data: { value: excerpt(w.text) } });
        }
        const low = ipv4(s.low);
        const high = ipv4(s.high) ?? low;
        if (low === undefined || high === undefined) return;
        const ends = { low: excerpt(wordText(s.low)), high: excerpt(wordText(s.high)) };
        if (Math.abs(high - low) >= MAX_RANGE_SPAN) {
          context.report({
            file,
            span: s.span,
            messageId: 'tooLarge',
            data: { ...ends, count: Math.abs(high - low) + 1 },
          });
        }
        // A pool directly in a shared-network takes its subnet from those declared before it.
        const pool = ancestors[ancestors.length - 1];
        const shared = ancestors[ancestors.length - 2];
        if (pool?.type !== 'Pool' || shared?.type !== 'SharedNetwork' || onSubnetBefore(shared, pool, low)) return;
        context.report({
          file,
          span: s.span,
          messageId: 'subnetAfterPool',
          data: { low: ends.low, name: excerpt(shared.name) },
        });
      },
    };
  },
});
