// The read sandbox (issue #14): nothing outside a server root (or outside a loose config's folder,
// include maps and readRoots) is read or echoed, only regular files are read, a size cap and a
// binary check come first, includes are followed 200 deep, and a run survives 130,000 diagnostics.
// A canary file with a random token sits beside the server root: its token must never appear in
// any output, and the file system given to the linter must never be asked for it.
import { spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveIncludePath, type FileSystem } from '@dhcplint/parser';
import { LintSession, lintPaths, nodeFs, type LintSettings } from '@dhcplint/linter';
import { readConfigFile } from '../src/io/read.js';
import { diskFs } from '../src/model/config.js';
import { readRcFile, settingsFromRc } from '../src/config-file.js';

const cli = new URL('../bin/dhcplint.js', import.meta.url).pathname;
let base: string;
let canary: string;
let token: string;

/** Writes a file (creating its folders) and returns its path. */
function write(path: string, text: string | Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** A fresh server root under `base` whose dhcpd.conf holds `conf`. */
function serverRoot(name: string, conf: string): string {
  const root = join(base, name);
  write(join(root, 'etc/dhcp/dhcpd.conf'), conf);
  return root;
}

/** The disk (with the settings' size cap), recording every path the linter asks for. */
function spyFs(settings: LintSettings): { fs: FileSystem; asked: string[] } {
  const disk = settings.maxFileSize === undefined ? nodeFs : diskFs({ maxFileSize: settings.maxFileSize });
  const asked: string[] = [];
  return {
    asked,
    fs: {
      readFile: (p) => (asked.push(p), disk.readFile(p)),
      read: (p) => (asked.push(p), disk.read!(p)),
    },
  };
}

/** Whether a path asked for is the canary (by name or after resolving symlinks). */
function isCanary(p: string): boolean {
  try {
    return realpathSync(p) === realpathSync(canary);
  } catch {
    return p === canary;
  }
}

/** Lints through a spying file system; checks the canary was neither asked for nor echoed. */
function lintSafely(paths: string[], settings: LintSettings = {}) {
  const spy = spyFs(settings);
  const result = lintPaths(paths, settings, new LintSession({ fs: spy.fs }));
  expect(spy.asked.filter(isCanary)).toEqual([]);
  expect(JSON.stringify(result)).not.toContain(token);
  return { result, asked: spy.asked, ids: result.diagnostics.map((d) => d.ruleId) };
}

function run(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 30_000, cwd: opts.cwd ?? base, input: '' });
  // A timeout (a regression that blocks on a FIFO or reads /dev/zero forever) fails here instead of hanging.
  expect(r.signal, `dhcplint ${args.join(' ')} was killed (timeout)`).toBeNull();
  return r;
}

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'dhcplint-sandbox-')));
  token = `CANARY${randomBytes(12).toString('hex')}`;
  canary = write(join(base, 'canary.conf'), `${token} ${token};\n`);
  if (!existsSync(cli)) throw new Error('run `npm run build` first: the CLI tests run the built bundle');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('include paths inside a server root', () => {
  it('normalises absolute paths before joining the root: .. stops at the root', () => {
    expect(resolveIncludePath('/../../../../etc/passwd', '/r/etc/dhcp/dhcpd.conf', { root: '/r' })).toBe(
      '/r/etc/passwd',
    );
    expect(resolveIncludePath('/etc/dhcp/../../../x', '/r/etc/dhcp/dhcpd.conf', { root: '/r' })).toBe('/r/x');
    expect(resolveIncludePath('/etc/dhcp/../../../../x', '/c/a.conf', { pathMap: { '/etc/dhcp': '/m' } })).toBe('/x');
  });

  it('/../../../../<canary> reads the file of that name inside the root, never the canary', () => {
    const root = serverRoot('abs-escape', `include "/../../../../..${canary}";\n`);
    const { result, ids } = lintSafely([root]);
    expect(ids).toEqual(['include-missing']);
    expect(result.diagnostics[0]!.message).toContain(`looked for ${root}${canary}`);
  });

  it('/etc/dhcp/../../.. stays in the root', () => {
    const root = serverRoot('dotdot-escape', `include "/etc/dhcp/../../../../../..${canary}";\n`);
    expect(lintSafely([root]).ids).toEqual(['include-missing']);
  });

  it('a relative include climbing out of the root is refused and named as written', () => {
    const root = serverRoot('relative-escape', 'include "../../../canary.conf";\n');
    const { result } = lintSafely([root]);
    const refused = result.diagnostics.filter((d) => d.ruleId === 'read-refused');
    expect(refused.map((d) => d.message)).toEqual([
      'Included file not read: ../../../canary.conf is outside the server root.',
    ]);
    expect(result.diagnostics.some((d) => d.ruleId === 'include-missing')).toBe(false);
  });

  it('a symlink inside the root leading out (to a file or a folder) is refused; one staying inside is followed', () => {
    const root = serverRoot(
      'symlink-escape',
      'include "/etc/dhcp/link.conf";\ninclude "/etc/dhcp/out/canary.conf";\ninclude "/etc/dhcp/active.conf";\n',
    );
    symlinkSync(canary, join(root, 'etc/dhcp/link.conf'));
    symlinkSync(base, join(root, 'etc/dhcp/out'));
    write(join(root, 'etc/dhcp/real/hosts.conf'), 'default-lease-time 600;\n');
    symlinkSync(join(root, 'etc/dhcp/real/hosts.conf'), join(root, 'etc/dhcp/active.conf'));
    const { result } = lintSafely([root]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['read-refused', 'Included file not read: /etc/dhcp/link.conf is a symlink leading outside the server root.'],
      [
        'read-refused',
        'Included file not read: /etc/dhcp/out/canary.conf is a symlink leading outside the server root.',
      ],
    ]);
    expect(result.files).toContain(join(root, 'etc/dhcp/active.conf'));
  });

  it('the main dhcpd.conf of a root is confined too', () => {
    const root = join(base, 'main-escape');
    mkdirSync(join(root, 'etc/dhcp'), { recursive: true });
    symlinkSync(canary, join(root, 'etc/dhcp/dhcpd.conf'));
    const { result } = lintSafely([root]);
    expect(result.errors).toEqual([`${join(root, 'etc/dhcp/dhcpd.conf')}: a symlink leading outside the server root`]);
  });

  it('symlinked netplan and defaults files leading out are refused, their values never read', () => {
    const root = serverRoot('host-escape', 'default-lease-time 600;\n');
    mkdirSync(join(root, 'etc/netplan'), { recursive: true });
    mkdirSync(join(root, 'etc/default'), { recursive: true });
    symlinkSync(canary, join(root, 'etc/netplan/01-netcfg.yaml'));
    symlinkSync(canary, join(root, 'etc/default/isc-dhcp-server'));
    const { result } = lintSafely([root]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.uri])).toEqual([
      ['read-refused', join(root, 'etc/default/isc-dhcp-server')],
      ['read-refused', join(root, 'etc/netplan/01-netcfg.yaml')],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      `Host file not read: ${join(root, 'etc/default/isc-dhcp-server')} is a symlink leading outside the server root.`,
    );
  });
});

describe('includes of loose config files', () => {
  it('are confined to the config folder tree; readRoots and include maps widen it', () => {
    const loose = write(join(base, 'loose/dhcpd.conf'), `include "${canary}";\ninclude "sub/hosts.conf";\n`);
    write(join(base, 'loose/sub/hosts.conf'), 'default-lease-time 600;\n');
    const { result } = lintSafely([loose]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'read-refused').map((d) => d.message)).toEqual([
      `Included file not read: ${canary} is outside the config's folder (allow more with readRoots or --allow-read).`,
    ]);
    expect(result.files).toContain(join(base, 'loose/sub/hosts.conf'));

    // Allowed explicitly: the token is read (as an unknown statement), which shows the allow-list is what refused it.
    const allowed = lintPaths([loose], { readRoots: [base] });
    expect(allowed.diagnostics.some((d) => d.ruleId === 'read-refused')).toBe(false);
    expect(JSON.stringify(allowed.diagnostics)).toContain(token);
    const mapped = lintPaths([write(join(base, 'loose2/dhcpd.conf'), 'include "/etc/dhcp/canary.conf";\n')], {
      includeMap: { '/etc/dhcp': base },
    });
    expect(mapped.diagnostics.some((d) => d.ruleId === 'read-refused')).toBe(false);
    expect(mapped.files).toContain(canary);
  });
});

describe('only regular files, under a size cap, without NUL bytes', () => {
  it('the reader refuses devices, FIFOs, folders, files over the cap and binary files', () => {
    const fifo = join(base, 'reader.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(readConfigFile('/dev/zero')).toEqual({ refused: 'not a regular file (character device)' });
    expect(readConfigFile('/dev/urandom')).toEqual({ refused: 'not a regular file (character device)' });
    expect(readConfigFile(fifo)).toEqual({ refused: 'not a regular file (FIFO)' });
    expect(readConfigFile(base)).toEqual({ refused: 'not a regular file (directory)' });
    expect(readConfigFile(join(base, 'nothing-here'))).toEqual({ missing: true });
    const big = write(join(base, 'big.conf'), 'x'.repeat(101));
    expect(readConfigFile(big, { maxFileSize: 100 })).toEqual({
      refused: 'larger than 100 bytes (the maxFileSize limit)',
    });
    expect(readConfigFile(big, { maxFileSize: 101 })).toMatchObject({ text: 'x'.repeat(101) });
    expect(readConfigFile(write(join(base, 'bin.conf'), Buffer.from([0x61, 0x00, 0x62])))).toEqual({
      refused: 'a binary file (it holds NUL bytes)',
    });
    expect(readConfigFile(write(join(base, 'latin1.conf'), Buffer.from([0x23, 0xe9, 0x0a])))).toEqual({
      text: '#é\n',
      encoding: 'latin1',
    });
  });

  // Devices and FIFOs as includes are tested through the CLI (below): in-process, a regression would block the test run.
  it('large and binary files as includes are refused', () => {
    const root = serverRoot(
      'specials',
      ['big.conf', 'bin.conf', 'ok.conf'].map((f) => `include "/etc/dhcp/${f}";\n`).join(''),
    );
    write(join(root, 'etc/dhcp/big.conf'), `# ${'x'.repeat(2000)}\n`);
    write(join(root, 'etc/dhcp/bin.conf'), Buffer.from('default-lease-time 600;\0\n'));
    write(join(root, 'etc/dhcp/ok.conf'), 'default-lease-time 600;\n');
    const { result } = lintSafely([root], { maxFileSize: 1000 });
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['read-refused', 'Included file not read: /etc/dhcp/big.conf is larger than 1000 bytes (the maxFileSize limit).'],
      ['read-refused', 'Included file not read: /etc/dhcp/bin.conf is a binary file (it holds NUL bytes).'],
    ]);
    expect(result.files).toContain(join(root, 'etc/dhcp/ok.conf'));
  });
});

describe('include depth', () => {
  /** A root whose dhcpd.conf starts a chain of `levels` nested includes. */
  const chain = (name: string, levels: number) => {
    const file = (i: number) => (i === 0 ? 'etc/dhcp/dhcpd.conf' : `etc/dhcp/chain/${i}.conf`);
    const root = join(base, name);
    for (let i = 0; i < levels; i++) write(join(root, file(i)), `include "/${file(i + 1)}";\n`);
    write(join(root, file(levels)), 'default-lease-time 600;\n');
    return root;
  };

  it('follows 200 nested includes (dhcpd accepts them)', () => {
    const { result } = lintSafely([chain('depth200', 200)]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toHaveLength(201);
  });

  it('reports 250 under include-depth, once, at the 201st include', () => {
    const root = chain('depth250', 250);
    const { result } = lintSafely([root]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.uri])).toEqual([
      ['include-depth', join(root, 'etc/dhcp/chain/200.conf')],
    ]);
    expect(result.files).toHaveLength(201);
  });
});

describe('the rc file keys', () => {
  it('maxFileSize and readRoots are read, checked and resolved against the rc folder', () => {
    const rc = write(
      join(base, 'rc/.dhcplintrc.json'),
      JSON.stringify({ maxFileSize: 5000, readRoots: ['../shared'] }),
    );
    expect(settingsFromRc(readRcFile(rc), dirname(rc))).toMatchObject({
      maxFileSize: 5000,
      readRoots: [join(base, 'shared')],
    });
    expect(() => readRcFile(write(join(base, 'rc/bad.json'), '{"maxFileSize": -1}'))).toThrow(/maxFileSize/);
    expect(() => readRcFile('/dev/zero')).toThrow(
      'cannot read config file /dev/zero: it is not a regular file (character device)',
    );
  });
});

describe('size', () => {
  it('lints a config with 130,000 diagnostics through lintPaths', () => {
    const file = write(join(base, 'many/dhcpd.conf'), 'ddns-update-style ad-hoc;\n'.repeat(130_000));
    const result = lintPaths([file]);
    expect(result.internalErrors).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'deprecated-statement')).toHaveLength(130_000);
  }, 120_000);
});

describe('the CLI', () => {
  it('never prints the canary, in stylish, json or sarif', () => {
    const root = serverRoot(
      'cli-escapes',
      [
        `include "/../../../../..${canary}";`,
        'include "../../../canary.conf";',
        'include "/etc/dhcp/link.conf";',
        '',
      ].join('\n'),
    );
    symlinkSync(canary, join(root, 'etc/dhcp/link.conf'));
    mkdirSync(join(root, 'etc/netplan'));
    symlinkSync(canary, join(root, 'etc/netplan/01.yaml'));
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run(['-f', format, root]);
      expect(r.stdout + r.stderr).not.toContain(token);
      expect(r.stdout).toContain('read-refused');
      expect(r.status).toBe(1);
    }
  });

  it('refuses /dev/zero, /dev/urandom, a FIFO and /dev/stdin as paths, one error line each, exit 2', () => {
    const fifo = join(base, 'cli.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [path, kind] of [
      ['/dev/zero', 'character device'],
      ['/dev/urandom', 'character device'],
      [fifo, 'FIFO'],
      ['/dev/stdin', ''],
    ] as const) {
      const r = run([path]);
      expect(r.status).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l.includes(path));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^dhcplint: ${path}: not a regular file \\(${kind || '[a-zA-Z ]+'}\\)$`));
    }
  });

  it('refuses /dev/zero, a FIFO and /dev/stdin as -c, exit 2', () => {
    const fifo = join(base, 'rc.fifo');
    execFileSync('mkfifo', [fifo]);
    const conf = write(join(base, 'plain/dhcpd.conf'), 'default-lease-time 600;\n');
    for (const path of ['/dev/zero', fifo, '/dev/stdin']) {
      const r = run(['-c', path, conf]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`cannot read config file ${path}: it is not a regular file`);
    }
  });

  it('refuses a FIFO included in a root, and /dev/zero, /dev/urandom, /dev/stdin included where /dev is allowed (rc readRoots)', () => {
    const root = serverRoot('cli-fifo', 'include "/etc/dhcp/fifo.conf";\n');
    execFileSync('mkfifo', [join(root, 'etc/dhcp/fifo.conf')]);
    const dir = join(base, 'cli-devs');
    write(join(dir, '.dhcplintrc.json'), JSON.stringify({ readRoots: ['/dev'] }));
    const conf = write(
      join(dir, 'dhcpd.conf'),
      'include "/dev/zero";\ninclude "/dev/urandom";\ninclude "/dev/stdin";\n',
    );
    const r = run(['-f', 'json', root, conf], { cwd: dir });
    expect(r.status).toBe(1);
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap(
      (f) => f.messages,
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['read-refused', 'read-refused', 'read-refused', 'read-refused']);
    expect(messages.map((m) => m.message)).toContain(
      'Included file not read: /etc/dhcp/fifo.conf is not a regular file (FIFO).',
    );
    expect(messages.map((m) => m.message)).toContain(
      'Included file not read: /dev/zero is not a regular file (character device).',
    );
  });
});
