// @dhcplint/linter/internal: what the language server and the VS Code extension need beyond the
// public API (index.ts). No promise of stability to anyone else.
export type { SessionCaches, StatementResults } from './session/caches.js';
export { matchingEdits, type FileEdit, type MatchingEdits } from './pair-fixes.js';
export { capDiagnosticsPerFile } from './limits.js';
export { shortServerName } from './summary.js';
