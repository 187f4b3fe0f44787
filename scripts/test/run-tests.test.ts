import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm test` runs scripts/run-tests.mjs, which lints before a whole-suite run. Here `npm` and `npx`
// are stand-ins on PATH: `npm run lint` exits as told and leaves a mark, `npx vitest` writes a JSON
// report of one passed test, so the script's own decisions are what is tested.
const repoRoot = new URL('../../', import.meta.url).pathname;
const bin = mkdtempSync(join(tmpdir(), 'dhcplint-run-tests-'));
const linted = join(bin, 'linted');
afterAll(() => rmSync(bin, { recursive: true, force: true }));

writeFileSync(
  join(bin, 'npm'),
  `#!/bin/sh\ncase "$*" in *lint*) touch '${linted}'; echo 'src/x.ts: 1 problem'; exit "$LINT_STATUS";; esac\nexit 0\n`,
);
writeFileSync(
  join(bin, 'npx'),
  `#!/bin/sh\nfor a in "$@"; do case "$a" in --outputFile.json=*) printf '%s' '{"testResults":[{"assertionResults":[{"status":"passed"}]}]}' > "\${a#--outputFile.json=}";; esac; done\nexit 0\n`,
);
chmodSync(join(bin, 'npm'), 0o755);
chmodSync(join(bin, 'npx'), 0o755);

function runTests(lintStatus: number, ...files: string[]) {
  rmSync(linted, { force: true });
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LINT_STATUS: String(lintStatus) },
  });
  const lines = r.stdout.trim().split('\n');
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lastLine: lines[lines.length - 1],
    linted: existsSync(linted),
  };
}

describe('scripts/run-tests.mjs', () => {
  it('fails a whole-suite run when npm run lint fails, says so, and still runs the tests', () => {
    const r = runTests(1);
    expect(r.linted).toBe(true);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('npm test FAILED: `npm run lint` reported problems');
    expect(r.stderr).toContain('npm run lint FAILED');
    expect(r.lastLine).toBe('1 passed, 0 failed, 0 skipped');
  });

  it('passes a whole-suite run when the lint and the tests pass', () => {
    const r = runTests(0);
    expect(r.linted).toBe(true);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('FAILED');
    expect(r.lastLine).toBe('1 passed, 0 failed, 0 skipped');
  });

  it('does not lint when given test files to run', () => {
    const r = runTests(1, 'packages/parser/test/api.test.ts');
    expect(r.linted).toBe(false);
    expect(r.status).toBe(0);
  });
});
