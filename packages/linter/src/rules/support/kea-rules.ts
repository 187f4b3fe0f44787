// The Kea readiness rules as a group: what dhcpd accepts but Kea refuses or treats differently.
// Each is a rule file of this folder named `kea-*`, off by default; the `kea` preset
// (`"extends": "kea"` in .dhcplintrc.json) turns them all on.
import type { SeveritySetting } from '../../types.js';
import { allConfigRules } from '../index.js';
import type { ConfigRule } from '../rule.js';

export const keaRules: ConfigRule[] = allConfigRules.filter((r) => r.meta.id.startsWith('kea-'));

export const KEA_RULE_IDS: ReadonlySet<string> = new Set(keaRules.map((r) => r.meta.id));

/** The `kea` preset: every readiness rule at its default severity. */
export const keaPreset: Record<string, SeveritySetting> = Object.fromEntries(
  keaRules.map((r) => [r.meta.id, r.meta.defaultSeverity === 'warning' ? 'warn' : r.meta.defaultSeverity]),
);

/** Settings that keep the readiness rules off (their default until the preset is asked for). */
export const keaRulesOff: Record<string, SeveritySetting> = Object.fromEntries(keaRules.map((r) => [r.meta.id, 'off']));
