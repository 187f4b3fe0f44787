// A server's reads are confined to its root through the session's DiskHost (issue #16): the
// symlink checks ask the host, never node:fs behind its back, and still refuse a link out.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileSystem } from '@dhcplint/parser';
import { LintSession, nodeDisk, type DiskHost, type PathStat } from '@dhcplint/linter';

const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-confinement-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MAIN = 'include "/etc/dhcp/inc.conf";\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\n';
const INC = 'default-lease-time 600;\n';

/** A server root on disk whose dhcpd.conf includes etc/dhcp/inc.conf, made by `makeInclude`. */
function serverRoot(name: string, makeInclude: (path: string) => void): string {
  const root = join(tmp, name);
  mkdirSync(join(root, 'etc/dhcp'), { recursive: true });
  writeFileSync(join(root, 'etc/dhcp/dhcpd.conf'), MAIN);
  makeInclude(join(root, 'etc/dhcp/inc.conf'));
  return root;
}

/** The disk, with every realpath and readdir it is asked for recorded. */
function spyingDisk(): { disk: DiskHost; realpaths: string[]; listed: string[] } {
  const realpaths: string[] = [];
  const listed: string[] = [];
  const disk: DiskHost = {
    ...nodeDisk,
    realpath: (p) => (realpaths.push(p), nodeDisk.realpath(p)),
    readdir: (p) => (listed.push(p), nodeDisk.readdir(p)),
  };
  return { disk, realpaths, listed };
}

const readRefusals = (r: ReturnType<LintSession['check']>) =>
  r.diagnostics.filter((d) => d.ruleId === 'read-refused').map((d) => d.message);

describe('confinement through the session DiskHost', () => {
  it("resolves an include's symlinks through the host the session is given", () => {
    const root = serverRoot('plain', (p) => writeFileSync(p, INC));
    const spy = spyingDisk();
    const result = new LintSession({ disk: spy.disk }).check([root]);
    expect(readRefusals(result)).toEqual([]);
    expect(result.servers[0]?.config.files.map((f) => f.uri)).toContain(join(root, 'etc/dhcp/inc.conf'));
    expect(spy.realpaths).toContain(join(root, 'etc/dhcp/inc.conf'));
    expect(spy.realpaths).toContain(root);
  });

  it('refuses what an in-memory host says leads out of the root, without reading it', () => {
    // Nothing of this exists on the real disk: only the host knows that inc.conf is a link out.
    const files: Record<string, string> = {
      '/virtual/root/etc/dhcp/dhcpd.conf': MAIN,
      '/virtual/root/etc/dhcp/inc.conf': INC,
    };
    const read: string[] = [];
    const fs: FileSystem = { readFile: (p) => (read.push(p), files[p]) };
    const folder = (p: string) => Object.keys(files).some((f) => f.startsWith(`${p}/`));
    const stat = (p: string): PathStat | undefined =>
      p in files
        ? { isFile: () => true, isDirectory: () => false, mtimeMs: 0, size: files[p]?.length ?? 0 }
        : folder(p)
          ? { isFile: () => false, isDirectory: () => true, mtimeMs: 0, size: 0 }
          : undefined;
    const disk: DiskHost = {
      stat,
      readdir: (p) => [
        ...new Set(
          Object.keys(files)
            .filter((f) => f.startsWith(`${p}/`))
            .map((f) => f.slice(p.length + 1).split('/')[0] ?? ''),
        ),
      ],
      realpath: (p) => (p === '/virtual/root/etc/dhcp/inc.conf' ? '/elsewhere/inc.conf' : stat(p) && p),
      sniff: () => true,
    };
    const result = new LintSession({ fs, disk }).check(['/virtual/root']);
    expect(readRefusals(result)).toEqual([expect.stringContaining('a symlink leading outside the server root')]);
    expect(read).not.toContain('/virtual/root/etc/dhcp/inc.conf');
  });

  it('still refuses a real symlink escaping the root, and names a dangling one', () => {
    const outside = join(tmp, 'outside.conf');
    writeFileSync(outside, 'this is not read;\n');
    const escaping = serverRoot('escaping', (p) => symlinkSync(outside, p));
    const dangling = serverRoot('dangling', (p) => symlinkSync(join(tmp, 'nothing-here.conf'), p));
    const spy = spyingDisk();
    const session = new LintSession({ disk: spy.disk });
    expect(readRefusals(session.check([escaping]))).toEqual([
      expect.stringContaining('a symlink leading outside the server root'),
    ]);
    expect(readRefusals(session.check([dangling]))).toEqual([
      expect.stringContaining('a symlink that cannot be resolved'),
    ]);
    // The dangling link is told from a missing file by its folder's listing, through the host.
    expect(spy.listed).toContain(join(dangling, 'etc/dhcp'));
  });
});
