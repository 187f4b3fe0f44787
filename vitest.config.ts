import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources, never stale dist/ builds.
const src = (p: string) => new URL(`./packages/${p}/src/index.ts`, import.meta.url).pathname;
const entry = (p: string, file: string) => new URL(`./packages/${p}/src/${file}.ts`, import.meta.url).pathname;
// The /internal entries come first: Vite matches aliases by prefix, in order.
const alias = {
  '@dhcplint/parser/internal': entry('parser', 'internal'),
  '@dhcplint/linter/internal': entry('linter', 'internal'),
  '@dhcplint/parser': src('parser'),
  '@dhcplint/linter': src('linter'),
};

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
