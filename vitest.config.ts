import { defineConfig } from 'vitest/config';
import { sourceAliases } from './scripts/esm-require-banner.mjs';

// Tests import the packages' TypeScript sources, never stale dist/ builds: the entry points listed
// once in tsconfig.test.base.json (the type check of the tests reads the same list).
const alias = sourceAliases();

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'parser', include: ['packages/parser/test/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'linter',
          include: ['packages/linter/test/**/*.test.ts', 'packages/linter/src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: { name: 'lsp', include: ['packages/lsp/test/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false },
      },
      {
        resolve: { alias },
        test: { name: 'vscode', include: ['packages/vscode-extension/test/**/*.test.ts'], testTimeout: 300_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'tools',
          include: ['scripts/test/**/*.test.ts', 'scripts/fuzz/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
