// Bundles the client (CommonJS, as VS Code loads extensions) and the language server (ESM, from
// the @dhcplint/lsp sources) into dist/, so the .vsix needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { esmRequireBanner, workspaceAliases } from '../../scripts/esm-require-banner.mjs';

// Paths are relative to this package, wherever the script is started from.
const absWorkingDir = fileURLToPath(new URL('.', import.meta.url));

await Promise.all([
  build({
    absWorkingDir,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    absWorkingDir,
    entryPoints: ['../lsp/dist/main.js'],
    outfile: 'dist/server.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: esmRequireBanner,
    alias: workspaceAliases('..'),
    sourcemap: true,
    logLevel: 'warning',
  }),
]);
