// API reports: the public surface of each package entry point, as API Extractor reads it from the
// built declarations (dist/*.d.ts), kept in etc/api/*.api.md. A change to an entry point's exports
// or to an exported type changes its report, so an accidental change shows up in review and in CI.
//
//   npm run api                        build the declarations, rewrite the reports
//   npm run api:check                  build, then fail (exit 1) if any report is out of date
//   node scripts/api-report.mjs [--check] [--reports DIR] [--entry NAME]
//                                      declarations already built; reports in DIR instead of
//                                      etc/api; only the report NAME (e.g. parser). The tests use these.
// Shared settings are in api-extractor.json; each entry sets its package and declaration file.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { check: { type: 'boolean' }, reports: { type: 'string' }, entry: { type: 'string' } },
});
const reportFolder = resolve(values.reports ?? join(root, 'etc/api'));

// An entry whose source does not exist yet is reported once it does.
const ENTRIES = [
  { pkg: 'parser', entry: 'index', report: 'parser' },
  { pkg: 'parser', entry: 'internal', report: 'parser-internal' },
  { pkg: 'linter', entry: 'index', report: 'linter' },
  { pkg: 'linter', entry: 'internal', report: 'linter-internal' },
  // The language server as a library (its features for other editors' integrations).
  { pkg: 'lsp', entry: 'index', report: 'lsp' },
  // The custom protocol the VS Code extension (and any other client) imports.
  { pkg: 'lsp', entry: 'protocol', report: 'lsp-protocol' },
]
  .filter((e) => existsSync(join(root, 'packages', e.pkg, 'src', `${e.entry}.ts`)))
  .filter((e) => values.entry === undefined || e.report === values.entry);
if (!ENTRIES.length) {
  console.error(`api: no entry point named ${values.entry}`);
  process.exit(2);
}

const base = ExtractorConfig.loadFile(join(root, 'api-extractor.json'));

// This script says itself which reports changed; API Extractor's own notes about them point at
// its temp folder, which is gone when the script ends.
const OWN_NOTES = new Set([
  'console-api-report-copied',
  'console-api-report-created',
  'console-api-report-not-copied',
  'console-compiler-version-notice',
]);
function quietAboutReports(message) {
  if (OWN_NOTES.has(message.messageId)) message.handled = true;
}

/** A line diff of the checked-in report against the current surface (LCS; reports are ~1,000 lines), so CI shows what changed. */
function printChangedLines(name, checkedIn, current) {
  const a = existsSync(checkedIn) ? readFileSync(checkedIn, 'utf8').split('\n') : [];
  const b = readFileSync(current, 'utf8').split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) lines.push(`-${i + 1}: ${a[i++]}`);
    else lines.push(`+${j + 1}: ${b[j++]}`);
  }
  console.error(
    `api: ${name} differs from the current surface (- report, + now):\n${lines.slice(0, 60).join('\n')}${lines.length > 60 ? `\n… ${lines.length - 60} more lines` : ''}`,
  );
}

// API Extractor writes its fresh report beside the checked-in one only through a temp folder.
const temp = mkdtempSync(join(tmpdir(), 'dhcplint-api-'));
const stale = [];
let failed = false;
try {
  for (const e of ENTRIES) {
    const projectFolder = join(root, 'packages', e.pkg);
    const declarations = join(projectFolder, 'dist', `${e.entry}.d.ts`);
    if (!existsSync(declarations))
      throw new Error(`${declarations} is missing: run \`tsc -b\` (npm run api does) first`);
    const config = ExtractorConfig.prepare({
      configObject: {
        ...base,
        projectFolder,
        mainEntryPointFilePath: declarations,
        compiler: { ...base.compiler, overrideTsconfig: { ...base.compiler.overrideTsconfig, files: [declarations] } },
        apiReport: {
          ...base.apiReport,
          enabled: true,
          reportFileName: `${e.report}.api.md`,
          reportFolder,
          reportTempFolder: temp,
        },
      },
      configObjectFullPath: join(root, 'api-extractor.json'),
      packageJsonFullPath: join(projectFolder, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: !values.check,
      showVerboseMessages: false,
      messageCallback: quietAboutReports,
    });
    const name = relative(root, join(reportFolder, `${e.report}.api.md`));
    if (result.apiReportChanged) stale.push(name);
    if (values.check && result.apiReportChanged)
      printChangedLines(name, config.reportFilePath, config.reportTempFilePath);
    if (
      !result.succeeded &&
      !(values.check && result.apiReportChanged && result.errorCount + result.warningCount === 0)
    )
      failed = true;
    if (!values.check && result.apiReportChanged) console.log(`api: ${name} updated`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (values.check && stale.length) {
  console.error(
    `api: the public API changed; out of date: ${stale.join(', ')}.\nIf the change is meant, run \`npm run api\` and commit the reports.`,
  );
  process.exit(1);
}
if (failed) {
  console.error('api: API Extractor reported errors (above)');
  process.exit(1);
}
console.log(
  `api: ${ENTRIES.length} report(s) ${values.check ? 'up to date' : 'written'} (${ENTRIES.map((e) => e.report).join(', ')})`,
);
