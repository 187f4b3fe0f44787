// default-lease-time (or min-lease-time) above max-lease-time in one scope.
import type { AnyStatement, Parameter } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';
import { defineRule } from './rule.js';
import { conf } from './support/examples.js';

const LEASE_TIMES = ['default-lease-time', 'max-lease-time', 'min-lease-time'];

interface LeaseTime {
  v: number;
  s: Parameter;
  file: SourceFile;
}

export default defineRule({
  meta: {
    id: 'lease-times',
    category: 'values',
    defaultSeverity: 'warning',
    description: 'default-lease-time above max-lease-time (or min above max) in the same scope.',
    rationale: 'dhcpd accepts it and caps every lease at max-lease-time; Kea refuses the converted configuration.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      defaultAboveMax:
        'default-lease-time {{default}} is longer than max-lease-time {{max}}; leases will be capped at {{max}}.',
      minAboveMax: 'min-lease-time {{min}} is longer than max-lease-time {{max}}.',
    },
    examples: {
      incorrect: conf('default-lease-time 86400;', 'max-lease-time 3600;'),
      correct: conf('default-lease-time 3600;', 'max-lease-time 86400;'),
    },
  },
  create(context) {
    const scopes = new Map<AnyStatement | undefined, Map<string, LeaseTime>>();
    return {
      statementTypes: ['Parameter'],
      parameterNames: LEASE_TIMES,
      statement(s, ancestors, file) {
        if (s.type !== 'Parameter' || !LEASE_TIMES.includes(s.name)) return;
        const a = s.args[0];
        if (a?.type !== 'Word' || a.literal.kind !== 'number') return;
        const parent = ancestors[ancestors.length - 1];
        const scope = scopes.get(parent) ?? new Map<string, LeaseTime>();
        scopes.set(parent, scope);
        scope.set(s.name, { v: a.literal.value, s, file });
      },
      end() {
        for (const scope of scopes.values()) {
          const def = scope.get('default-lease-time');
          const max = scope.get('max-lease-time');
          const min = scope.get('min-lease-time');
          if (!max) continue;
          const related = [{ file: max.file, span: max.s.span, message: 'max-lease-time' }];
          if (def && def.v > max.v) {
            const data = { default: def.v, max: max.v };
            context.report({ file: def.file, span: def.s.span, messageId: 'defaultAboveMax', data, related });
          }
          if (min && min.v > max.v) {
            context.report({
              file: min.file,
              span: min.s.span,
              messageId: 'minAboveMax',
              data: { min: min.v, max: max.v },
              related,
            });
          }
        }
      },
    };
  },
});
