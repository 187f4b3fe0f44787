// The Kea migration's public surface (see docs/migration.md).
export { migrateToKea, keaServerNames, SUBNET_ID_RULE, type MigrateOptions, type MigrationResult } from './migrate.js';
export { subnetIdOf } from './convert-server.js';
export { renderMarkdownReport, reportJson } from './render.js';
export type * from './types.js';
export type { MigrationReport, MigrationItem, ItemStatus, HaRule, ServerSummary } from './report.js';
export {
  readKeaConfig,
  stripKeaComments,
  type KeaConfigView,
  type KeaSubnetView,
  type KeaScopeView,
} from './kea-reader.js';
export { checkDhcp4, checkCtrlAgent, keaAvailable, localCopy, type KeaVerdict } from './kea-check.js';
export { migrateCommand, MIGRATE_USAGE } from './cli.js';
export { keaRules, keaPreset, keaRulesOff, KEA_RULE_IDS } from '../rules/support/kea-rules.js';
