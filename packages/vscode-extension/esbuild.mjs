// Bundles the client (CommonJS, as VS Code loads extensions) and the language server (ESM, from
// the @dhcplint/lsp sources) into dist/, so the .vsix needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

// Paths are relative to this package, wherever the script is started from.
const absWorkingDir = fileURLToPath(new URL('.', import.meta.url));

const banner = { js: "import { createRequire as __dhcplintCreateRequire } from 'node:module';\nconst require = __dhcplintCreateRequire(import.meta.url);" };
await Promise.all([
  build({ absWorkingDir, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], sourcemap: true, logLevel: 'warning' }),
  build({
    absWorkingDir,
    entryPoints: ['../lsp/dist/main.js'],
    outfile: 'dist/server.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner,
    alias: { '@dhcplint/parser': '../parser/dist/index.js', '@dhcplint/linter': '../linter/dist/index.js' },
    sourcemap: true,
    logLevel: 'warning',
  }),
]);
