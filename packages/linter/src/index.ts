// @dhcplint/linter's public API: every name listed on purpose (an addition here is a decision).
// What only the language server and the VS Code extension need is in internal.ts.

// Diagnostics, rules and the files they point into.
export type {
  Diagnostic,
  Fix,
  MessageData,
  RelatedLocation,
  ReportInput,
  RuleMeta,
  RuleReport,
  Severity,
  SeveritySetting,
  SourceFile,
  StatementEvent,
} from './types.js';
export { allConfigRules, allPairRules, allRuleMetas } from './rules/index.js';
export { ruleById } from './engine.js';
export { docsUrl, formatGcc, formatGithub, formatJson, formatSarif, formatStylish } from './formatters/index.js';
export { renderRuleDoc, renderRuleIndex } from './rule-docs.js';

// Settings: plain user data, from the rc file or given directly.
export type { LintSettings, ServerManifestEntry } from './engine.js';
export { mergeSettings } from './session/settings.js';
export {
  ConfigFileError,
  findRcFile,
  parseRcText,
  RC_FILE_NAME,
  readRcFile,
  settingsFromRc,
  type RcFile,
  type RcPreset,
} from './config-file.js';

// Running checks: a session, and one-call conveniences over a fresh one.
export { LintSession, type CheckOptions, type SessionOptions } from './session/session.js';
export { nodeDisk, type DiskHost, type PathStat } from './session/disk.js';
export {
  applyDirectives,
  findPairs,
  lintPaths,
  lintServer,
  lintServers,
  lintServersSteps,
  lintServerSteps,
  loadServers,
  loadServersSteps,
  withPairs,
} from './engine.js';
export type { CheckResult, LintResult, LoadedServers, Server, ServerPair } from './engine.js';
export {
  DHCPD_CONFIG_NAME,
  discoverConfigs,
  looksLikeDhcpdConfig,
  serverRootOf,
  type Discovery,
  type DiscoveryOptions,
} from './discovery.js';

// The model: configs with their includes, facts, host context.
export {
  loadServerConfig,
  memoryFs,
  nodeFs,
  runToEnd,
  STATEMENTS_PER_PAUSE,
  walkConfig,
  walkConfigSteps,
  type ServerConfig,
} from './model/config.js';
export {
  collectFacts,
  collectFactsSteps,
  type FactsCache,
  type FactsFragment,
  type PeerFacts,
  type ServerFacts,
} from './model/facts.js';
export { loadHostContext, type HostContext } from './model/host-context.js';

// Fixes and run reports.
export {
  addedSyntaxErrors,
  applyFixes,
  fixFiles,
  lintedTexts,
  type FileFixResult,
  type FixFilesOptions,
} from './io/apply-fixes.js';
export { pairFixesFrom } from './pair-fixes.js';
export { runSummary, shortServerName } from './summary.js';
// Also in internal.ts, where they belong, until the `./internal` entry point resolves everywhere
// (package exports, the test alias, the bundlers' aliases).
export { matchingEdits, type FileEdit, type MatchingEdits } from './pair-fixes.js';

// Migration to Kea.
export {
  checkCtrlAgent,
  checkDhcp4,
  keaAvailable,
  keaPreset,
  keaRules,
  keaRulesOff,
  keaServerNames,
  KEA_RULE_IDS,
  localCopy,
  MIGRATE_USAGE,
  migrateCommand,
  migrateToKea,
  readKeaConfig,
  renderMarkdownReport,
  reportJson,
  stripKeaComments,
  subnetIdOf,
  SUBNET_ID_RULE,
} from './kea/index.js';
export type {
  HaRule,
  ItemStatus,
  KeaConfigView,
  KeaScopeView,
  KeaSubnetView,
  KeaVerdict,
  MigrateOptions,
  MigrationItem,
  MigrationReport,
  MigrationResult,
  ServerSummary,
} from './kea/index.js';
export type {
  KeaClientClass,
  KeaCtrlAgentConfig,
  KeaDhcp4Body,
  KeaDhcp4Config,
  KeaDhcpDdns,
  KeaHaPeer,
  KeaHaRelationship,
  KeaHookLibrary,
  KeaLogger,
  KeaOptionData,
  KeaOptionDef,
  KeaPool,
  KeaReservation,
  KeaScopeSettings,
  KeaSharedNetwork4,
  KeaSubnet4,
} from './kea/index.js';
