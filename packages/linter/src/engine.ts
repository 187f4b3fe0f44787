// The linter's convenience functions: each runs on a fresh LintSession (session/session.ts), which
// does the work. A front that checks more than once (the language server) keeps a session instead.
import type { ServerConfig } from './model/config.js';
import { collectFacts, type ServerFacts } from './model/facts.js';
import { LintSession } from './session/session.js';
import type { LintResult, LoadedServers, Server, ServerPair } from './session/results.js';
import { withPairs, type LintSettings } from './session/settings.js';

export type { LintSettings, ServerManifestEntry } from './session/settings.js';
export type { CheckResult, LintResult, LoadedServers, Server, ServerPair } from './session/results.js';
export type { StatementResults } from './session/caches.js';
export { applyDirectives } from './session/directives.js';
export { findPairs } from './session/pairing.js';
export { ruleById } from './rules/index.js';
export { withPairs };

/** Lints one server's configuration (main file and includes) with the single-server rules. */
export function lintServer(
  config: ServerConfig,
  settings: LintSettings = {},
  facts = collectFacts(config),
  session = new LintSession(),
): LintResult {
  return session.lintServer(config, settings, facts);
}

/** `lintServer` in steps that pause during the walk and between rules (see `walkConfigSteps`). */
export function lintServerSteps(
  config: ServerConfig,
  settings: LintSettings,
  facts: ServerFacts,
  session = new LintSession(),
): Generator<void, LintResult, void> {
  return session.lintServerSteps(config, settings, facts);
}

/** Finds the servers given on the command line: server roots, folders of configs, or files. */
export function loadServers(paths: string[], settings: LintSettings = {}, session?: LintSession): LoadedServers {
  return (session ?? new LintSession()).loadServers(paths, settings);
}

/** `loadServers` in steps that pause while facts are collected (see `walkConfigSteps`). */
export function loadServersSteps(
  paths: string[],
  settings: LintSettings = {},
  session?: LintSession,
): Generator<void, LoadedServers, void> {
  return (session ?? new LintSession()).loadServersSteps(paths, settings);
}

/** Lints every server, then every failover pair and each server's host context. */
export function lintServers(
  servers: Server[],
  settings: LintSettings = {},
  session = new LintSession(),
): LintResult & { pairs: ServerPair[] } {
  return session.lintServers(servers, settings);
}

/** `lintServers` in steps that pause inside each server's lint and between pair rules. */
export function lintServersSteps(
  servers: Server[],
  settings: LintSettings = {},
  session = new LintSession(),
): Generator<void, LintResult & { pairs: ServerPair[] }, void> {
  return session.lintServersSteps(servers, settings);
}

/** Lints paths (files, folders, server roots) as the CLI does. */
export function lintPaths(
  paths: string[],
  settings: LintSettings = {},
  session?: LintSession,
): LintResult & { errors: string[] } {
  // Everything but the servers themselves (their texts stay out of a serialised result).
  const { servers: _servers, ...result } = (session ?? new LintSession()).check(paths, settings);
  return result;
}
