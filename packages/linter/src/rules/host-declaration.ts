// What a host may say once, and uid / host-identifier / fixed-prefix6 forms dhcpd refuses.
import { excerpt, optionSpec, type Parameter } from '@dhcplint/parser';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { wordText } from './support/values.js';
import type { SourceFile } from '../types.js';

/** Statements a host may hold once: the message of a second one, and a bit to remember the first by. */
const ONCE = new Map<string, { messageId: string; bit: number }>([
  ['hardware', { messageId: 'secondHardware', bit: 1 }],
  ['fixed-address', { messageId: 'secondFixedAddress', bit: 2 }],
  ['uid', { messageId: 'secondUid', bit: 4 }],
  ['host-identifier option', { messageId: 'secondHostIdentifier', bit: 8 }],
]);

/** The 128 bits of an IPv6 address as a string of 0s and 1s, or undefined when it is not one. */
function ipv6Bits(text: string): string | undefined {
  const halves = text.split('::');
  if (halves.length > 2 || text.includes('.')) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = groups(halves[1] ?? '');
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const all = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return all.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}

export default defineRule({
  meta: {
    id: 'host-declaration',
    perStatement: true,
    category: 'hosts',
    defaultSeverity: 'error',
    description:
      'A host with a second `hardware`, `fixed-address`, `uid` or `host-identifier`, a `uid` that is neither a ' +
      'quoted string nor bytes, a `host-identifier` naming an unknown option, or a `fixed-prefix6` whose length is ' +
      'over 128 or shorter than its set bits.',
    rationale:
      'dhcpd rejects each of these: `Host NAME hardware address already configured`, `Only one fixed address ' +
      'declaration per host`, `Host NAME already has a uid`, `only one host-identifier allowed per host`, `unknown ' +
      'option SPACE.NAME`, `networks have 0 to 128 bits`, `network mask too short`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      secondHardware: "Host '{{host}}' already has a hardware address; dhcpd takes one per host.",
      secondFixedAddress:
        "Only one fixed-address statement per host (list several addresses in it: 'fixed-address 10.0.0.5, " +
        "10.0.1.5;').",
      secondUid: "Host '{{host}}' already has a uid.",
      secondHostIdentifier: 'Only one host-identifier per host.',
      unknownIdentifierOption: "Unknown option '{{option}}' in host-identifier.",
      prefixLength: 'A prefix length is 0 to 128 bits; {{length}} is not.',
      prefixBits:
        '{{prefix}} has bits set beyond its /{{length}}; the prefix is longer than its length says (dhcpd: network ' +
        'mask too short).',
      uidForm: "A uid is a quoted string or colon-separated bytes (uid 1:0:11:22:33:44:55;), not '{{value}}'.",
    },
    examples: {
      incorrect: conf('host pc {', '  hardware ethernet 0:1:2:3:4:5;', '  hardware ethernet 0:1:2:3:4:6;', '}'),
      correct: conf('host pc {', '  hardware ethernet 0:1:2:3:4:5;', '}'),
    },
  },
  create(context) {
    const checkPrefix6 = (c: Parameter, file: SourceFile) => {
      const text = wordText(c.args[0]);
      const m = /^([0-9a-f:.]+)\/(\d+)$/i.exec(text);
      const bits = m ? ipv6Bits(m[1] ?? '') : undefined;
      const first = c.args[0];
      if (!m || !bits || !first) return;
      const length = Number(m[2]);
      const span = first.span;
      if (length > 128) context.report({ file, span, messageId: 'prefixLength', data: { length } });
      else if (bits.slice(length).includes('1')) {
        context.report({ file, span, messageId: 'prefixBits', data: { prefix: excerpt(text), length } });
      }
    };
    const checkUid = (c: Parameter, file: SourceFile) => {
      const v = c.args[0];
      const bytes = v?.type === 'Word' && (v.literal.kind === 'hex' || v.literal.kind === 'number');
      if (c.args.length === 1 && (v?.type === 'String' || bytes)) return;
      const value = excerpt(c.args.map(wordText).join(' '));
      context.report({ file, span: v?.span ?? c.span, messageId: 'uidForm', data: { value } });
    };
    const checkIdentifierOption = (c: Parameter, file: SourceFile) => {
      const option = wordText(c.args[0]);
      const dot = option.indexOf('.');
      const [space, name] = dot >= 0 ? [option.slice(0, dot), option.slice(dot + 1)] : ['dhcp', option];
      const word = c.args[0];
      if (option && word?.type === 'Word' && !optionSpec(space, name)) {
        context.report({
          file,
          span: word.span,
          messageId: 'unknownIdentifierOption',
          data: { option: excerpt(option) },
        });
      }
    };
    return {
      statementTypes: ['Host'],
      statement(s, _a, file) {
        if (s.type !== 'Host') return;
        // Called for every host (100,000 in a 10 MB config): the statements seen are bits, not a Set per host.
        let seen = 0;
        for (const c of s.body.body) {
          if (c.type !== 'Parameter') continue;
          const once = ONCE.get(c.name);
          if (once) {
            if (seen & once.bit)
              context.report({
                file,
                span: c.words[0]?.span ?? c.span,
                messageId: once.messageId,
                data: { host: excerpt(s.name) },
              });
            seen |= once.bit;
          }
          if (c.name === 'uid') checkUid(c, file);
          else if (c.name === 'fixed-prefix6') checkPrefix6(c, file);
          else if (c.name === 'host-identifier option') checkIdentifierOption(c, file);
        }
      },
    };
  },
});
