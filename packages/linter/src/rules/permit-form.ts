// allow / deny forms dhcpd does not understand where they stand (pool permits vs scope flags).
import { excerpt } from '@dhcplint/parser';
import type { MessageData } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';
import { wordText } from './support/values.js';

/** Permits a pool's allow/deny understands (dhcpd's parse_pool_statement). */
const POOL_PERMITS = new Set([
  'unknown-clients',
  'known-clients',
  'unknown clients',
  'known clients',
  'authenticated clients',
  'unauthenticated clients',
  'all clients',
  'dynamic bootp clients',
  'members of',
  'after',
]);
/** Keys of allow/deny/ignore anywhere else (dhcpd's parse_allow_deny). */
const SCOPE_PERMITS = new Set([
  'bootp',
  'booting',
  'dynamic-bootp',
  'unknown-clients',
  'duplicates',
  'declines',
  'client-updates',
  'leasequery',
]);

const CLIENT_KINDS = ['unknown', 'known', 'all', 'authenticated', 'unauthenticated'];

/** What a pool permit that dhcpd does not know was most likely meant to be. */
function poolPermitHint(what: string): { messageId: string; data?: MessageData } {
  const w = what.split(' ');
  if (w[0] === 'dynamic') return { messageId: 'expectedDynamicBootp', data: { rest: excerpt(w.slice(1).join(' ')) } };
  if (w[0] === 'members') return { messageId: 'expectedMembersOf' };
  const kind = w[0] ?? '';
  if (CLIENT_KINDS.includes(kind) && w[1] !== 'clients') return { messageId: 'expectedClients', data: { kind } };
  const known = [...POOL_PERMITS].filter((p) => p !== 'members of' && p !== 'after').join(', ');
  return { messageId: 'notPoolPermit', data: { permit: excerpt(what), known } };
}

export default defineRule({
  meta: {
    id: 'permit-form',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description:
      'An `allow`/`deny` that dhcpd does not understand where it stands: a pool permit outside a pool, a scope flag ' +
      '(`bootp`, `booting`, …) inside a pool, `members` without `of "class"`, two `after` clauses in a pool.',
    rationale:
      'dhcpd rejects them with `expecting permit type.`, `expecting "bootp"`, `expecting "of"`, `expecting class ' +
      'name.`, `expecting "clients"`, `duplicate "after" clause.` or, outside pools, `expecting allow/deny key`.',
    dhcpd: 'rejects',
    recommended: true,
    messages: {
      secondAfter: 'A pool takes one "after" clause.',
      expectedDynamicBootp: "Expected 'dynamic bootp clients', not 'dynamic {{rest}}'.",
      expectedMembersOf: 'Expected \'members of "CLASS"\'.',
      expectedClients: "Expected '{{kind}} clients'.",
      notPoolPermit:
        '\'{{permit}}\' is not a pool permit; a pool understands: {{known}}, members of "CLASS", after DATE.',
      quoteClass: 'The class name of \'members of\' must be quoted: members of "{{class}}".',
      unknownScopePermit: "dhcpd knows no '{{verb}} {{permit}}' here; outside pools dhcpd knows {{known}}.",
      poolPermitOutside:
        "dhcpd knows no '{{verb}} {{permit}}' here (it is a pool permit; put it inside a pool); outside pools dhcpd " +
        'knows {{known}}.',
    },
    examples: {
      incorrect: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '    allow members staff;',
        '  }',
        '}',
      ),
      correct: conf(
        'class "staff" { match if option user-class = "staff"; }',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '    allow members of "staff";',
        '  }',
        '}',
      ),
    },
  },
  create(context) {
    return {
      statementTypes: ['AllowDeny', 'Pool'],
      statement(s, ancestors, file) {
        if (s.type === 'Pool') {
          const after = s.body.body.filter((c) => c.type === 'AllowDeny' && c.what === 'after');
          for (const c of after.slice(1))
            context.report({ file, span: (c.words[1] ?? c).span, messageId: 'secondAfter' });
          return;
        }
        if (s.type !== 'AllowDeny' || s.expression) return;
        const parent = ancestors[ancestors.length - 1];
        const span = s.words[1]?.span ?? s.span;
        // In a pool, allow and deny are permits; ignore is the scope statement there too.
        if (parent?.type === 'Pool' && !parent.v6 && s.verb !== 'ignore') {
          if (!POOL_PERMITS.has(s.what)) {
            context.report({ file, span, ...poolPermitHint(s.what) });
            return;
          }
          if (s.what === 'members of' && s.arg?.type !== 'String') {
            context.report({
              file,
              span: s.arg?.span ?? span,
              messageId: 'quoteClass',
              data: { class: excerpt(wordText(s.arg)) },
            });
          }
          return;
        }
        if (parent?.type === 'Pool' && parent.v6) return;
        if (SCOPE_PERMITS.has(s.what)) return;
        const messageId = POOL_PERMITS.has(s.what) ? 'poolPermitOutside' : 'unknownScopePermit';
        const data = { verb: s.verb, permit: excerpt(s.what), known: [...SCOPE_PERMITS].join(', ') };
        context.report({ file, span, messageId, data });
      },
    };
  },
});
