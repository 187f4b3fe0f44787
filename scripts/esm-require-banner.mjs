// ESM bundles whose CommonJS dependencies (vscode-languageserver, picocolors, yaml) call require()
// on Node built-ins need a require of their own: the one banner every such bundle gets (the
// CLI's and the VS Code extension's language-server bundles both import it from here).
export const esmRequireBanner = {
  js: "import { createRequire as __dhcplintCreateRequire } from 'node:module';\nconst require = __dhcplintCreateRequire(import.meta.url);",
};

/** Aliases that inline the workspace packages from their compiled sources; /internal entries first (esbuild matches by prefix). */
export function workspaceAliases(packagesDir) {
  return {
    '@dhcplint/parser/internal': `${packagesDir}/parser/dist/internal.js`,
    '@dhcplint/linter/internal': `${packagesDir}/linter/dist/internal.js`,
    '@dhcplint/parser': `${packagesDir}/parser/dist/index.js`,
    '@dhcplint/linter': `${packagesDir}/linter/dist/index.js`,
  };
}
