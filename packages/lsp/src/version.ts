// The server's version: the package's own package.json, the one place it is written. src/ and dist/
// both sit one level below the package folder; a bundle (dist/*.bundle.js, the VS Code extension's
// dist/server.mjs) reads the package.json of the package it ships in.
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const VERSION = packageVersion();
