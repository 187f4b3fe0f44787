// What the bundles share: the require banner of ESM bundles, and the aliases that inline the workspace
// packages. Also read by vitest.config.ts: the packages' entry points are listed once, in
// tsconfig.test.base.json's `paths`, and everything that maps an import name to a file derives from it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ESM bundles whose CommonJS dependencies (vscode-languageserver, picocolors, yaml) call require()
// on Node built-ins need a require of their own: the one banner every such bundle gets (the
// CLI's and the VS Code extension's language-server bundles both import it from here).
export const esmRequireBanner = {
  js: "import { createRequire as __dhcplintCreateRequire } from 'node:module';\nconst require = __dhcplintCreateRequire(import.meta.url);",
};

const repoRoot = new URL('..', import.meta.url);

/**
 * The workspace packages' entry points, [import name, TypeScript source relative to the repository
 * root], from tsconfig.test.base.json. Most specific name first (`@dhcplint/parser/internal` before
 * `@dhcplint/parser`): Vite and esbuild match an alias as a prefix of the import too.
 */
export function workspaceEntries() {
  // Its comments are whole lines: without them the file is JSON.
  const text = readFileSync(new URL('tsconfig.test.base.json', repoRoot), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const paths = JSON.parse(text).compilerOptions.paths;
  return Object.entries(paths)
    .map(([name, [source]]) => [name, source.replace(/^\.\//, '')])
    .sort(([a], [b]) => b.length - a.length);
}

/** Aliases for the tests: each package imported by name runs from its TypeScript sources (absolute paths). */
export function sourceAliases() {
  return Object.fromEntries(
    workspaceEntries().map(([name, source]) => [name, fileURLToPath(new URL(source, repoRoot))]),
  );
}

/** Aliases that inline the workspace packages from their compiled sources (`packages/x/src/y.ts` → `${packagesDir}/x/dist/y.js`). */
export function workspaceAliases(packagesDir) {
  return Object.fromEntries(
    workspaceEntries().map(([name, source]) => [
      name,
      source.replace(/^packages\/([^/]+)\/src\/(.*)\.ts$/, (_, pkg, file) => `${packagesDir}/${pkg}/dist/${file}.js`),
    ]),
  );
}
