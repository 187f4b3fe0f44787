// The one way the linter reads a file (configs, includes, netplan, defaults, the rc file, paths
// from the command line). A config may name any path (`include "/dev/zero";`), so only regular
// files are read, never opened in a way that can block, never past a size cap, and never when
// the bytes are binary.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeConfigBytes, type ConfigEncoding } from './encoding.js';

/** Far above any real config (the largest seen are a few MB of host declarations). */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export interface ReadLimits {
  /** Largest file read, in bytes (LintSettings.maxFileSize); default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
}

export type ReadOutcome =
  | { text: string; encoding: ConfigEncoding }
  /** The file exists but was not read; `reason` completes "… is <reason>". */
  | { refused: string }
  | { missing: true };

/** What a non-regular file is, for the refusal message. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

/** "64 MiB", "1500 bytes": the cap as a person would say it. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MiB`
    : bytes >= 1024 && bytes % 1024 === 0
      ? `${bytes / 1024} KiB`
      : `${bytes} bytes`;
}

const tooLarge = (cap: number) => ({ refused: `larger than ${sizeText(cap)} (the maxFileSize limit)` });

const CHUNK = 64 * 1024;

/** Reads a config-like text file safely; see the module comment for what is refused. */
export function readConfigFile(path: string, limits: ReadLimits = {}): ReadOutcome {
  const cap = limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // stat before open: opening some devices has effects of its own (a watchdog, a tape rewinding).
  let before: Stats;
  try {
    before = statSync(path);
  } catch (e) {
    return failure(e);
  }
  if (!before.isFile()) return { refused: `not a regular file (${fileKind(before)})` };
  let fd: number;
  try {
    // O_NONBLOCK: if the path became a FIFO since the stat, open returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return failure(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: `not a regular file (${fileKind(st)})` };
    if (st.size > cap) return tooLarge(cap);
    // The cap is checked again while reading: the file may grow after the fstat.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, cap + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > cap) return tooLarge(cap);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    const [only, ...more] = chunks;
    const bytes = only && more.length === 0 ? only : Buffer.concat(chunks, total);
    if (bytes.includes(0)) return { refused: 'a binary file (it holds NUL bytes)' };
    return decodeConfigBytes(bytes);
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
}

function failure(e: unknown): ReadOutcome {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
  if (code === 'EACCES' || code === 'EPERM') return { refused: 'unreadable (permission denied)' };
  if (code === 'ELOOP') return { refused: 'a symlink loop' };
  if (code === 'ENXIO') return { refused: 'not a regular file (socket or device)' };
  return { refused: `unreadable (${code ?? String(e)})` };
}
