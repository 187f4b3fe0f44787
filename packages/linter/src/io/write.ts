// Writes that leave either the old or the new file, never a mix: the bytes go to a temp file in
// the target's own folder (same file system, so rename is atomic), are flushed, and the temp file
// is renamed over the target. A process killed at any moment leaves the old content in place.
import {
  closeSync,
  fchmodSync,
  writeFileSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

export class WriteError extends Error {}

/** Symlinks followed when the target does not exist yet (the kernel's own limit, ELOOP). */
const MAX_LINK_HOPS = 40;

/**
 * The path a write must replace: the real path of an existing file (so a symlink stays a symlink
 * and its target gets the new content), or, for a file not there yet, the path a dangling symlink
 * points to or the path itself in its folder's real location.
 */
export function writeTarget(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
    try {
      return realpathSync(p);
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') throw e;
    }
    const link = lstatOrUndefined(p);
    if (!link?.isSymbolicLink()) return join(realpathSync(dirname(p)), basename(p));
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new WriteError(`${path}: too many levels of symbolic links`);
}

/** Writes `bytes` to `path` atomically, keeping the original's mode and (when allowed) owner and group. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  let target: string;
  try {
    target = writeTarget(path);
  } catch (e) {
    throw new WriteError(`cannot write ${path}: ${reason(e)}`, { cause: e });
  }
  const folder = dirname(target);
  const original = statOrUndefined(target);
  if (original && !original.isFile()) throw new WriteError(`cannot write ${path}: not a regular file`);
  // A new file gets the usual 0666 less the umask, as writeFileSync would give it.
  const mode = original ? original.mode & 0o7777 : 0o666;
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode & 0o777);
    for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
    if (original) {
      // The umask may have dropped bits the original had; setuid/setgid survive only after chown.
      keepOwner(fd, original);
      fchmodSync(fd, mode);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) tryClose(fd);
    tryUnlink(temp);
    throw new WriteError(`cannot write ${path}: ${reason(e)}`, { cause: e });
  }
  // The rename is durable only once the folder's entry is on disk too.
  syncFolder(folder);
}

/**
 * Writes a report: atomically to a regular file (or a new one), straight through to anything else
 * that exists (/dev/stdout, /dev/null, a FIFO), which cannot be replaced by a rename.
 */
export function writeOutput(path: string, bytes: Uint8Array): void {
  const existing = statOrUndefined(path);
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(path, bytes);
    } catch (e) {
      throw new WriteError(`cannot write ${path}: ${reason(e)}`, { cause: e });
    }
  } else writeFileAtomic(path, bytes);
}

/** Gives the temp file the original's owner and group; only root (or the owner, for the group) may. */
function keepOwner(fd: number, original: Stats): void {
  const self = fstatSync(fd);
  if (self.uid === original.uid && self.gid === original.gid) return;
  try {
    fchownSync(fd, original.uid, original.gid);
  } catch (e) {
    if (errorCode(e) !== 'EPERM') throw e;
    // Best effort: at least the group, which an owner in that group may set.
    try {
      fchownSync(fd, self.uid, original.gid);
    } catch (e2) {
      if (errorCode(e2) !== 'EPERM') throw e2;
    }
  }
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (e) {
    // Some file systems cannot fsync a folder (EINVAL); the data itself is already flushed.
    if (errorCode(e) !== 'EINVAL' && errorCode(e) !== 'EISDIR')
      throw new WriteError(`cannot flush folder ${folder}: ${reason(e)}`, { cause: e });
  } finally {
    if (fd !== undefined) tryClose(fd);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  return statSync(path, { throwIfNoEntry: false });
}

function lstatOrUndefined(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

function tryClose(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failing: the first error is the one worth reporting.
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to remove (the open failed) or already gone.
  }
}

export function errorCode(e: unknown): string | undefined {
  return (e as { code?: string } | undefined)?.code;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
