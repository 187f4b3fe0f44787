// Bundles each command into one ESM file with esbuild. Why: chevrotain 11 imports lodash-es as
// ~600 separate modules, and Node spent ~0.6 s just loading them on every CLI start; a bundle
// keeps the functions actually used and loads in a few milliseconds.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

// CommonJS dependencies (picocolors, vscode-languageserver) call require() on Node built-ins.
const banner = { js: "import { createRequire as __dhcplintCreateRequire } from 'node:module';\nconst require = __dhcplintCreateRequire(import.meta.url);" };

const entries = [
  // The library itself, so `import '@dhcplint/parser'` is fast for every consumer too.
  { in: 'packages/parser/dist/index.js', out: 'packages/parser/dist/index.bundle.js' },
  { in: 'packages/linter/dist/cli-main.js', out: 'packages/linter/dist/dhcplint.bundle.js' },
  { in: 'packages/lsp/dist/main.js', out: 'packages/lsp/dist/dhcplint-lsp.bundle.js' },
].filter((e) => existsSync(e.in));

await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner,
      // Inline the workspace packages from their compiled sources, not from their own bundles
      // (a bundle inside a bundle would repeat the banner's declarations).
      alias: { '@dhcplint/parser': './packages/parser/dist/index.js', '@dhcplint/linter': './packages/linter/dist/index.js' },
      sourcemap: true,
      logLevel: 'warning',
    }),
  ),
);

// The VS Code extension: its client and its own copy of the server.
await import('../packages/vscode-extension/esbuild.mjs');
