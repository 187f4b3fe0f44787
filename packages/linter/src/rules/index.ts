import { singleFileRules } from './single.js';
import { failoverRules } from './failover.js';
import { pairRules } from './pair.js';
import type { ConfigRule, PairRule } from './rule.js';
import type { RuleMeta } from '../types.js';

export const allConfigRules: ConfigRule[] = [...singleFileRules, ...failoverRules];
export const allPairRules: PairRule[] = pairRules;

/** Rules that are built into the engine rather than modules (their docs live beside the others). */
export const builtinRuleMetas: RuleMeta[] = [
  { id: 'syntax', category: 'syntax', defaultSeverity: 'error', description: 'Syntax errors found by the parser (missing `;`, unbalanced braces, bad expressions, …).', rationale: 'dhcpd stops at the first one, often reporting the line after the mistake; the parser recovers and reports all of them where they are.', dhcpd: 'rejects', recommended: true, examples: { incorrect: 'default-lease-time 600\nmax-lease-time 7200;\n', correct: 'default-lease-time 600;\nmax-lease-time 7200;\n' } },
  { id: 'include-missing', category: 'includes', defaultSeverity: 'error', description: 'An include whose file does not exist.', rationale: "dhcpd says `Can't open …` with no file or line.", dhcpd: 'rejects', recommended: true, examples: { incorrect: 'include "/nonexistent/hosts.conf";\n', correct: '' } },
  { id: 'include-cycle', category: 'includes', defaultSeverity: 'error', description: 'Files that include each other.', rationale: 'dhcpd crashes (segmentation fault) on an include cycle.', dhcpd: 'rejects', recommended: true, examples: { incorrect: '', correct: '' } },
  { id: 'unused-disable-directive', category: 'meta', defaultSeverity: 'warning', description: 'A `# dhcplint-disable…` comment that suppresses nothing.', rationale: 'Stale suppressions hide future problems.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '# dhcplint-disable-next-line lease-times\ndefault-lease-time 600;\n', correct: 'default-lease-time 600;\n' } },
  { id: 'host-failover-address', category: 'host-context', defaultSeverity: 'error', description: "The failover `address` is not a static address of this host, or `peer address` is not one of the partner's.", rationale: 'dhcpd cannot bind or is refused by the partner; it shows only at run time.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '' } },
  { id: 'host-interfaces', category: 'host-context', defaultSeverity: 'error', description: 'INTERFACESv4 names missing from netplan, served interfaces without a subnet, legacy INTERFACES=.', rationale: 'dhcpd fails at startup with `No subnet declaration for …` / `Not configured to listen on any interfaces!`.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '' } },
  { id: 'host-netplan', category: 'host-context', defaultSeverity: 'error', description: 'A netplan file that is not valid YAML.', rationale: 'netplan refuses to apply it, so the server has no address.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '' } },
];

export const allRuleMetas: RuleMeta[] = [...builtinRuleMetas, ...allConfigRules.map((r) => r.meta), ...allPairRules.map((r) => r.meta)];
export const ruleById = new Map(allRuleMetas.map((m) => [m.id, m]));
