// `dont-use-fsync true;`: a crash can lose the latest leases, and their addresses go out twice.
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'lease-durability',
    perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: '`dont-use-fsync true;`: lease writes are not flushed to disk.',
    rationale:
      'dhcpd accepts it and logs `Not using fsync() to flush lease writes`; after a crash or power loss the leases ' +
      'it handed out last are gone from the lease file, and it may hand the same addresses to other clients.',
    dhcpd: 'warns',
    stricterThanDhcpd: true,
    recommended: true,
    messages: {
      noFsync:
        'Lease writes are not flushed to disk (dont-use-fsync); a crash can lose the latest leases and dhcpd may ' +
        'hand their addresses out twice.',
    },
    examples: { incorrect: 'dont-use-fsync true;\n', correct: 'dont-use-fsync false;\n' },
  },
  create(context) {
    return {
      statementTypes: ['Parameter'],
      parameterNames: ['dont-use-fsync'],
      statement(s, _a, file) {
        if (s.type !== 'Parameter' || s.name !== 'dont-use-fsync') return;
        const value = s.args[0];
        if (value?.type === 'Word' && ['true', 'on'].includes(value.text.toLowerCase())) {
          context.report({ file, span: s.span, messageId: 'noFsync' });
        }
      },
    };
  },
});
