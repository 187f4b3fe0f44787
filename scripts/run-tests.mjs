// Runs the vitest suite (or the files given) and prints the closing line CI counts:
// "N passed, N failed, N skipped". Skipped counts every test vitest did not run: `it.skip`,
// `it.skipIf`/`describe.skipIf` (the corpus or a tool such as dhcpd absent), `ctx.skip()`, and todos.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A whole-suite run (what CI does) lints first: ESLint, Prettier's check and `tsc -b` (which type-checks
// the tests too). The tests still run after a failing lint, so one run shows everything that is wrong.
const files = process.argv.slice(2);
const lintFailed =
  files.length === 0 && spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' }).status !== 0;
if (lintFailed) console.error('\n*** npm run lint FAILED (output above); the tests run anyway ***\n');

// The JSON report goes to a temporary folder: a run leaves the working tree as it found it.
const dir = mkdtempSync(join(tmpdir(), 'dhcplint-vitest-'));
const report = join(dir, 'report.json');
const r = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files],
  { stdio: 'inherit' },
);
let passed = 0,
  failed = 0,
  skipped = 0;
try {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  const statuses = j.testResults.flatMap((file) => file.assertionResults.map((t) => t.status));
  const count = (...wanted) => statuses.filter((s) => wanted.includes(s)).length;
  passed = count('passed');
  failed = count('failed');
  skipped = count('skipped', 'pending', 'todo', 'disabled');
  if (j.numFailedTestSuites && !failed) failed = j.numFailedTestSuites;
} catch {
  failed = failed || 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The counts stay the last line (CI reads it); a failed lint is said just before.
if (lintFailed)
  console.log(
    'npm test FAILED: `npm run lint` reported problems (ESLint, Prettier or tsc -b: see its output above and CONTRIBUTING.md).',
  );
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(r.status === 0 && failed === 0 && !lintFailed ? 0 : 1);
