// "Kea readiness" rules: what dhcpd accepts but Kea refuses or treats differently. Off by
// default; the `kea` preset turns them on (see docs/migration.md for how they are registered).
import type { ConfigRule } from '../../rules/rule.js';
import type { SeveritySetting } from '../../types.js';
import { keaDuplicateReservation, keaReservationInPool } from './reservations.js';
import { keaHostNameAddress, keaLeaseTimeOrder, keaUntranslatableExpression } from './values.js';

export const keaRules: ConfigRule[] = [keaDuplicateReservation, keaReservationInPool, keaLeaseTimeOrder, keaUntranslatableExpression, keaHostNameAddress];

export const KEA_RULE_IDS: ReadonlySet<string> = new Set(keaRules.map((r) => r.meta.id));

/** The `kea` preset: every readiness rule at its default severity. */
export const keaPreset: Record<string, SeveritySetting> = Object.fromEntries(keaRules.map((r) => [r.meta.id, r.meta.defaultSeverity === 'warning' ? 'warn' : r.meta.defaultSeverity]));

/** Settings that keep the readiness rules off (their default until the preset is asked for). */
export const keaRulesOff: Record<string, SeveritySetting> = Object.fromEntries(keaRules.map((r) => [r.meta.id, 'off']));
