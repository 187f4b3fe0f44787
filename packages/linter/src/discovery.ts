// Which dhcpd configurations a set of paths holds. The CLI passes what the user typed, the
// language server its workspace folders; both get the same answer from this one routine, so a
// pair the command line checks is a pair the editor checks.
//
// A path is, in this order:
// - a server root (a folder holding etc/dhcp/dhcpd.conf): linted as one server, netplan and
//   defaults included;
// - a file inside a server root's etc/dhcp/ (the README's pre-commit hook passes files by name):
//   its server root;
// - a file or folder a `servers` manifest describes (the nearest .dhcplintrc.json walking up, or
//   one found while scanning a folder): that manifest's servers;
// - a folder: scanned (bounded) for all of the above, and for loose config files: any `*.conf`
//   whose name says dhcpd, or whose first kilobytes read like a dhcpd config (a failover peer, a
//   subnet, …), whatever its name;
// - a file: a loose config.
import { basename, dirname, join, sep } from 'node:path';
import { RC_FILE_NAME, findRcFile, readRcFile, settingsFromRc, type RcFile } from './config-file.js';
import { nodeDisk, type DiskHost } from './session/disk.js';
import type { LintSettings, ServerManifestEntry } from './session/settings.js';

export { looksLikeDhcpdConfig } from './session/disk.js';

export interface DiscoveryOptions {
  /** Whether a path may be looked at (the language server: inside its workspace folders). */
  mayRead?: (path: string) => boolean;
  /** Entries visited while scanning folders before stopping with a notice (default 20,000). */
  maxEntries?: number;
  /** Folder depth scanned below each folder given (default 8). */
  maxDepth?: number;
  /** Files larger than this are not considered configs (default 64 MiB, as the reader's cap). */
  maxFileSize?: number;
  /** Stats, folder listings and sniffs (default: the disk; a LintSession passes its own). */
  disk?: DiskHost;
  /** Reads an rc file (default readRcFile; a LintSession reads each once per check). Throws ConfigFileError. */
  readRc?: (path: string) => RcFile;
}

export interface Discovery {
  /** Server roots and config files, in the order found, each once. */
  paths: string[];
  /** Servers of the manifests found (paths absolute), each once. */
  servers: ServerManifestEntry[];
  /** Include maps and explicit pairs of the rc files whose manifests were used. */
  includeMap: Record<string, string>;
  pairs: [string, string][];
  /** Things the user should know: a scan that stopped early, an rc file that could not be read. */
  notes: string[];
  /** For each path found inside a folder that was given: that folder (loose configs may include from its tree). */
  foundIn: Map<string, string>;
  /** Folders given that hold no config at all. */
  empty: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'coverage']);
/** Names that say dhcpd whatever their content: dhcpd.conf, serv1_dhcpd.conf, dhcpd-lab.conf, … */
export const DHCPD_CONFIG_NAME = /(^|[._-])dhcpd6?\.conf$|^dhcpd.*\.conf$/;

/** The server root a path belongs to: the folder above its `etc/dhcp/`, when that holds dhcpd.conf. */
export function serverRootOf(path: string, isFile: (p: string) => boolean): string | undefined {
  const marker = `${sep}etc${sep}dhcp${sep}`;
  for (let i = path.lastIndexOf(marker); i >= 0; i = path.lastIndexOf(marker, i - 1)) {
    const root = path.slice(0, i) || sep;
    if (isFile(join(root, 'etc/dhcp/dhcpd.conf'))) return root;
    if (i === 0) break;
  }
  return undefined;
}

export function discoverConfigs(entries: readonly string[], options: DiscoveryOptions = {}): Discovery {
  const mayRead = options.mayRead ?? (() => true);
  const disk = options.disk ?? nodeDisk;
  const readRc = options.readRc ?? readRcFile;
  const maxEntries = options.maxEntries ?? 20_000;
  const maxDepth = options.maxDepth ?? 8;
  const maxFileSize = options.maxFileSize ?? 64 * 1024 * 1024;
  const out: Discovery = {
    paths: [],
    servers: [],
    includeMap: {},
    pairs: [],
    notes: [],
    foundIn: new Map(),
    empty: [],
  };
  /** The folder given that is being scanned. */
  let scanning: string | undefined;
  const seenPaths = new Set<string>();
  const usedRc = new Set<string>();
  let visited = 0;
  let stopped = false;

  const stat = (p: string) => disk.stat(p);
  const isFile = (p: string) => stat(p)?.isFile() === true;
  const exists = (p: string) => stat(p) !== undefined;
  const add = (p: string) => {
    if (!seenPaths.has(p)) {
      seenPaths.add(p);
      out.paths.push(p);
      if (scanning !== undefined) out.foundIn.set(p, scanning);
    }
  };
  /** The manifest of an rc file, merged in once; its servers. */
  const useManifest = (rcPath: string): ServerManifestEntry[] => {
    if (!mayRead(rcPath)) return [];
    let settings: LintSettings;
    try {
      settings = settingsFromRc(readRc(rcPath), dirname(rcPath));
    } catch (e) {
      if (!usedRc.has(rcPath)) out.notes.push((e as Error).message);
      usedRc.add(rcPath);
      return [];
    }
    const servers = (settings.servers ?? []).filter((s) => mayRead(s.config));
    if (!usedRc.has(rcPath) && servers.length) {
      for (const s of servers) if (!out.servers.some((x) => x.config === s.config)) out.servers.push(s);
      Object.assign(out.includeMap, settings.includeMap);
      out.pairs.push(...(settings.pairs ?? []));
    }
    usedRc.add(rcPath);
    return servers;
  };
  const describedBy = (servers: ServerManifestEntry[], p: string) =>
    servers.some((s) => s.config === p || s.defaults === p || s.netplan?.includes(p));

  const scan = (dir: string, depth: number): void => {
    if (stopped || !mayRead(dir)) return;
    if (isFile(join(dir, 'etc/dhcp/dhcpd.conf'))) return add(dir);
    const rc = join(dir, RC_FILE_NAME);
    const manifest = isFile(rc) ? useManifest(rc) : [];
    let names: string[];
    try {
      names = disk.readdir(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (++visited > maxEntries) {
        stopped = true;
        out.notes.push(
          `stopped looking for configs after ${maxEntries} entries (in ${dir}); name the folders to check`,
        );
        return;
      }
      const p = join(dir, name);
      const st = stat(p);
      if (!st) continue;
      if (st.isDirectory()) {
        if (depth < maxDepth && !SKIP_DIRS.has(name) && !name.startsWith('.')) scan(p, depth + 1);
      } else if (
        st.isFile() &&
        name.endsWith('.conf') &&
        st.size <= maxFileSize &&
        mayRead(p) &&
        !describedBy(manifest, p)
      ) {
        if (DHCPD_CONFIG_NAME.test(name) || disk.sniff(p, st)) add(p);
      }
    }
  };

  for (const entry of entries) {
    const st = stat(entry);
    if (st?.isDirectory()) {
      // A folder inside a flat layout: the manifest above it still describes its files.
      const rc = findRcFile(entry, exists);
      const above = rc && dirname(rc) !== entry ? useManifest(rc) : [];
      const before = out.paths.length + out.servers.length;
      scanning = entry;
      scan(entry, 0);
      scanning = undefined;
      const inside = (s: ServerManifestEntry) => s.config.startsWith(entry.endsWith(sep) ? entry : entry + sep);
      if (out.paths.length + out.servers.length === before && !above.some(inside)) out.empty.push(entry);
      continue;
    }
    // A file (or something that is not there: loadServers says so, or an editor buffer has it).
    const root = st?.isFile() ? serverRootOf(entry, isFile) : undefined;
    if (root && mayRead(root)) {
      add(root);
      continue;
    }
    const rc = findRcFile(dirname(entry), exists);
    if (rc && describedBy(useManifest(rc), entry)) continue;
    add(entry);
  }
  return out;
}

/** A short name for notes: the file or folder name. */
export const shortPath = (p: string) => basename(p) || p;
