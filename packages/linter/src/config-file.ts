// `.dhcplintrc.json`: read, validated and turned into LintSettings. The CLI and the language
// server both use this module, so one file configures both the same way.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintSettings, ServerManifestEntry } from './session/settings.js';
import { allRuleMetas } from './rules/index.js';
import { keaPreset } from './rules/support/kea-rules.js';
import { readConfigFile, type ReadOutcome } from './io/read.js';

export const RC_FILE_NAME = '.dhcplintrc.json';

const PRESETS = ['recommended', 'strict', 'kea'] as const;
export type RcPreset = (typeof PRESETS)[number];

const presetsOf = (rc: RcFile): RcPreset[] =>
  rc.extends === undefined ? [] : Array.isArray(rc.extends) ? rc.extends : [rc.extends];

export interface RcFile {
  $schema?: string;
  /** Presets applied in order: `strict` makes warnings errors, `kea` turns on the Kea readiness rules. */
  extends?: RcPreset | RcPreset[];
  rules?: LintSettings['rules'];
  /** Absolute include prefixes mapped to folders relative to the rc file. */
  includeMap?: Record<string, string>;
  /** Explicit failover pairs (paths relative to the rc file). */
  pairs?: [string, string][];
  /** Flat layouts: which files make up each server (paths relative to the rc file). */
  servers?: Record<string, { config: string; defaults?: string; netplan?: string[] }>;
  /** Largest file read, in bytes (default 64 MiB). */
  maxFileSize?: number;
  /** Extra folders includes of loose configs may read from (relative to the rc file). */
  readRoots?: string[];
}

/** A config-file problem: the message names the file and the key. */
export class ConfigFileError extends Error {}

/** Reads and validates an rc file; `read` is the safe reader unless a session passes its own. */
export function readRcFile(path: string, read: (path: string) => ReadOutcome = readConfigFile): RcFile {
  // The safe reader: `-c /dev/zero` or a FIFO is refused instead of read forever.
  const outcome = read(path);
  if ('missing' in outcome) throw new ConfigFileError(`cannot read config file ${path}: no such file`);
  if ('refused' in outcome) throw new ConfigFileError(`cannot read config file ${path}: it is ${outcome.refused}`);
  return parseRcText(outcome.text, path);
}

/** Validates an rc file's text; `path` names it in messages. */
export function parseRcText(text: string, path: string): RcFile {
  let rc: RcFile;
  try {
    rc = JSON.parse(text) as RcFile;
  } catch (e) {
    throw new ConfigFileError(`${path}: invalid JSON (${(e as Error).message})`);
  }
  if (typeof rc !== 'object' || rc === null || Array.isArray(rc))
    throw new ConfigFileError(`${path}: expected a JSON object`);
  for (const [id, sev] of Object.entries(rc.rules ?? {})) {
    if (!allRuleMetas.some((m) => m.id === id)) throw new ConfigFileError(`${path}: unknown rule '${id}'`);
    if (!['off', 'info', 'warn', 'error'].includes(sev))
      throw new ConfigFileError(`${path}: rule '${id}' severity must be off, info, warn or error`);
  }
  if (presetsOf(rc).some((p) => !PRESETS.includes(p)))
    throw new ConfigFileError(
      `${path}: "extends" must be one of ${PRESETS.map((p) => `"${p}"`).join(', ')}, or a list of them`,
    );
  if (rc.maxFileSize !== undefined && !(Number.isSafeInteger(rc.maxFileSize) && rc.maxFileSize > 0))
    throw new ConfigFileError(`${path}: "maxFileSize" must be a positive whole number of bytes`);
  if (
    rc.readRoots !== undefined &&
    !(Array.isArray(rc.readRoots) && rc.readRoots.every((r) => typeof r === 'string' && r !== ''))
  )
    throw new ConfigFileError(`${path}: "readRoots" must be a list of folder paths`);
  for (const [name, s] of Object.entries(rc.servers ?? {})) {
    if (!s || typeof s.config !== 'string')
      throw new ConfigFileError(`${path}: server '${name}' needs a "config" file`);
  }
  return rc;
}

/** The rc file in `dir` or its nearest ancestor, as ESLint finds its config. */
export function findRcFile(dir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const p = join(d, RC_FILE_NAME);
    if (exists(p)) return p;
    if (dirname(d) === d) return undefined;
  }
}

/** Settings from an rc file; relative paths resolve against the rc file's folder. */
export function settingsFromRc(rc: RcFile, base: string): LintSettings {
  const includeMap: Record<string, string> = {};
  for (const [k, v] of Object.entries(rc.includeMap ?? {})) includeMap[k] = resolve(base, v);
  const rules: NonNullable<LintSettings['rules']> = {};
  for (const preset of presetsOf(rc)) {
    if (preset === 'strict')
      for (const m of allRuleMetas) if (m.defaultSeverity === 'warning' && !m.offByDefault) rules[m.id] = 'error';
    if (preset === 'kea') Object.assign(rules, keaPreset);
  }
  Object.assign(rules, rc.rules);
  const pairs = (rc.pairs ?? []).map(([a, b]) => [resolve(base, a), resolve(base, b)] as [string, string]);
  const servers: ServerManifestEntry[] = Object.entries(rc.servers ?? {}).map(([name, s]) => ({
    name,
    config: resolve(base, s.config),
    defaults: s.defaults ? resolve(base, s.defaults) : undefined,
    netplan: (s.netplan ?? []).map((p) => resolve(base, p)),
  }));
  const settings: LintSettings = { rules, includeMap, pairs, servers };
  if (rc.maxFileSize !== undefined) settings.maxFileSize = rc.maxFileSize;
  if (rc.readRoots !== undefined) settings.readRoots = rc.readRoots.map((r) => resolve(base, r));
  return settings;
}
