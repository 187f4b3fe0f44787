// `dhcplint migrate --to kea [--out-dir DIR] [--control-port N] [--force] PATH...`
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigFileError, settingsFromRc } from '../config-file.js';
import { LintSession } from '../session/session.js';
import type { LintSettings } from '../session/settings.js';
import { WriteError, writeFileAtomic } from '../io/write.js';
import type { Diagnostic } from '../types.js';
import { migrateToKea } from './migrate.js';
import { renderMarkdownReport, reportJson } from './render.js';
import { DEFAULT_CONTROL_PORT } from './ha.js';
import { countItems } from './report.js';

export const MIGRATE_USAGE = `Usage: dhcplint migrate --to kea [--out-dir DIR] [--control-port N] [--force] PATH...

Converts dhcpd configurations (the same PATHs the linter takes: two configs, two server roots,
or a flat folder with a .dhcplintrc.json manifest) to Kea 2.2. A failover pair becomes a Kea
High Availability pair. For each server it writes DIR/<server>/kea-dhcp4.conf,
kea-ctrl-agent.conf, MIGRATION.md and migration.json, and DIR/MIGRATION.md and
DIR/migration.json for the whole run.

Options:
      --to kea            the target (only kea)
      --out-dir DIR       where to write (default ./kea)
      --control-port N    port of each server's kea-ctrl-agent, used in the HA peer URLs
                          (default ${DEFAULT_CONTROL_PORT})
      --force             migrate even when the pair has pair errors or a file has syntax errors
  -c, --config FILE       configuration file (default: nearest .dhcplintrc.json, or one in PATH)
      --include-map A=B   map absolute include prefix A to folder B (repeatable)
  -h, --help              print this help

Exit codes: 0 written, 1 refused (pair or syntax errors, listed), 2 usage or write error.`;

class UsageError extends Error {}

function location(d: Diagnostic): string {
  return `${d.uri}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

/** The rc file: named, else the nearest above the working folder (manifests inside a PATH folder are discovery's). */
function rcSettings(session: LintSession, named: string | undefined): LintSettings {
  const path = named ?? session.findRc(process.cwd());
  if (!path) return {};
  try {
    return settingsFromRc(session.readRc(path), dirname(resolve(path)));
  } catch (e) {
    throw e instanceof ConfigFileError ? new UsageError(e.message) : e;
  }
}

/** Runs the command; returns the exit code. Output goes to stdout, problems to stderr. */
export function migrateCommand(args: string[]): number {
  try {
    return run(args);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`dhcplint migrate: ${(e as Error).message.split('\n')[0]}\n`);
      return 2;
    }
    if (e instanceof WriteError) {
      process.stderr.write(`dhcplint migrate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function run(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      'out-dir': { type: 'string' },
      'control-port': { type: 'string' },
      force: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      'include-map': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${MIGRATE_USAGE}\n`);
    return 0;
  }
  if (values.to !== 'kea')
    throw new UsageError(
      values.to === undefined ? 'say where to: --to kea' : `cannot migrate to '${values.to}' (only kea)`,
    );
  if (!positionals.length) throw new UsageError('give the configs, server roots or folder to migrate');
  const controlPort = values['control-port'] === undefined ? DEFAULT_CONTROL_PORT : Number(values['control-port']);
  if (!Number.isInteger(controlPort) || controlPort < 1 || controlPort > 65535)
    throw new UsageError('--control-port takes a port number from 1 to 65535');
  const paths = positionals.map((p) => resolve(p));
  // The same session as a lint run: one discovery, one rc lookup, the pairs manifests add.
  const session = new LintSession();
  const settings = rcSettings(session, values.config);
  settings.includeMap ??= {};
  for (const m of values['include-map'] ?? []) {
    const [k, v] = m.split('=');
    if (!k || !v) throw new UsageError(`--include-map expects PREFIX=FOLDER, got '${m}'`);
    settings.includeMap[k] = resolve(v);
  }

  const lint = session.check(paths, settings);
  for (const e of lint.errors) process.stderr.write(`dhcplint migrate: ${e}\n`);
  if (!lint.servers.length) {
    process.stderr.write('dhcplint migrate: no dhcpd configuration to migrate\n');
    return 2;
  }
  // One analysis: the lint run gives the pairs and the problems that make a migration unsafe.
  const blocking = lint.diagnostics.filter(
    (d) => d.severity === 'error' && (d.ruleId.startsWith('pair-') || d.ruleId === 'syntax'),
  );
  if (blocking.length && !values.force) {
    process.stderr.write(
      `dhcplint migrate: not migrating: ${blocking.length} pair or syntax error${blocking.length === 1 ? '' : 's'} (fix them, or pass --force):\n`,
    );
    for (const d of blocking) process.stderr.write(`  ${location(d)}  ${d.ruleId}  ${d.message}\n`);
    return 1;
  }

  const result = migrateToKea(lint.servers, lint.pairs, { controlPort });
  const outDir = resolve(values['out-dir'] ?? 'kea');
  const base = process.cwd();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, new TextEncoder().encode(text));
    process.stdout.write(`wrote ${path}\n`);
  };
  for (const [name, config] of result.configs) {
    const dir = join(outDir, name);
    write(join(dir, 'kea-dhcp4.conf'), `${JSON.stringify(config, null, 2)}\n`);
    write(join(dir, 'kea-ctrl-agent.conf'), `${JSON.stringify(result.ctrlAgents.get(name), null, 2)}\n`);
    write(join(dir, 'MIGRATION.md'), renderMarkdownReport(result.report, { base, server: name }));
    const items = result.report.items.filter((i) => i.server === name);
    const own = {
      ...result.report,
      servers: result.report.servers.filter((s) => s.name === name),
      items,
      counts: countItems(items),
      ha: result.report.ha.filter((h) => (h.servers as string[]).includes(name)),
    };
    write(join(dir, 'migration.json'), reportJson(own));
  }
  write(join(outDir, 'MIGRATION.md'), renderMarkdownReport(result.report, { base }));
  write(join(outDir, 'migration.json'), reportJson(result.report));
  const c = result.report.counts;
  process.stdout.write(
    `${result.configs.size} server${result.configs.size === 1 ? '' : 's'}, ${result.report.ha.length} HA relationship${result.report.ha.length === 1 ? '' : 's'}: ${c.converted} statements converted, ${c.changed} changed meaning, ${c['not-converted']} not converted (see MIGRATION.md)\n`,
  );
  if (blocking.length)
    process.stderr.write(
      `dhcplint migrate: migrated despite ${blocking.length} pair or syntax error${blocking.length === 1 ? '' : 's'} (--force)\n`,
    );
  return 0;
}
