// The LintSession (issue #16): one object runs discovery, reading, parsing, facts, rules and
// pairing, reads only through the file system and disk host it is given, reads each rc file once
// per check, and keeps (and forgets) its caches between checks.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileSystem } from '@dhcplint/parser';
import { LintSession, lintPaths, memoryFs, nodeFs, type DiskHost, type PathStat } from '@dhcplint/linter';

const FIXTURES = new URL('../../../test-fixtures/deployment/', import.meta.url).pathname;

/** Every file under a folder, by path relative to it. */
function filesUnder(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, filesUnder(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

/** A file system and disk host over an in-memory tree: nothing of it exists on the real disk. */
function memoryTree(files: Record<string, string>): { fs: FileSystem; disk: DiskHost; asked: string[] } {
  const asked: string[] = [];
  const isDir = (p: string) => Object.keys(files).some((f) => f.startsWith(`${p.replace(/\/$/, '')}/`));
  const stat = (p: string): PathStat | undefined => {
    asked.push(p);
    if (p in files) return { isFile: () => true, isDirectory: () => false, mtimeMs: 0, size: files[p]!.length };
    return isDir(p) ? { isFile: () => false, isDirectory: () => true, mtimeMs: 0, size: 0 } : undefined;
  };
  const disk: DiskHost = {
    stat,
    readdir: (p) => [
      ...new Set(
        Object.keys(files)
          .filter((f) => f.startsWith(`${p}/`))
          .map((f) => f.slice(p.length + 1).split('/')[0]!),
      ),
    ],
    realpath: (p) => (stat(p) ? p : undefined),
    sniff: (p) => /failover peer|subnet /.test(files[p] ?? ''),
  };
  return { fs: { readFile: (p) => (asked.push(p), files[p]) }, disk, asked };
}

const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-session-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('LintSession', () => {
  it('checks a failover pair that exists only in the file system and disk host it is given', () => {
    const files: Record<string, string> = {};
    for (const [rel, text] of Object.entries(filesUnder(FIXTURES))) files[join('/virtual', rel)] = text;
    // One difference between the halves, so the pair rules have something to say.
    files['/virtual/serv2/etc/dhcp/dhcpd.conf'] = files['/virtual/serv2/etc/dhcp/dhcpd.conf']!.replace(
      'default-lease-time 3600;',
      'default-lease-time 600;',
    );
    const tree = memoryTree(files);
    const result = new LintSession({ fs: tree.fs, disk: tree.disk }).check(['/virtual/serv1', '/virtual/serv2']);
    expect(result.errors).toEqual([]);
    expect(result.pairs.map((p) => [p.a.name, p.b.name])).toEqual([['serv1', 'serv2']]);
    const leaseTime = result.diagnostics.find(
      (d) => d.ruleId.startsWith('pair-') && d.message.includes('default-lease-time'),
    );
    expect(leaseTime && [relative('/virtual', leaseTime.uri), leaseTime.message]).toEqual([
      'serv1/etc/dhcp/dhcpd.conf',
      expect.stringContaining('600'),
    ]);
    // What it looked at is the virtual tree, and the rc files looked for above it.
    expect(tree.asked.length).toBeGreaterThan(5);
    expect(tree.asked.filter((p) => !p.startsWith('/virtual/') && p !== '/.dhcplintrc.json')).toEqual([]);
  });

  it('reads each rc file once per check, however many steps ask for it', () => {
    const root = join(tmp, 'flat');
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'a_dhcpd.conf'),
      'failover peer "fo" { primary; address 10.0.0.1; peer address 10.0.0.2; }\n',
    );
    writeFileSync(
      join(root, 'b_dhcpd.conf'),
      'failover peer "fo" { secondary; address 10.0.0.2; peer address 10.0.0.1; }\n',
    );
    const rc = join(root, '.dhcplintrc.json');
    writeFileSync(rc, JSON.stringify({ servers: { a: { config: 'a_dhcpd.conf' }, b: { config: 'b_dhcpd.conf' } } }));
    const asked: string[] = [];
    const fs: FileSystem = {
      readFile: (p) => (asked.push(p), nodeFs.readFile(p)),
      read: (p) => (asked.push(p), nodeFs.read!(p)),
    };
    const session = new LintSession({ fs, incremental: true });
    for (let check = 1; check <= 2; check++) {
      session.startCheck();
      // A front reading the rc for its settings (the language server does), then the check's discovery.
      session.readRc(session.findRc(root)!);
      const result = session.check([root, join(root, 'a_dhcpd.conf')]);
      expect(result.servers.map((s) => s.name).sort()).toEqual(['a', 'b']);
      expect(asked.filter((p) => p === rc)).toHaveLength(check);
    }
  });

  it('keeps facts of unchanged servers between checks, and forgets servers that are gone', () => {
    const dir = join(tmp, 'keep');
    const one = join(dir, 'one/dhcpd.conf');
    const two = join(dir, 'two/dhcpd.conf');
    for (const p of [one, two]) {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, 'default-lease-time 600;\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\n');
    }
    const session = new LintSession({ incremental: true });
    const first = session.check([one, two]);
    const second = session.check([one, two]);
    expect(second.servers[0]!.facts).toBe(first.servers[0]!.facts);
    expect([...session.caches!.servers.keys()].sort()).toEqual([one, two]);
    session.check([one]);
    expect([...session.caches!.servers.keys()]).toEqual([one]);
    expect([...session.caches!.parse.keys()]).toEqual([one]);
  });

  it('gives lintPaths the same result as a session check', () => {
    const paths = [join(FIXTURES, 'serv1'), join(FIXTURES, 'serv2')];
    const pick = (r: ReturnType<typeof lintPaths>) =>
      JSON.stringify([r.diagnostics, r.files, r.errors, r.internalErrors]);
    const checked = new LintSession().check(paths);
    expect(checked.pairs).toHaveLength(1);
    expect(checked.files.length).toBeGreaterThan(3);
    expect(pick(lintPaths(paths))).toBe(pick(checked));
  });
});

describe('settings are plain user data', () => {
  it('refuses a file system or cache passed to a session in the settings, which would silently read the real disk instead', () => {
    expect(() => new LintSession().loadServers(['/fuzz/dhcpd.conf'], { fs: nodeFs } as never)).toThrow(/LintSession/);
    expect(() => new LintSession().check(['/fuzz/dhcpd.conf'], { statementCache: new Map() } as never)).toThrow(
      /statementCache/,
    );
  });

  it('the one-call functions refuse a file system in the settings too (they run on a session), and read through a session given one', () => {
    const fs = memoryFs({ '/fuzz/dhcpd.conf': 'default-lease-time ten;\n' });
    expect(() => lintPaths(['/fuzz/dhcpd.conf'], { fs } as never)).toThrow(/LintSession/);
    const result = lintPaths(['/fuzz/dhcpd.conf'], {}, new LintSession({ fs }));
    expect(result.errors).toEqual([]);
    expect(result.diagnostics.map((d) => [d.uri, d.ruleId])).toEqual([['/fuzz/dhcpd.conf', 'invalid-value']]);
  });
});
