// ESLint 9 flat config: typescript-eslint's recommended rules over the TypeScript sources, the tests
// and the scripts. Type checking itself is `tsc -b`'s job; these rules catch what it does not.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, bundles and generated or vendored files are not ours to lint.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/*/bin/**',
      'etc/**',
      'compat/messages/**',
      'test-fixtures/**',
      'bench/out/**',
      '.ci-artifacts/**',
    ],
  },
  {
    files: [
      'packages/*/src/**/*.ts',
      'packages/*/test/**/*.ts',
      'packages/*/*.mjs',
      'scripts/**/*.{ts,mjs}',
      'bench/**/*.mjs',
      'compat/*.mjs',
      '*.{ts,mjs}',
    ],
    extends: [tseslint.configs.recommended],
    rules: {
      // `any` is used deliberately at the edges (JSON, the LSP wire, test doubles).
      '@typescript-eslint/no-explicit-any': 'off',
      // A leading underscore marks a parameter or binding kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // No non-null assertions (`!`) where they have been taken out (CONTRIBUTING.md: narrow, destructure,
    // or expectDefined from @dhcplint/parser/internal for a real invariant), so they cannot grow back.
    // Every package's sources are clean; tests may still assert (`!` or vitest's `assert`) what a
    // failing case would show anyway.
    files: ['packages/*/src/**/*.ts', 'packages/vscode-extension/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
);
