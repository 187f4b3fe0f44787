// What the linter asks of the disk besides file contents: whether a path is a file or a folder,
// a folder's entries, a symlink's target, a sniff of a file's first bytes. File contents go
// through a FileSystem (model/config.ts); these go through a DiskHost. Both are injectable, so a
// test (or an editor) decides what the linter sees.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';

export interface PathStat {
  isFile(): boolean;
  isDirectory(): boolean;
  mtimeMs: number;
  size: number;
}

export interface DiskHost {
  /** The path's stat (symlinks followed), or undefined when nothing readable is there. */
  stat(path: string): PathStat | undefined;
  /** A folder's entry names; throws when it cannot be listed. */
  readdir(path: string): string[];
  /** The path with its symlinks resolved, or undefined. */
  realpath(path: string): string | undefined;
  /** Whether a `.conf` file's first kilobytes read like a dhcpd config. */
  sniff(path: string, stat: PathStat): boolean;
}

/** Statements only a dhcpd config has; one of them in the first kilobytes makes a `.conf` a candidate. */
const DHCPD_MARKERS =
  /^[ \t]*(failover\s+peer\s|subnet\s+\d+\.\d+\.\d+\.\d+\s+netmask\s|shared-network\s|ddns-update-style\s|(default|max)-lease-time\s+\d|option\s+domain-name-servers\s|host\s+[\w.-]+\s*\{|authoritative\s*;|include\s+"[^"]*";)/m;
const SNIFF_BYTES = 16 * 1024;

/** Whether a `.conf` file's first kilobytes read like a dhcpd config (not binary, a dhcpd statement). */
export function looksLikeDhcpdConfig(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    const head = buf.subarray(0, n);
    if (head.includes(0)) return false;
    return DHCPD_MARKERS.test(head.toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const nodeDisk: DiskHost = {
  stat(path) {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  },
  readdir: (path) => readdirSync(path),
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  },
  sniff: (path) => looksLikeDhcpdConfig(path),
};

/** Sniffs remembered by path, modification time and size (a workspace rarely changes between keystrokes). */
export type SniffCache = Map<string, { mtimeMs: number; size: number; yes: boolean }>;

/** `disk` whose sniff answers from `cache` while a file's modification time and size are unchanged. */
export function withSniffCache(disk: DiskHost, cache: SniffCache): DiskHost {
  return {
    ...disk,
    sniff(path, stat) {
      const hit = cache.get(path);
      if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.yes;
      const yes = disk.sniff(path, stat);
      if (cache.size > 50_000) cache.clear();
      cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, yes });
      return yes;
    },
  };
}

export const isDirectory = (disk: DiskHost, path: string): boolean => disk.stat(path)?.isDirectory() === true;
export const isFile = (disk: DiskHost, path: string): boolean => disk.stat(path)?.isFile() === true;
