// Copies the built bundles the bench runs into a folder of their own, so that a rebuild in the
// working tree while the bench runs (several engineers share it) cannot change what is measured
// half-way through. Each bundle is self-contained; the CLI reads only its package.json beside it.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files and folders the bench needs, relative to the repository root; optional ones may be absent. */
const FILES = [
  { path: 'packages/linter/bin' },
  { path: 'packages/linter/package.json' },
  { path: 'packages/linter/dist/dhcplint.bundle.cjs' },
  { path: 'packages/linter/dist/dhcplint.bundle.cache', optional: true },
  { path: 'packages/lsp/bin' },
  { path: 'packages/lsp/package.json' },
  { path: 'packages/lsp/dist/dhcplint-lsp.bundle.js' },
  { path: 'packages/lsp/dist/dhcplint-lsp.bundle.cache', optional: true },
  { path: 'packages/parser/dist/index.bundle.js' },
  { path: 'packages/parser/dist/internal.bundle.js' },
];

/** Copies the build under `root` into `dest`; returns the entry points to run there. */
export function snapshotBuild(root, dest) {
  for (const f of FILES) {
    const from = join(root, f.path);
    if (!existsSync(from)) {
      if (f.optional) continue;
      throw new Error(`${f.path} is missing: run npm run build first`);
    }
    mkdirSync(dirname(join(dest, f.path)), { recursive: true });
    cpSync(from, join(dest, f.path), { recursive: true });
  }
  return {
    cli: join(dest, 'packages/linter/bin/dhcplint.js'),
    server: join(dest, 'packages/lsp/bin/dhcplint-lsp.js'),
    parser: join(dest, 'packages/parser/dist/index.bundle.js'),
  };
}
