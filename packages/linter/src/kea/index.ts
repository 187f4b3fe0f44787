// The Kea migration's public surface (see docs/migration.md).
export { migrateToKea, keaServerNames, SUBNET_ID_RULE, type MigrateOptions, type MigrationResult } from './migrate.js';
export { subnetIdOf } from './convert-server.js';
export { renderMarkdownReport, reportJson } from './render.js';
export type * from './types.js';
export type { MigrationReport, MigrationItem, ItemStatus, HaRule, ServerSummary } from './report.js';
