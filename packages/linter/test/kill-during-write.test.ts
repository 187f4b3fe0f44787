// A CLI killed while it writes leaves the old or the new file, never a truncated or mixed one
// (issue #14). The CLI runs on an ~8 MB config in a folder of its own; the test watches the folder
// and SIGKILLs the process at its first write event, a number of times bounded in count and time.
// Runs the built bundle (`npm run build` first).
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { repoRoot } from '../../../scripts/test/corpus.js';

const bin = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const KILLS = 10;
/** Wall-clock budget of one case's kill loop; it stops early (after at least 3 kills) when spent. */
const BUDGET_MS = 75_000;
const SIZE = 8_000_000;

const made: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dhcplint-kill-'));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Subnets with reversed ranges (each offers a fix) between long comments (cheap to lint), up to ~8 MB. */
function fixableConfig(): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < SIZE; i++) {
    const net = `10.${(i >> 8) & 255}.${i & 255}`;
    const part = `subnet ${net}.0 netmask 255.255.255.0 {\n  range ${net}.90 ${net}.10;\n}\n# ${'padding '.repeat(100)}\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** Hosts written on one line each, no indentation, up to ~8 MB. */
function unformattedConfig(): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < SIZE; i++) {
    const mac = i.toString(16).padStart(12, '0').match(/../g)!.join(':');
    const part = `host h${i}{hardware ethernet ${mac};fixed-address 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255};}\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** Runs the CLI on `file` and SIGKILLs it at the first change in the file's folder; whether it was killed. */
function runAndKillAtFirstWrite(dir: string, args: string[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const watcher = watch(dir, () => child.kill('SIGKILL'));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve(signal === 'SIGKILL');
    });
  });
}

async function killRepeatedly(original: string, args: (file: string) => string[]): Promise<void> {
  // The new content, from a run nobody interrupts.
  const reference = join(tempDir(), 'dhcpd.conf');
  writeFileSync(reference, original);
  spawnSync(process.execPath, [bin, ...args(reference)], { stdio: 'ignore' });
  const fixed = readFileSync(reference, 'utf8');
  expect(fixed).not.toBe(original);

  const dir = tempDir();
  const file = join(dir, 'dhcpd.conf');
  const outcomes = { old: 0, new: 0, killed: 0 };
  const started = Date.now();
  for (let i = 0; i < KILLS && (i < 3 || Date.now() - started < BUDGET_MS); i++) {
    // A fresh folder state: the original content, and no temp file left by the previous kill.
    for (const name of readdirSync(dir)) unlinkSync(join(dir, name));
    writeFileSync(file, original);
    if (await runAndKillAtFirstWrite(dir, args(file))) outcomes.killed++;
    const now = readFileSync(file, 'utf8');
    const verdict =
      now === original
        ? 'old'
        : now === fixed
          ? 'new'
          : `neither (${now.length} characters, ${original.length} before, ${fixed.length} after)`;
    expect(verdict, `run ${i + 1}`).toMatch(/^(old|new)$/);
    outcomes[verdict as 'old' | 'new']++;
  }
  if (process.env.DHCPLINT_KILL_LOG) console.info(args('FILE').join(' '), outcomes);
  // Kills that came after the process had finished would prove nothing.
  expect(outcomes.killed, JSON.stringify(outcomes)).toBeGreaterThan(0);
}

describe('killed during a write', () => {
  it('--fix leaves the old or the new file', async () => {
    await killRepeatedly(fixableConfig(), (f) => ['--fix', '-f', 'json', f]);
  }, 180_000);

  it('fmt --write leaves the old or the new file', async () => {
    await killRepeatedly(unformattedConfig(), (f) => ['fmt', '--write', f]);
  }, 180_000);
});
