// Bundles each command into one file with esbuild. Why: chevrotain 11 imports lodash-es as
// ~600 separate modules, and Node spent ~0.6 s just loading them on every CLI start; a bundle
// keeps the functions actually used and loads in a few milliseconds.
// The CLI is bundled as CommonJS and started by bin/run-bundle.js with V8's code cache, written
// here after a sample run (see there why); a build without a fresh cache simply compiles as before.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esmRequireBanner, workspaceAliases } from './esm-require-banner.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// CommonJS bundles have require, but no import.meta: sources that read import.meta.url get the
// bundle's own URL.
const cjsImportMeta = {
  banner: { js: "var __dhcplintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__dhcplintImportMetaUrl' },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Inline the workspace packages from their compiled sources, not from their own bundles.
  alias: workspaceAliases('./packages'),
  sourcemap: true,
  logLevel: 'warning',
};

const cli = {
  in: 'packages/linter/dist/cli-main.js',
  out: 'packages/linter/dist/dhcplint.bundle.cjs',
  format: 'cjs',
  codeCache: true,
};
const entries = [
  // The library itself, so `import '@dhcplint/parser'` is fast for every consumer too (no CommonJS inside).
  { in: 'packages/parser/dist/index.js', out: 'packages/parser/dist/index.bundle.js', format: 'esm' },
  // The scanner and other internals for the benchmark's lexer-only task (stateless names only).
  { in: 'packages/parser/dist/internal.js', out: 'packages/parser/dist/internal.bundle.js', format: 'esm' },
  cli,
  {
    in: 'packages/lsp/dist/main.js',
    out: 'packages/lsp/dist/dhcplint-lsp.bundle.js',
    format: 'esm',
    banner: esmRequireBanner,
  },
].filter((e) => existsSync(join(root, e.in)));

await Promise.all(
  entries.map((e) =>
    build({
      ...common,
      absWorkingDir: root,
      entryPoints: [e.in],
      outfile: e.out,
      format: e.format,
      ...(e.format === 'cjs' ? cjsImportMeta : { banner: e.banner }),
    }),
  ),
);

if (entries.includes(cli)) {
  // The CLI was an ES module bundle before: leave no stale copy beside the new one.
  for (const old of ['dhcplint.bundle.js', 'dhcplint.bundle.js.map'])
    rmSync(join(root, 'packages/linter/dist', old), { force: true });
  writeCodeCache(join(root, cli.out), join(root, 'packages/linter/bin/dhcplint.js'));
}

/**
 * Marks the bundle with a hash of its content (the cache is used only with the build it was made
 * from), then runs the CLI on the example pair so that the cache holds what a lint compiles.
 */
function writeCodeCache(bundle, bin) {
  const cache = bundle.replace(/\.c?js$/, '') + '.cache';
  rmSync(cache, { force: true });
  const buildId = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32);
  appendFileSync(bundle, `//# dhcplintBuildId=${buildId}\n`);
  const sample = ['test-fixtures/deployment/serv1', 'test-fixtures/deployment/serv2'].map((p) => join(root, p));
  const r = spawnSync(process.execPath, [bin, '--no-color', ...sample], {
    cwd: root,
    env: { ...process.env, DHCPLINT_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  // The sample may report problems (exit 1); anything else means the run itself failed.
  if (r.status !== 0 && r.status !== 1)
    console.warn(
      `bundle: the sample run for the code cache failed (exit ${r.status}); the CLI runs without a cache\n${r.stderr}`,
    );
  if (!existsSync(cache)) console.warn('bundle: no code cache written; the CLI runs without one');
}

// The VS Code extension: its client and its own copy of the server.
await import('../packages/vscode-extension/esbuild.mjs');
