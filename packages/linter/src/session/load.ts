// Loading: discovery's paths become servers (main file, includes, facts, host context), each
// read only inside its scope through the session's file system.
import { basename, dirname, join } from 'node:path';
import { pathExcerpt } from '@dhcplint/parser/internal';
import { discoverConfigs } from '../discovery.js';
import {
  confinedFs,
  diskFs,
  loadServerConfigOrReason,
  nodeFs,
  type ReadScope,
  type ServerConfig,
} from '../model/config.js';
import { collectFactsSteps } from '../model/facts.js';
import { loadHostContext, type HostFileRefusal } from '../model/host-context.js';
import type { RunContext } from './context.js';
import { isDirectory, type DiskHost } from './disk.js';
import type { LoadedServers, Server } from './results.js';
import type { LintSettings } from './settings.js';

/** Whether a cached entry was computed from exactly these ASTs. */
function sameAsts(a: unknown[], config: ServerConfig): boolean {
  return a.length === config.files.length && config.files.every((f, i) => f.ast === a[i]);
}

/** A file's real folder, so a config named through a symlink may read beside its target too. */
function realFolder(disk: DiskHost, file: string): string[] {
  const real = disk.realpath(file);
  return real === undefined ? [] : [dirname(real)];
}

/** `loadServers` in steps that pause while facts are collected (see `walkConfigSteps`). */
export function* loadServersSteps(
  paths: string[],
  settings: LintSettings,
  run: RunContext,
): Generator<void, LoadedServers, void> {
  const caches = run.caches;
  const diskHost = run.disk;
  // One discovery for the CLI and the language server (see discovery.ts): server roots, files of
  // a root named one by one, manifests found near the paths or inside the folders, loose configs.
  const found = discoverConfigs(paths, {
    mayRead: run.mayRead,
    maxFileSize: settings.maxFileSize,
    disk: diskHost,
    readRc: (p) => run.readRc(p),
  });
  const includeMap = { ...found.includeMap, ...settings.includeMap };
  const disk = run.fs ?? (settings.maxFileSize !== undefined ? diskFs({ maxFileSize: settings.maxFileSize }) : nodeFs);
  // Folders the user chose (include maps, readRoots): readable from any server.
  const userFolders = [...Object.values(includeMap), ...(settings.readRoots ?? [])];
  const servers: Server[] = [];
  const errors: string[] = [];
  /**
   * Loads one server. A server root reads only inside the root; a loose config only inside its
   * folder (and, when the user named it, its real folder). Files the user named are read as named.
   */
  const add = function* (
    main: string,
    name: string,
    how: { root?: string; folder?: string; named?: boolean; host?: { netplan: string[]; defaults?: string } },
  ): Generator<void, void, void> {
    if (servers.some((s) => s.config.main.uri === main)) return; // named twice (manifest and path)
    const scope: ReadScope =
      how.root !== undefined
        ? { folders: [how.root, ...userFolders], what: 'the server root' }
        : {
            folders: [how.folder ?? dirname(main), ...(how.named ? realFolder(diskHost, main) : []), ...userFolders],
            named: how.named ? [main] : [],
            what: "the config's folder (allow more with readRoots or --allow-read)",
          };
    const fs = confinedFs(disk, scope, diskHost);
    const loaded = loadServerConfigOrReason(main, {
      fs,
      name,
      root: how.root,
      pathMap: includeMap,
      cache: caches?.parse,
      sourceFiles: caches?.sourceFiles,
    });
    if ('unread' in loaded) {
      // A folder scan skips binary files whatever their name (a build artefact called *_dhcpd.conf);
      // a file the user named is still refused, with the reason (io/read.ts words it so).
      if (how.folder !== undefined && /^a binary file/.test(loaded.unread)) return;
      errors.push(`${pathExcerpt(main, 400)}: ${loaded.unread}`);
      return;
    }
    const config = loaded;
    const cached = caches?.servers.get(main);
    // Yields only after parsing: a pause never leaves a file half-parsed.
    const facts =
      cached && sameAsts(cached.asts, config)
        ? cached.facts
        : yield* collectFactsSteps(config, run.statementsPerPause, caches?.facts);
    if (cached?.facts !== facts) caches?.servers.set(main, { asts: config.files.map((f) => f.ast), facts });
    const refused: HostFileRefusal[] = [];
    const onRefused = (r: HostFileRefusal) => void refused.push(r);
    if (how.root !== undefined) {
      const np = join(how.root, 'etc/netplan');
      const netplan = isDirectory(diskHost, np)
        ? diskHost
            .readdir(np)
            .filter((f) => /\.ya?ml$/.test(f))
            .sort()
            .map((f) => join(np, f))
        : [];
      facts.host = loadHostContext({ netplan, defaults: join(how.root, 'etc/default/isc-dhcp-server') }, fs, onRefused);
    } else if (how.host) {
      // Named in the rc file: read where they are, through the safe reader.
      facts.host = loadHostContext(how.host, disk, onRefused);
    }
    servers.push({ name, config, facts, refusedHostFiles: refused.length ? refused : undefined });
  };
  for (const note of found.notes) errors.push(note);
  for (const folder of found.empty)
    errors.push(
      `${pathExcerpt(folder, 400)}: no dhcpd configuration found (no etc/dhcp/dhcpd.conf, no dhcpd config among the *.conf files, no servers manifest)`,
    );
  const manifest = [...(settings.servers ?? [])];
  for (const m of found.servers) if (!manifest.some((x) => x.config === m.config)) manifest.push(m);
  // Manifest servers first, when a path given covers them.
  const under = (dir: string, p: string) => p.startsWith(dir.replace(/\/?$/, '/'));
  for (const m of manifest) {
    if (paths.length && !paths.some((p) => p === m.config || under(p, m.config))) continue;
    yield* add(m.config, m.name, { named: true, host: { netplan: m.netplan ?? [], defaults: m.defaults } });
  }
  // Servers are named short in messages ("the partner (secondary.conf)", "(serv2)"): a loose
  // config by its file name, a server root by its folder's name, unless two share one (then the
  // whole path); manifest servers by their manifest name.
  const baseCount = new Map<string, number>();
  for (const p of found.paths) baseCount.set(basename(p), (baseCount.get(basename(p)) ?? 0) + 1);
  const looseName = (p: string) => (baseCount.get(basename(p)) === 1 ? basename(p) : p.replace(/\/$/, ''));
  for (const p of found.paths) {
    if (diskHost.stat(p) === undefined) {
      // An editor buffer that was never saved still lints through the overlay file system.
      if (disk.readFile(p) !== undefined) yield* add(p, looseName(p), { named: true });
      else errors.push(`${pathExcerpt(p, 400)}: no such file or directory`);
      continue;
    }
    if (isDirectory(diskHost, p)) yield* add(join(p, 'etc/dhcp/dhcpd.conf'), looseName(p), { root: p });
    else {
      const folder = found.foundIn.get(p);
      yield* add(p, looseName(p), folder === undefined ? { named: true } : { folder }); // a FIFO or device is refused by the reader, with its kind
    }
  }
  // A config found on its own that another server includes (failover.conf beside dhcpd.conf) is
  // part of that server, not a server of its own.
  const included = new Set<string>();
  for (const s of servers) for (const f of s.config.files) if (f !== s.config.main) included.add(f.uri);
  return { servers: servers.filter((s) => !included.has(s.config.main.uri)), errors, pairs: found.pairs };
}
