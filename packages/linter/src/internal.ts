// @dhcplint/linter/internal: what the language server and the VS Code extension need beyond the
// public API (index.ts). No promise of stability to anyone else.
export type { SessionCaches, StatementResults } from './session/caches.js';
export { capDiagnosticsPerFile, TOO_MANY_PROBLEMS } from './limits.js';
export { syntaxSeverity } from './session/diagnostics.js';
