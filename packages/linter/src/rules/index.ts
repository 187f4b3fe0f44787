// The registry of rules: every rule file of this folder, in the order they are listed (docs, the
// rc schema and --list-rules keep it). Builtin rules hold metadata and messages only; the engine
// makes their reports.
import unicodeLookalike from './unicode-lookalike.js';
import unknownStatement from './unknown-statement.js';
import statementContext from './statement-context.js';
import invalidValue from './invalid-value.js';
import unknownOption from './unknown-option.js';
import optionValueType from './option-value-type.js';
import numberAsHostname from './number-as-hostname.js';
import unquotedString from './unquoted-string.js';
import deprecatedStatement from './deprecated-statement.js';
import duplicateParameter from './duplicate-parameter.js';
import macFormat from './mac-format.js';
import leaseTimes from './lease-times.js';
import subnetHostBits from './subnet-host-bits.js';
import noncontiguousNetmask from './noncontiguous-netmask.js';
import rangeOutsideSubnet from './range-outside-subnet.js';
import rangeReversed from './range-reversed.js';
import rangeNetworkBroadcast from './range-network-broadcast.js';
import rangeOverlap from './range-overlap.js';
import subnetOverlap from './subnet-overlap.js';
import poolWithoutRange from './pool-without-range.js';
import routersOutsideSubnet from './routers-outside-subnet.js';
import keyDefinition from './key-definition.js';
import dhcpv6InV4Config from './dhcpv6-in-v4-config.js';
import hostDeclaration from './host-declaration.js';
import classDeclaration from './class-declaration.js';
import permitForm from './permit-form.js';
import networkDeclaration from './network-declaration.js';
import serverSettings from './server-settings.js';
import leaseDurability from './lease-durability.js';
import failoverPeerUndeclared from './failover-peer-undeclared.js';
import failoverPeerUnused from './failover-peer-unused.js';
import failoverRefPlacement from './failover-ref-placement.js';
import failoverDynamicBootp from './failover-dynamic-bootp.js';
import failoverRole from './failover-role.js';
import failoverPrimarySettings from './failover-primary-settings.js';
import failoverSecondarySettings from './failover-secondary-settings.js';
import failoverAddresses from './failover-addresses.js';
import failoverLocalAddress from './failover-local-address.js';
import failoverTimers from './failover-timers.js';
import failoverDuplicateStatement from './failover-duplicate-statement.js';
import failoverPeerRedeclared from './failover-peer-redeclared.js';
import failoverMixedPools from './failover-mixed-pools.js';
import failoverSplitValue from './failover-split-value.js';
import hostDuplicates from './host-duplicates.js';
import hostDuplicateAddress from './host-duplicate-address.js';
import hostFixedAddressPlacement from './host-fixed-address-placement.js';
import includeRelativePath from './include-relative-path.js';
import classReferences from './class-references.js';
import classRedeclared from './class-redeclared.js';
import hostnameInAddress from './hostname-in-address.js';
import subnetOptionsMismatch from './subnet-options-mismatch.js';
import optionCodeRedefined from './option-code-redefined.js';
import hostInPool from './host-in-pool.js';
import failoverPortConflict from './failover-port-conflict.js';
import failoverBalanceSettings from './failover-balance-settings.js';
import permitOutsidePool from './permit-outside-pool.js';
import { pairRules } from './pair.js';
import { keaRules } from '../kea/rules/index.js';
import type { ConfigRule, PairRule } from './rule.js';
import type { RuleMeta } from '../types.js';
import { DEFAULT_MAX_INCLUDE_DEPTH } from '@dhcplint/parser';

export const allConfigRules: ConfigRule[] = [
  unicodeLookalike,
  unknownStatement,
  statementContext,
  invalidValue,
  unknownOption,
  optionValueType,
  numberAsHostname,
  unquotedString,
  deprecatedStatement,
  duplicateParameter,
  macFormat,
  leaseTimes,
  subnetHostBits,
  noncontiguousNetmask,
  rangeOutsideSubnet,
  rangeReversed,
  rangeNetworkBroadcast,
  rangeOverlap,
  subnetOverlap,
  poolWithoutRange,
  routersOutsideSubnet,
  keyDefinition,
  dhcpv6InV4Config,
  hostDeclaration,
  classDeclaration,
  permitForm,
  networkDeclaration,
  serverSettings,
  leaseDurability,
  failoverPeerUndeclared,
  failoverPeerUnused,
  failoverRefPlacement,
  failoverDynamicBootp,
  failoverRole,
  failoverPrimarySettings,
  failoverSecondarySettings,
  failoverAddresses,
  failoverLocalAddress,
  failoverTimers,
  failoverDuplicateStatement,
  failoverPeerRedeclared,
  failoverMixedPools,
  failoverSplitValue,
  hostDuplicates,
  hostDuplicateAddress,
  hostFixedAddressPlacement,
  includeRelativePath,
  classReferences,
  classRedeclared,
  hostnameInAddress,
  subnetOptionsMismatch,
  optionCodeRedefined,
  hostInPool,
  failoverPortConflict,
  failoverBalanceSettings,
  permitOutsidePool,
  ...keaRules,
];
export const allPairRules: PairRule[] = pairRules;

const HOST_PEER = 'failover peer \"fo\" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  mclt 1800;\n  split 128;\n  load balance max seconds 3;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer \"fo\";\n    range 10.0.0.100 10.0.0.199;\n  }\n}\n';

/** A server root whose dhcpd.conf starts a chain of `levels` nested includes. */
function includeChain(levels: number): Record<string, string> {
  const name = (i: number) => (i === 0 ? 'etc/dhcp/dhcpd.conf' : `etc/dhcp/chain/${i}.conf`);
  const files: Record<string, string> = {};
  for (let i = 0; i < levels; i++) files[name(i)] = `include "/${name(i + 1)}";\n`;
  files[name(levels)] = 'default-lease-time 600;\n';
  return files;
}

/** Rules that are built into the engine rather than modules (their docs live beside the others). */
export const builtinRuleMetas: RuleMeta[] = [
  { id: 'syntax', category: 'syntax', defaultSeverity: 'error', description: 'Syntax errors found by the parser (missing `;`, unbalanced braces, bad expressions, …).', rationale: 'dhcpd stops at the first one, often reporting the line after the mistake; the parser recovers and reports all of them where they are.', dhcpd: 'rejects', recommended: true, examples: { incorrect: 'default-lease-time 600\nmax-lease-time 7200;\n', correct: 'default-lease-time 600;\nmax-lease-time 7200;\n' } },
  { id: 'include-missing', category: 'includes', defaultSeverity: 'error', description: 'An include whose file does not exist.', rationale: "dhcpd says `Can't open …` with no file or line.", dhcpd: 'rejects', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': 'include "/nonexistent/hosts.conf";\n' }, correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': 'host a { hardware ethernet 0:1:2:3:4:5; }\n' } } } },
  { id: 'include-cycle', category: 'includes', defaultSeverity: 'error', description: 'Files that include each other.', rationale: 'dhcpd crashes (segmentation fault) on an include cycle.', dhcpd: 'rejects', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': 'include "/etc/dhcp/dhcpd.conf";\n' }, correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': 'host a { hardware ethernet 0:1:2:3:4:5; }\n' } } } },
  { id: 'include-depth', category: 'includes', defaultSeverity: 'warning', description: `Includes nested more than ${DEFAULT_MAX_INCLUDE_DEPTH} levels deep (the deeper ones are not followed).`, rationale: `Real configs nest includes a few levels at most; a chain this long is generated or runs in a circle through differently named paths (symlinked folders). dhcplint follows ${DEFAULT_MAX_INCLUDE_DEPTH} levels, as deep as dhcpd is known to accept, and stops there instead of running out of memory or stack.`, dhcpd: 'accepts', stricterThanDhcpd: true, recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: includeChain(DEFAULT_MAX_INCLUDE_DEPTH + 1), correct: includeChain(2) } } },
  { id: 'read-refused', category: 'includes', defaultSeverity: 'error', description: 'An include, netplan or defaults file that exists but is not read: outside the server root (or, for a loose config, outside its folder, the include maps and `readRoots`), a symlink leading out of it, not a regular file (a device, a FIFO, a folder), larger than `maxFileSize`, or binary.', rationale: "Inside a server root, dhcpd on that server sees only that server's files: a path that climbs out of the root, or a symlink that leads out of it, names a file of the machine running the linter, whose content must never reach a CI log or a SARIF upload. Devices and FIFOs never end (`/dev/zero`) or block (`/dev/stdin`). The path is reported as written; nothing is opened.", dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': 'include "../../../hosts.conf";\n' }, correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': 'host a { hardware ethernet 0:1:2:3:4:5; }\n' } } } },
  { id: 'pair-partner-missing', category: 'pair', defaultSeverity: 'info', description: 'A config declares a failover peer, but its partner was not among the configs checked, so the pair checks did not run.', rationale: 'The pair checks are the reason to lint a failover server; a run on one half alone must not look like a pass. Give both halves (paths, server roots or a folder holding both), `--pair A=B`, or a `servers` manifest.', dhcpd: 'n/a', recommended: true, examples: { incorrect: 'failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  port 647;\n  peer address 10.0.0.2;\n  peer port 647;\n  max-response-delay 30;\n  mclt 1800;\n  split 128;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n' } },
  { id: 'unused-disable-directive', category: 'meta', defaultSeverity: 'warning', description: 'A `# dhcplint-disable…` comment that suppresses nothing.', rationale: 'Stale suppressions hide future problems.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '# dhcplint-disable-next-line lease-times\ndefault-lease-time 600;\n', correct: 'default-lease-time 600;\n' } },
  { id: 'host-failover-address', category: 'host-context', defaultSeverity: 'error', description: "The failover `address` is not a static address of this host, or `peer address` is not one of the partner's.", rationale: 'dhcpd cannot bind or is refused by the partner; it shows only at run time.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: false\n      addresses: [10.0.0.9/24]\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth0"\n' }, correct: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: false\n      addresses: [10.0.0.1/24]\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth0"\n' } } } },
  { id: 'host-interfaces', category: 'host-context', defaultSeverity: 'error', description: 'INTERFACESv4 names missing from netplan, served interfaces without a subnet, legacy INTERFACES=.', rationale: 'dhcpd fails at startup with `No subnet declaration for …` / `Not configured to listen on any interfaces!`.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: false\n      addresses: [10.0.0.1/24]\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth1"\n' }, correct: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: false\n      addresses: [10.0.0.1/24]\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth0"\n' } } } },
  { id: 'host-netplan', category: 'host-context', defaultSeverity: 'error', description: 'A netplan file that is not valid YAML.', rationale: 'netplan refuses to apply it, so the server has no address.', dhcpd: 'n/a', recommended: true, examples: { incorrect: '', correct: '', layout: { incorrect: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  ethernets: [\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth0"\n' }, correct: { 'etc/dhcp/dhcpd.conf': HOST_PEER, 'etc/netplan/01-netcfg.yaml': 'network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: false\n      addresses: [10.0.0.1/24]\n', 'etc/default/isc-dhcp-server': 'INTERFACESv4="eth0"\n' } } } },
];

export const allRuleMetas: RuleMeta[] = [...builtinRuleMetas, ...allConfigRules.map((r) => r.meta), ...allPairRules.map((r) => r.meta)];
export const ruleById = new Map(allRuleMetas.map((m) => [m.id, m]));
