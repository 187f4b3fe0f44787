// The registry of rules: every rule file of this folder, in the order they are listed (docs, the
// rc schema and --list-rules keep it). Builtin rules hold metadata and messages only; the engine
// makes their reports with the builders their files export.
// Builtin
import syntax from './syntax.js';
import includeMissing from './include-missing.js';
import includeCycle from './include-cycle.js';
import includeDepth from './include-depth.js';
import readRefused from './read-refused.js';
import pairPartnerMissing from './pair-partner-missing.js';
import unusedDisableDirective from './unused-disable-directive.js';
import hostFailoverAddress from './host-failover-address.js';
import hostInterfaces from './host-interfaces.js';
import hostNetplan from './host-netplan.js';
// Config rules
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
// Kea readiness (off by default; the `kea` preset in support/kea-rules.ts turns them on)
import keaDuplicateReservation from './kea-duplicate-reservation.js';
import keaReservationInPool from './kea-reservation-in-pool.js';
import keaLeaseTimeOrder from './kea-lease-time-order.js';
import keaUntranslatableExpression from './kea-untranslatable-expression.js';
import keaHostnameAddress from './kea-hostname-address.js';
// Pair rules
import pairClasses from './pair-classes.js';
import pairDdnsZones from './pair-ddns-zones.js';
import pairPeerName from './pair-peer-name.js';
import pairRoles from './pair-roles.js';
import pairAddresses from './pair-addresses.js';
import pairPorts from './pair-ports.js';
import pairTimers from './pair-timers.js';
import pairBalance from './pair-balance.js';
import pairMcltSplit from './pair-mclt-split.js';
import pairFailoverPools from './pair-failover-pools.js';
import pairSubnets from './pair-subnets.js';
import pairScopeSettings from './pair-scope-settings.js';
import pairHosts from './pair-hosts.js';
import pairServerIdentifier from './pair-server-identifier.js';
import type { RuleMeta } from '../types.js';
import type { BuiltinRule, ConfigRule, PairRule } from './rule.js';

export const builtinRules: BuiltinRule[] = [
  syntax,
  includeMissing,
  includeCycle,
  includeDepth,
  readRefused,
  pairPartnerMissing,
  unusedDisableDirective,
  hostFailoverAddress,
  hostInterfaces,
  hostNetplan,
];

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
  keaDuplicateReservation,
  keaReservationInPool,
  keaLeaseTimeOrder,
  keaUntranslatableExpression,
  keaHostnameAddress,
];

export const allPairRules: PairRule[] = [
  pairClasses,
  pairDdnsZones,
  pairPeerName,
  pairRoles,
  pairAddresses,
  pairPorts,
  pairTimers,
  pairBalance,
  pairMcltSplit,
  pairFailoverPools,
  pairSubnets,
  pairScopeSettings,
  pairHosts,
  pairServerIdentifier,
];

/** Rules built into the engine (their docs and settings work like the others'). */
export const builtinRuleMetas: RuleMeta[] = builtinRules.map((r) => r.meta);
export const allRuleMetas: RuleMeta[] = [
  ...builtinRuleMetas,
  ...allConfigRules.map((r) => r.meta),
  ...allPairRules.map((r) => r.meta),
];
export const ruleById = new Map(allRuleMetas.map((m) => [m.id, m]));
