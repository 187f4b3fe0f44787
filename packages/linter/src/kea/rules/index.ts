// Moved to rules/support/kea-rules.ts (the rules themselves: rules/kea-*.ts). Kept only until
// config-file.ts imports keaPreset from its new place; then this folder goes.
export { keaPreset } from '../../rules/support/kea-rules.js';
