// writeFileAtomic when the disk says no half-way: the temp file is removed, the original is
// untouched, and the error names the file and the cause. Failures are injected into node:fs (a
// full disk or a read-only remount cannot be made on demand in a test).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeFileAtomic } from '../src/io/write.js';

const inject = vi.hoisted(() => ({ failing: undefined as undefined | 'writeSync' | 'fsyncSync' | 'renameSync' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failing = <K extends 'writeSync' | 'fsyncSync' | 'renameSync'>(name: K, code: string) =>
    ((...args: unknown[]) => {
      if (inject.failing === name) throw Object.assign(new Error(`${code}: injected failure, ${name}`), { code });
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof fs)[K];
  return {
    ...fs,
    writeSync: failing('writeSync', 'ENOSPC'),
    fsyncSync: failing('fsyncSync', 'EIO'),
    renameSync: failing('renameSync', 'EROFS'),
  };
});

const made: string[] = [];
afterEach(() => {
  inject.failing = undefined;
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic failing half-way', () => {
  for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`${step} failing: original untouched, temp file removed, clear error`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'dhcplint-failing-'));
      made.push(dir);
      const file = join(dir, 'dhcpd.conf');
      writeFileSync(file, 'authoritative;\n');
      inject.failing = step;
      expect(() => writeFileAtomic(file, Buffer.from('not authoritative;\n'))).toThrow(
        new RegExp(`^cannot write ${file}: .*injected failure, ${step}`),
      );
      expect(readFileSync(file, 'utf8')).toBe('authoritative;\n');
      expect(readdirSync(dir)).toEqual(['dhcpd.conf']);
    });
  }

  it('writes when nothing fails (the injection is off)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-failing-'));
    made.push(dir);
    const file = join(dir, 'dhcpd.conf');
    writeFileSync(file, 'authoritative;\n');
    writeFileAtomic(file, Buffer.from('not authoritative;\n'));
    expect(readFileSync(file, 'utf8')).toBe('not authoritative;\n');
    expect(readdirSync(dir)).toEqual(['dhcpd.conf']);
  });
});
