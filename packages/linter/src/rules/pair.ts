// Kept for `session/pairing.ts`, which imports the host-context checks from here; the pair rules
// are one file each (pair-*.ts). Remove once that import names './rules/support/host-context.js'.
export { hostContextProblems } from './support/host-context.js';
