// Editor settings (initializationOptions, or the `dhcplint` section of a configuration change):
// rule severities, include maps and server manifests for the project, debounce and Kea notes for
// the diagnostics.
import { resolve as resolvePath } from 'node:path';
import type { ServerContext } from './context.js';
import type { DiagnosticsPublisher } from './diagnostics.js';

export interface ClientSettings {
  rules?: Record<string, 'off' | 'info' | 'warn' | 'error'>;
  includeMap?: Record<string, string>;
  servers?: Record<string, { config: string; defaults?: string; netplan?: string[] }>;
  debounceMs?: number;
  /** Show what a migration to Kea would not convert, or would change, as information diagnostics. */
  keaMigration?: boolean;
}

export function applyClientSettings(ctx: ServerContext, publisher: DiagnosticsPublisher, raw: unknown): void {
  const s = (raw ?? {}) as ClientSettings;
  if (typeof s.debounceMs === 'number' && s.debounceMs >= 0) publisher.debounceMs = s.debounceMs;
  publisher.keaMigrationDiagnostics = s.keaMigration === true;
  // Relative paths in editor settings are relative to the first workspace folder.
  const base = ctx.project.folders[0] ?? process.cwd();
  ctx.project.clientSettings = {
    rules: s.rules && typeof s.rules === 'object' ? s.rules : undefined,
    includeMap:
      s.includeMap && typeof s.includeMap === 'object'
        ? Object.fromEntries(Object.entries(s.includeMap).map(([k, v]) => [k, resolvePath(base, String(v))]))
        : undefined,
    servers:
      s.servers && typeof s.servers === 'object'
        ? Object.entries(s.servers)
            .filter(([, v]) => v && typeof v.config === 'string')
            .map(([name, v]) => ({
              name,
              config: resolvePath(base, v.config),
              defaults: v.defaults ? resolvePath(base, v.defaults) : undefined,
              netplan: (v.netplan ?? []).map((p) => resolvePath(base, p)),
            }))
        : undefined,
  };
}

export function registerSettings(ctx: ServerContext, publisher: DiagnosticsPublisher): void {
  ctx.connection.onDidChangeConfiguration((params) => {
    const s = (params.settings as { dhcplint?: ClientSettings } | undefined)?.dhcplint;
    if (s) applyClientSettings(ctx, publisher, s);
    publisher.schedule();
  });
}
