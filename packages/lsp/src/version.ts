// The server's version: the package's own package.json, the one place it is written.
// Bundled (the CLI-style bundle, the VS Code extension's dist/server.mjs), esbuild sees the literal
// require() and inlines the JSON, so a bundle copied anywhere still knows its version; unbundled
// (dist/*.js, the tests' sources), src/ and dist/ both sit one level below package.json.
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    const json = (
      typeof require === 'function'
        ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the literal require is what lets esbuild inline the JSON
          require('../package.json')
        : JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    ) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const VERSION = packageVersion();
