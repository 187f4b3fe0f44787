import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// Bounded in time (about a minute); the seed changes only when someone passes DHCPLINT_FUZZ_SEED,
// so a CI failure replays with the same inputs. Findings are saved under .ci-artifacts/fuzz/.
describe('fuzz: mutated configs through the parser, formatter, linter, CLI and language server', () => {
  it('finds no exception, rule crash, lossy round trip, hang or unbounded memory', () => {
    const seed = process.env.DHCPLINT_FUZZ_SEED ?? '1';
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=2048',
        '--expose-gc',
        'scripts/fuzz/run.mjs',
        '--seconds',
        '40',
        '--lsp-seconds',
        '15',
        '--seed',
        seed,
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 },
    );
    const out = `${r.stdout}${r.stderr}`;
    expect(out, out).toMatch(/distinct findings: 0/);
    expect(r.status, out).toBe(0);
  }, 300_000);
});
