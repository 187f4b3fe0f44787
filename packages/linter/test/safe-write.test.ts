// Writes that cannot lose data (issue #14): `--fix` and `fmt --write` fix each real file once, from
// the text that was checked, keep its bytes and encoding, its mode and its links, and refuse rather
// than guess. The CLI cases run the built bundle (`npm run build` first).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { format } from '@dhcplint/parser';
import { lintServers, loadServers } from '../src/engine.js';
import { applyFixes, fixFiles, lintedTexts } from '../src/io/apply-fixes.js';
import { writeFileAtomic } from '../src/io/write.js';
import type { Diagnostic } from '../src/types.js';
import { repoRoot } from '../../../scripts/test/corpus.js';

const bin = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const run = (args: string[], cwd = repoRoot) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
const runBytes = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhcplint-write-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** dhcpd's verdict on a config (true: accepted), or undefined when dhcpd is not installed. */
function dhcpdAccepts(file: string): boolean | undefined {
  const probe = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    console.warn('dhcpd is not installed: the dhcpd -t checks of safe-write.test.ts are skipped');
    return undefined;
  }
  const dir = tempDir();
  writeFileSync(join(dir, 'x.leases'), '');
  return (
    spawnSync('dhcpd', ['-t', '-4', '-cf', file, '-lf', join(dir, 'x.leases'), '-pf', join(dir, 'x.pid')], {
      encoding: 'utf8',
    }).status === 0
  );
}

// dhcpd accepts this; every fix is a warning's (reversed ranges, repeated parameters). The
// removals shift everything after them, so fixes applied twice from stale offsets break the text.
const FIXABLE = `authoritative;
subnet 10.0.0.0 netmask 255.255.255.0 {
  range 10.0.0.200 10.0.0.100;
  option routers 10.0.0.1;
  option routers 10.0.0.1;
}
subnet 10.0.1.0 netmask 255.255.255.0 {
  range 10.0.1.90 10.0.1.10;
  default-lease-time 600;
  default-lease-time 600;
}
`;

/** The text `--fix` gives a standalone copy of `text` (fixed once, under one name). */
function fixedOnce(text: string, name = 'dhcpd.conf'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  run(['--fix', file]);
  return readFileSync(file, 'utf8');
}

describe('--fix on a file reached under two names', () => {
  it('fixes a symlinked config once and keeps the symlink (dhcpd -t still accepts it)', () => {
    const expected = fixedOnce(FIXABLE);
    expect(expected).not.toBe(FIXABLE);
    const dir = tempDir();
    const conf = join(dir, 'dhcpd.conf');
    writeFileSync(conf, FIXABLE);
    symlinkSync('dhcpd.conf', join(dir, 'dhcpd-active.conf'));
    const r = run(['--fix', join(dir, 'dhcpd.conf'), join(dir, 'dhcpd-active.conf')]);
    expect(r.stderr).toMatch(/^dhcplint: checked [^\n]*\n$/); // the summary, nothing refused
    expect(readFileSync(conf, 'utf8')).toBe(expected);
    expect(lstatSync(join(dir, 'dhcpd-active.conf')).isSymbolicLink()).toBe(true);
    const before = join(dir, 'before.conf');
    writeFileSync(before, FIXABLE);
    if (dhcpdAccepts(before) === true) expect(dhcpdAccepts(conf)).toBe(true);
  });

  it('fixes a symlink given alone by replacing its target', () => {
    const expected = fixedOnce(FIXABLE);
    const dir = tempDir();
    writeFileSync(join(dir, 'dhcpd.conf'), FIXABLE);
    symlinkSync('dhcpd.conf', join(dir, 'dhcpd-active.conf'));
    const before = statSync(join(dir, 'dhcpd.conf')).ino;
    run(['--fix', join(dir, 'dhcpd-active.conf')]);
    expect(lstatSync(join(dir, 'dhcpd-active.conf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'dhcpd.conf'), 'utf8')).toBe(expected);
    // Replaced by a rename (not written in place), and still the file the link names.
    expect(statSync(join(dir, 'dhcpd.conf')).ino).not.toBe(before);
  });

  it('neither reads nor fixes an include symlinked into both server roots from outside them', () => {
    // A server root is a sandbox: a link that leaves it is refused, so a shared file outside both
    // roots cannot be fixed twice (or at all) through them.
    const shared =
      'subnet 10.99.0.0 netmask 255.255.255.0 {\n  range 10.99.0.90 10.99.0.10;\n  option routers 10.99.0.1;\n  option routers 10.99.0.1;\n}\n';
    const dir = tempDir();
    cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/shared.conf'), shared);
    for (const s of ['serv1', 'serv2']) {
      symlinkSync('../../../shared/shared.conf', join(dir, s, 'etc/dhcp/shared.conf'));
      const main = join(dir, s, 'etc/dhcp/dhcpd.conf');
      writeFileSync(main, `${readFileSync(main, 'utf8')}include "/etc/dhcp/shared.conf";\n`);
    }
    const r = run(['--fix', '--format', 'json', join(dir, 'serv1'), join(dir, 'serv2')]);
    expect(readFileSync(join(dir, 'shared/shared.conf'), 'utf8')).toBe(shared);
    const rules = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) =>
      f.messages.map((m) => m.ruleId),
    );
    expect(rules.filter((id) => id === 'read-refused')).toHaveLength(2);
    for (const s of ['serv1', 'serv2'])
      expect(lstatSync(join(dir, s, 'etc/dhcp/shared.conf')).isSymbolicLink()).toBe(true);
  });

  it('leaves a hard-linked file alone, says why and exits 2', () => {
    const dir = tempDir();
    const a = join(dir, 'a.conf');
    writeFileSync(a, FIXABLE);
    linkSync(a, join(dir, 'b.conf'));
    for (const args of [
      ['--fix', a, join(dir, 'b.conf')],
      ['--fix', a],
      ['fmt', '--write', a],
    ]) {
      if (args[0] === 'fmt') writeFileSync(a, 'host a{fixed-address 10.0.0.1;}\n');
      const before = readFileSync(a);
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/a\.conf: has 2 hard links.*not (fixed|formatted)/);
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('dhcplint: checked ')),
      ).toHaveLength(1);
      expect(readFileSync(a).equals(before)).toBe(true);
      expect(statSync(a).ino).toBe(statSync(join(dir, 'b.conf')).ino);
    }
  });
});

describe('applyFixes (the text of --fix)', () => {
  const fix = (start: number, end: number, text: string, uri = 'a.conf'): Diagnostic =>
    ({
      ruleId: 'r',
      severity: 'error',
      message: 'm',
      uri,
      span: { start, end },
      range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
      fix: { span: { start, end }, text },
    }) as Diagnostic;

  it('applies each fix once (a file checked for two servers reports it twice), by position, and leaves overlapping ones for the next run', () => {
    const text = 'default-lease-time 600\nmax-lease-time 7200;\n';
    const semicolon = fix(22, 22, ';');
    const diagnostics = [
      fix(38, 42, '3600'),
      semicolon,
      { ...semicolon, uri: 'b.conf' },
      fix(39, 45, 'x'),
      { ...fix(0, 0, ''), fix: undefined },
    ];
    expect(applyFixes(text, diagnostics)).toEqual({
      text: 'default-lease-time 600;\nmax-lease-time 3600;\n',
      applied: 2,
    });
  });

  it('skips a fix past the end of the text (the file is shorter than when it was checked)', () => {
    expect(applyFixes('abc', [fix(1, 2, 'B'), fix(2, 10, 'x')])).toEqual({ text: 'aBc', applied: 1 });
  });
});

describe('fixFiles (the --fix procedure)', () => {
  const lint = (file: string) => {
    const { servers } = loadServers([file]);
    return { diagnostics: lintServers(servers).diagnostics, texts: lintedTexts(servers) };
  };

  it('leaves a file that changed between the check and the write alone, and names it', () => {
    const file = join(tempDir(), 'dhcpd.conf');
    writeFileSync(file, FIXABLE);
    const { diagnostics, texts } = lint(file);
    const edited = FIXABLE.replace('10.0.0.200 10.0.0.100', '10.0.0.150 10.0.0.160');
    const seen: string[] = [];
    const results = fixFiles(diagnostics, texts, {
      beforeWrite: (p) => {
        seen.push(p);
        writeFileSync(p, edited);
      },
    });
    expect(seen).toEqual([file]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(results).toEqual([
      { path: file, aliases: [], applied: 0, refused: 'changed since it was checked; not fixed' },
    ]);
  });

  it('writes when nothing changed meanwhile', () => {
    const file = join(tempDir(), 'dhcpd.conf');
    writeFileSync(file, FIXABLE);
    const { diagnostics, texts } = lint(file);
    const [result] = fixFiles(diagnostics, texts);
    expect(result).toMatchObject({ path: file, applied: 4 });
    expect(result!.refused).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(fixedOnce(FIXABLE));
  });

  it('does not write a fix that would add a syntax error', () => {
    const file = join(tempDir(), 'dhcpd.conf');
    writeFileSync(file, FIXABLE);
    const { texts } = lint(file);
    const close = FIXABLE.indexOf('}');
    const fake = (start: number, end: number, text: string): Diagnostic => ({
      ruleId: 'fake',
      severity: 'warning',
      message: 'fake',
      uri: file,
      span: { start, end },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fix: { span: { start, end }, text },
    });
    const [broken] = fixFiles([fake(close, close + 1, '')], texts);
    expect(broken!.refused).toMatch(/^the fixes would add a syntax error \(.+\); not fixed$/);
    expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
    // The same path with a harmless fix is written: the check is about the new error, not the file.
    const [harmless] = fixFiles([fake(0, 'authoritative'.length, 'not authoritative')], texts);
    expect(harmless!.refused).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(`not ${FIXABLE}`);
  });
});

describe('bytes, mode and owner survive', () => {
  const e9 = (s: string) => Buffer.from(s, 'latin1'); // one byte per character: 'é' is 0xE9

  it('--fix keeps Latin-1 bytes outside the fixed span', () => {
    const file = join(tempDir(), 'dhcpd.conf');
    const input = e9(
      '# réseau du café\noption domain-name "café.example";\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.90 10.0.0.10; # déjà\n}\n',
    );
    writeFileSync(file, input);
    expect(input.includes(0xe9)).toBe(true);
    run(['--fix', file]);
    const expected = e9(
      '# réseau du café\noption domain-name "café.example";\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.90; # déjà\n}\n',
    );
    expect(readFileSync(file).equals(expected)).toBe(true);
  });

  it('fmt --write and fmt (stdout) keep Latin-1 bytes', () => {
    const file = join(tempDir(), 'dhcpd.conf');
    const text = '# réseau\noption domain-name "café";\nhost a{fixed-address 10.0.0.1; # déjà\n}\n';
    writeFileSync(file, e9(text));
    const expected = e9(format(text));
    expect(expected.equals(e9(text))).toBe(false);
    expect(runBytes(['fmt', file]).stdout.equals(expected)).toBe(true);
    expect(run(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(file).equals(expected)).toBe(true);
  });

  it('--fix and fmt --write replace the file (new inode) with its mode and owner', () => {
    const dir = tempDir();
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) console.warn('not root: the owner part of safe-write.test.ts checks only the mode');
    for (const args of [['--fix'], ['fmt', '--write']]) {
      const file = join(dir, `${args[0]}.conf`);
      writeFileSync(file, args[0] === 'fmt' ? 'host a{fixed-address 10.0.0.1;}\n' : FIXABLE);
      chmodSync(file, 0o640);
      if (asRoot) chownSync(file, 4321, 4322);
      const before = statSync(file);
      run([...args, file]);
      const after = statSync(file);
      expect(readFileSync(file, 'utf8'), args.join(' ')).not.toBe(
        args[0] === 'fmt' ? 'host a{fixed-address 10.0.0.1;}\n' : FIXABLE,
      );
      expect(after.ino).not.toBe(before.ino);
      expect(after.mode & 0o7777).toBe(0o640);
      if (asRoot) expect([after.uid, after.gid]).toEqual([4321, 4322]);
    }
    expect(readdirSync(dir).sort()).toEqual(['--fix.conf', 'fmt.conf']); // no temp files left
  });
});

describe('writeFileAtomic', () => {
  it('creates a new file, follows a dangling symlink, and replaces a symlink target', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'new.txt'), Buffer.from('one'));
    expect(readFileSync(join(dir, 'new.txt'), 'utf8')).toBe('one');
    symlinkSync('target.txt', join(dir, 'link.txt'));
    writeFileAtomic(join(dir, 'link.txt'), Buffer.from('two'));
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('two');
    writeFileAtomic(join(dir, 'link.txt'), Buffer.from('three'));
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('three');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'new.txt', 'target.txt']);
  });

  it('refuses a target that is not a regular file, or a folder it may not write, leaving nothing behind', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/inner'), 'x');
    // A folder in the way: the target is not a regular file.
    expect(() => writeFileAtomic(join(dir, 'sub'), Buffer.from('x'))).toThrow(/cannot write .*sub: not a regular file/);
    // A read-only folder (root ignores permissions, so only checked for other users).
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'sub'), 0o500);
      expect(() => writeFileAtomic(join(dir, 'sub/inner'), Buffer.from('y'))).toThrow(/cannot write .*inner: .*EACCES/);
      chmodSync(join(dir, 'sub'), 0o700);
    }
    expect(readdirSync(dir)).toEqual(['sub']);
    expect(readFileSync(join(dir, 'sub/inner'), 'utf8')).toBe('x');
    expect(existsSync(join(dir, 'sub'))).toBe(true);
  });

  it('-o writes the report atomically, and straight through to a device', () => {
    const dir = tempDir();
    const conf = join(dir, 'a.conf');
    writeFileSync(conf, FIXABLE);
    const report = join(dir, 'report.json');
    writeFileSync(report, 'old report');
    chmodSync(report, 0o600);
    const before = statSync(report).ino;
    const r = run(['-f', 'json', '-o', report, conf]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))[0].messages).toHaveLength(4);
    expect(statSync(report).ino).not.toBe(before);
    expect(statSync(report).mode & 0o777).toBe(0o600);
    expect(run(['-o', '/dev/null', conf]).status).toBe(0);
  });
});
