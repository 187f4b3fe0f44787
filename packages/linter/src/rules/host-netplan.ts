// A netplan file that is not valid YAML: netplan refuses it, so the server has no address.
import type { Located } from '../model/facts.js';
import type { ReportInput } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport } from './support/builtin.js';
import { hostRoot, netplan } from './support/host-example.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'host-netplan',
    category: 'host-context',
    defaultSeverity: 'error',
    description: 'A netplan file that is not valid YAML.',
    rationale: 'netplan refuses to apply it, so the server has no address.',
    dhcpd: 'n/a',
    recommended: true,
    // The host-context reader words the YAML problem.
    messages: { unreadable: '{{message}}' },
    examples: {
      incorrect: '',
      correct: '',
      layout: { incorrect: hostRoot('network:\n  ethernets: [\n'), correct: hostRoot(netplan('10.0.0.1/24')) },
    },
  },
});
export default rule;

/** The report of a netplan problem found while reading the host's files. */
export const netplanReport = (problem: Located & { message: string }): ReportInput =>
  builtinReport(rule.meta, problem, 'unreadable', { message: problem.message });
