import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './corpus.js';

// The CLI starts through packages/linter/bin/run-bundle.js with V8's code cache written by the
// build. A cache must only ever help: missing, corrupt or from another build, the run is the same.
const runBundleJs = join(repoRoot, 'packages/linter/bin/run-bundle.js');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dhcplint-code-cache-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs `bundle` through runBundle in a fresh Node; returns what the bundle printed and whether the cache was used. */
function runThroughLoader(bundle: string, env: Record<string, string> = {}) {
  const script = `const r = require(${JSON.stringify(runBundleJs)}).runBundle(${JSON.stringify(bundle)}); process.stderr.write(JSON.stringify(r));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(r.status, r.stderr).toBe(0);
  return { stdout: r.stdout, usedCache: JSON.parse(r.stderr).usedCache as boolean };
}

/** A small CommonJS bundle marked with a build id, as scripts/bundle.mjs marks the CLI's. */
function writeBundle(dir: string, buildId: string) {
  const bundle = join(dir, 'sample.bundle.cjs');
  const body = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
  writeFileSync(
    bundle,
    `${body}\nlet sum = 0; for (let i = 0; i < 50; i++) sum += eval('f' + i)(2);\nrequire('node:fs').writeSync(1, 'sum ' + sum + ' ' + (__filename === ${JSON.stringify(bundle)}) + '\\n');\n//# dhcplintBuildId=${buildId}\n`,
  );
  return { bundle, cache: join(dir, 'sample.bundle.cache') };
}

describe('CLI code cache (bin/run-bundle.js)', () => {
  it('writes a cache on request, uses it on the next run, and the bundle behaves the same', () => {
    const { bundle, cache } = writeBundle(tempDir(), 'aaaa1111');
    const first = runThroughLoader(bundle, { DHCPLINT_WRITE_CODE_CACHE: '1' });
    expect(first.usedCache).toBe(false);
    expect(first.stdout).toBe('sum 3675 true\n');
    expect(existsSync(cache)).toBe(true);
    expect(readFileSync(cache, 'latin1')).toMatch(
      new RegExp(`^dhcplint-code-cache aaaa1111 ${process.version} ${process.arch}\\n`),
    );
    const second = runThroughLoader(bundle);
    expect(second.usedCache).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it('ignores a cache from another build, a corrupt one and a missing one', () => {
    const dir = tempDir();
    const { bundle, cache } = writeBundle(dir, 'bbbb2222');
    runThroughLoader(bundle, { DHCPLINT_WRITE_CODE_CACHE: '1' });
    const good = readFileSync(cache);
    // The bundle rebuilt (new id, same length): the old cache is not even handed to V8.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('bbbb2222', 'cccc3333'));
    expect(runThroughLoader(bundle)).toEqual({ stdout: 'sum 3675 true\n', usedCache: false });
    // The right header, garbage after it: V8 rejects the data and compiles the source.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('cccc3333', 'bbbb2222'));
    const headerLength = good.indexOf(10) + 1;
    writeFileSync(
      cache,
      Buffer.concat([good.subarray(0, headerLength), Buffer.alloc(good.length - headerLength, 0x5a)]),
    );
    expect(runThroughLoader(bundle)).toEqual({ stdout: 'sum 3675 true\n', usedCache: false });
    // Truncated to its header, then gone.
    writeFileSync(cache, good.subarray(0, headerLength));
    expect(runThroughLoader(bundle)).toEqual({ stdout: 'sum 3675 true\n', usedCache: false });
    rmSync(cache);
    expect(runThroughLoader(bundle)).toEqual({ stdout: 'sum 3675 true\n', usedCache: false });
  });

  const built = join(repoRoot, 'packages/linter/dist/dhcplint.bundle.cjs');
  it.skipIf(!existsSync(built))('the built CLI gives the same report with its cache, a corrupt cache and none', () => {
    // A copy of the built CLI, so the test never touches the working tree's build.
    const dir = tempDir();
    for (const p of [
      'packages/linter/bin',
      'packages/linter/package.json',
      'packages/linter/dist/dhcplint.bundle.cjs',
      'packages/linter/dist/dhcplint.bundle.cache',
    ]) {
      if (existsSync(join(repoRoot, p))) cpSync(join(repoRoot, p), join(dir, p), { recursive: true });
    }
    const cache = join(dir, 'packages/linter/dist/dhcplint.bundle.cache');
    const fixtures = ['serv1', 'serv2'].map((s) => join(repoRoot, 'test-fixtures/deployment', s));
    const lint = () =>
      spawnSync(process.execPath, [join(dir, 'packages/linter/bin/dhcplint.js'), '--format', 'json', ...fixtures], {
        encoding: 'utf8',
      });
    const withCache = lint();
    expect(withCache.stderr).toBe('');
    expect(JSON.parse(withCache.stdout).length).toBeGreaterThan(1);
    if (existsSync(cache))
      writeFileSync(cache, Buffer.concat([readFileSync(cache).subarray(0, 200), Buffer.alloc(5000, 1)]));
    else console.warn('the build wrote no code cache; only the run without one is checked');
    const corrupt = lint();
    rmSync(cache, { force: true });
    const none = lint();
    for (const r of [corrupt, none]) {
      expect(r.status).toBe(withCache.status);
      expect(r.stdout).toBe(withCache.stdout);
      expect(r.stderr).toBe('');
    }
  });
});
