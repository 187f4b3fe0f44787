// The built CLI run on real files in temp folders, its JSON output read back per file: the set-up
// the CLI-level review tests share.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { repoRoot } from '../../../../scripts/test/corpus.js';

export const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');
export const flatFixture = join(repoRoot, 'test-fixtures/flat');

export interface Message {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

/** A maker of temp folders, each removed after its test. */
export function tempDirs(prefix = 'review15-cli-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}

/** Copies the flat fixture into `dir` with its shared defaults file's INTERFACESv4 line replaced; returns `dir`. */
export function flatWithInterfaces(dir: string, interfacesLines: string): string {
  cpSync(flatFixture, dir, { recursive: true });
  const defaults = join(dir, 'servers_isc-dhcp-server');
  const text = readFileSync(defaults, 'utf8');
  if (!/^INTERFACESv4=.*$/m.test(text)) throw new Error('fixture changed: no INTERFACESv4 line');
  writeFileSync(defaults, text.replace(/^INTERFACESv4=.*$/m, interfacesLines));
  return dir;
}

/** Runs `dhcplint args` in `cwd`; `messages(file)` reads one file's messages from `-f json` output. */
export function runCli(
  cwd: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string; messages: (file: string) => Message[] } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return {
    ...r,
    messages: (file) => {
      const files = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
      return files.find((f) => f.filePath === file)?.messages ?? [];
    },
  };
}
