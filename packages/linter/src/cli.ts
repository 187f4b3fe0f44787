import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format, formatBlocker } from '@dhcplint/parser';
import { LintSession } from './session/session.js';
import type { LintSettings } from './session/settings.js';
import { allRuleMetas } from './rules/index.js';
import { REPORT_FORMATS } from './formatters/index.js';

const FORMAT_NAMES = Object.keys(REPORT_FORMATS);
import { fixFiles, lintedTexts } from './io/apply-fixes.js';
import { pairFixesFrom } from './pair-fixes.js';
import { encodeConfigText } from './io/encoding.js';
import { readConfigFile } from './io/read.js';
import { capDiagnosticsPerFile } from './limits.js';
import { replaceFileText } from './io/replace-text.js';
import { WriteError, writeOutput } from './io/write.js';
import { ConfigFileError, settingsFromRc, type RcFile } from './config-file.js';
import { runSummary } from './summary.js';
import { migrateCommand } from './kea/cli.js';

const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const USAGE = `Usage: dhcplint [options] PATH...
       dhcplint fmt [--check | --write] [--indent N | --tabs] FILE...
       dhcplint migrate --to kea [--out-dir DIR] [--control-port N] [--force] PATH...

PATH is a dhcpd.conf file, a folder of configs, or a server root (a folder holding
etc/dhcp/dhcpd.conf, with etc/netplan/*.yaml and etc/default/isc-dhcp-server).
Configs that declare the same failover peer are cross-checked as a pair: within one folder,
manifest or set of sibling server roots first; across folders only a primary with a secondary.

Options:
  -f, --format NAME       ${FORMAT_NAMES.map((n, i) => (i ? n : `${n} (default)`)).join(' | ')}
  -o, --output FILE       write the report to FILE
  -c, --config FILE       configuration file (default: the nearest .dhcplintrc.json,
                          from the current folder up)
      --include-map A=B   map absolute include prefix A to folder B (repeatable)
      --pair A=B          treat the configs A and B as a failover pair
      --max-warnings N    exit 1 when there are more than N warnings
      --max-problems-per-file N
                          list at most N problems per file, then one summary line (default 1000, 0: all)
      --allow-read DIR    also read includes from DIR (outside a server root; repeatable)
      --fix               apply safe fixes in place
      --fix-pair ROLE     make pair settings that differ match the primary's or the secondary's
                          (copies that server's line over its partner's)
      --quiet             report errors only
      --print-config      print the effective configuration and exit
      --list-rules        list the rules and exit
      --no-color          disable colours (also NO_COLOR)
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage or internal error.`;

class UsageError extends Error {}

/** One line for a usage error: Node's parseArgs explains how to pass a positional starting with '-' too, which is noise here. */
function usageMessage(e: Error): string {
  const [sentence = ''] = e.message.split(/(?<=\.)\s/);
  const first = sentence.replace(/\.$/, '');
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `unknown option '${unknown[1]}'`;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function loadRc(session: LintSession, path: string | undefined): { rc: RcFile; base: string } {
  const p = path ?? session.findRc(process.cwd());
  if (!p) return { rc: {}, base: process.cwd() };
  try {
    // Through the session: discovery finding the same rc file does not read it again.
    return { rc: session.readRc(p), base: dirname(resolve(p)) };
  } catch (e) {
    throw e instanceof ConfigFileError ? new UsageError(e.message) : e;
  }
}

function settingsFrom(
  rc: RcFile,
  base: string,
  cli: { includeMap: string[]; pairs: string[]; allowRead: string[] },
): LintSettings {
  const settings = settingsFromRc(rc, base);
  for (const m of cli.includeMap) {
    const [k, v] = m.split('=');
    if (!k || !v) throw new UsageError(`--include-map expects PREFIX=FOLDER, got '${m}'`);
    (settings.includeMap ??= {})[k] = resolve(v);
  }
  for (const p of cli.pairs) {
    const parts = p.split('=');
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new UsageError(`--pair expects A=B (the two configs or server roots of a pair), got '${p}'`);
    for (const x of parts) if (!existsSync(x)) throw new UsageError(`--pair: ${x}: no such file or directory`);
    (settings.pairs ??= []).push(parts.map((x) => resolve(x)) as [string, string]);
  }
  if (cli.allowRead.length)
    settings.readRoots = [...(settings.readRoots ?? []), ...cli.allowRead.map((d) => resolve(d))];
  return settings;
}

function fmtCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      write: { type: 'boolean' },
      indent: { type: 'string' },
      tabs: { type: 'boolean' },
    },
  });
  if (!positionals.length) throw new UsageError('fmt needs at least one file');
  const indentSize = values.indent ? Number(values.indent) : 2;
  if (!Number.isInteger(indentSize) || indentSize < 0 || indentSize > 16)
    throw new UsageError('--indent takes a number from 0 to 16');
  let unformatted = 0;
  let failed = false;
  for (const file of positionals) {
    // The same safe reader as lint runs: a device or FIFO given by mistake is refused, not read forever.
    const read = readConfigFile(file);
    if (!('text' in read)) {
      process.stderr.write(`dhcplint: ${file}: ${'missing' in read ? 'no such file' : `not read: ${read.refused}`}\n`);
      failed = true;
      continue;
    }
    const text = read.text;
    // The parser's one rule for what can be formatted, the same as the editor's formatting.
    const blocker = formatBlocker(text);
    if (blocker) {
      process.stderr.write(`dhcplint: ${file}: not formatted, it has syntax errors (${blocker}); run dhcplint on it\n`);
      failed = true;
      continue;
    }
    const out = format(text, { indentSize, useTabs: values.tabs });
    if (values.check) {
      if (out !== text) {
        unformatted++;
        process.stdout.write(`${file}\n`);
      }
    } else if (values.write) {
      const why = out === text ? undefined : replaceFileText(file, text, out);
      if (why) {
        process.stderr.write(`dhcplint: ${file}: ${why}; not formatted\n`);
        failed = true;
      }
    } else process.stdout.write(encodeConfigText(out, read.encoding) ?? out);
  }
  return failed ? 2 : values.check && unformatted ? 1 : 0;
}

export function main(argv: string[]): number {
  try {
    if (argv[0] === 'fmt') return fmtCommand(argv.slice(1));
    if (argv[0] === 'migrate') return migrateCommand(argv.slice(1));
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'include-map': { type: 'string', multiple: true, default: [] },
        pair: { type: 'string', multiple: true, default: [] },
        'allow-read': { type: 'string', multiple: true, default: [] },
        'fix-pair': { type: 'string' },
        'max-problems-per-file': { type: 'string', default: '1000' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean' },
        'print-config': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (values['list-rules']) {
      for (const m of allRuleMetas)
        process.stdout.write(
          `${m.id.padEnd(30)} ${m.defaultSeverity.padEnd(8)} ${m.category.padEnd(13)} ${m.description}\n`,
        );
      return 0;
    }
    // One session for the run: the check, and the check again after --fix.
    const session = new LintSession();
    const { rc, base } = loadRc(session, values.config);
    const settings = settingsFrom(rc, base, {
      includeMap: values['include-map'] ?? [],
      pairs: values.pair ?? [],
      allowRead: values['allow-read'] ?? [],
    });
    if (values['print-config']) {
      process.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
      return 0;
    }
    const formatName = values.format ?? 'stylish';
    const formatReport = Object.hasOwn(REPORT_FORMATS, formatName) ? REPORT_FORMATS[formatName] : undefined;
    if (!formatReport) throw new UsageError(`unknown format '${formatName}' (${FORMAT_NAMES.join(', ')})`);
    const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
    if (Number.isNaN(maxWarnings)) throw new UsageError('--max-warnings takes a number');
    const maxPerFile = Number(values['max-problems-per-file']);
    if (!Number.isInteger(maxPerFile) || maxPerFile < 0)
      throw new UsageError('--max-problems-per-file takes a whole number (0: no limit)');
    if (!positionals.length) throw new UsageError('no files given');

    const paths = positionals.map((p) => resolve(p));
    // A --pair names both halves: the partner is linted with the file given, not left out.
    for (const x of (values.pair ?? []).flatMap((p) => p.split('=')).map((x) => resolve(x)))
      if (!paths.includes(x)) paths.push(x);
    const lintOnce = () => session.check(paths, settings);
    let result = lintOnce();
    for (const e of result.errors) process.stderr.write(`dhcplint: ${e}\n`);
    let notFixed = 0;
    const fixPair = values['fix-pair'];
    if (fixPair !== undefined && fixPair !== 'primary' && fixPair !== 'secondary')
      throw new UsageError(
        `--fix-pair takes primary or secondary (the server whose values are copied), got '${fixPair}'`,
      );
    if (values.fix || fixPair) {
      // Offsets refer to the text this run parsed: that text, not a fresh read, is what gets fixed.
      // --fix-pair adds, for each pair setting that differs, the edit copying the chosen side's line.
      const toFix = fixPair
        ? [...(values.fix ? result.diagnostics : []), ...pairFixesFrom(fixPair, result.diagnostics, result.pairs)]
        : result.diagnostics;
      const outcomes = fixFiles(toFix, lintedTexts(result.servers));
      for (const o of outcomes) if (o.refused) process.stderr.write(`dhcplint: ${o.path}: ${o.refused}\n`);
      notFixed = outcomes.filter((o) => o.refused).length;
      if (outcomes.some((o) => o.applied)) result = { ...lintOnce(), errors: result.errors };
    }
    let diags = result.diagnostics;
    if (values.quiet) diags = diags.filter((d) => d.severity === 'error');
    // The report stays readable on a broken or generated file; the exit status counts everything.
    const shown = maxPerFile > 0 ? capDiagnosticsPerFile(diags, maxPerFile) : diags;
    const color = !values['no-color'] && !process.env.NO_COLOR && !values.output && process.stdout.isTTY === true;
    const report = formatReport({
      diagnostics: shown,
      files: result.files,
      rules: allRuleMetas,
      version: VERSION,
      internalErrors: result.internalErrors,
      color,
    });
    if (values.output) writeOutput(values.output, Buffer.from(report, 'utf8'));
    else process.stdout.write(report);
    // Humans get told what was checked; machine formats stay pure.
    if (formatName === 'stylish')
      process.stderr.write(
        `dhcplint: ${runSummary({ files: result.files, servers: result.servers, pairs: result.pairs, diagnostics: result.diagnostics })}\n`,
      );
    if (result.errors.length || result.internalErrors.length || notFixed) return 2;
    const errors = diags.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
    if (tooManyWarnings)
      process.stderr.write(
        `dhcplint: ${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings} allows\n`,
      );
    return errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dhcplint: ${usageMessage(e as Error)}\nTry 'dhcplint --help'.\n`);
      return 2;
    }
    if (e instanceof WriteError) {
      process.stderr.write(`dhcplint: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`dhcplint: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}
