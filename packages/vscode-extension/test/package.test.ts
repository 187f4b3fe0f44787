import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { assert, beforeAll, describe, expect, it } from 'vitest';

const extDir = new URL('..', import.meta.url).pathname;
const repoRoot = join(extDir, '../..');

/** Entries of a zip file (a .vsix is one), read from its central directory. */
function readZip(path: string): Map<string, () => Buffer> {
  const buf = readFileSync(path);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('the .vsix', () => {
  let vsix: string;
  beforeAll(() => {
    vsix = join(mkdtempSync(join(tmpdir(), 'dhcplint-vsix-')), 'dhcplint-vscode.vsix');
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/@vscode/vsce/vsce'),
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '-o',
        vsix,
      ],
      { cwd: extDir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
  }, 150_000);

  it('holds the two bundles, grammars, snippets, docs and icon, and nothing from node_modules or sources', () => {
    const entries = readZip(vsix);
    const names = [...entries.keys()];
    for (const f of [
      'extension/dist/extension.cjs',
      'extension/dist/server.mjs',
      'extension/syntaxes/dhcpd.tmLanguage.json',
      'extension/syntaxes/dhcpd-leases.tmLanguage.json',
      'extension/snippets/dhcpd.json',
      'extension/language-configuration.json',
      'extension/images/icon.png',
      'extension/package.json',
      'extension.vsixmanifest',
    ])
      expect(names).toContain(f);
    expect(names.some((n) => /readme\.md$/i.test(n))).toBe(true);
    expect(names.some((n) => /changelog\.md$/i.test(n))).toBe(true);
    expect(names.some((n) => /license/i.test(n))).toBe(true);
    expect(
      names.filter((n) => n.includes('node_modules') || n.includes('/src/') || n.endsWith('.map') || n.endsWith('.ts')),
    ).toEqual([]);
    expect(statSync(vsix).size).toBeLessThan(2_000_000);
  });

  it('declares what the marketplace and VS Code need, matching the client library', () => {
    const entries = readZip(vsix);
    const read = (name: string): Buffer => {
      const entry = entries.get(name);
      assert(entry, `the .vsix holds ${name}`);
      return entry();
    };
    const manifest = JSON.parse(read('extension/package.json').toString('utf8'));
    const client = JSON.parse(readFileSync(join(repoRoot, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
    expect(manifest.engines.vscode).toBe(client.engines.vscode);
    const typesVersion = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules/@types/vscode/package.json'), 'utf8'),
    ).version;
    expect(manifest.engines.vscode).toBe(`^${typesVersion}`);
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Linters']));
    expect(manifest.keywords).toEqual(expect.arrayContaining(['dhcpd', 'failover']));
    expect(manifest.contributes.commands.map((c: { title: string }) => c.title)).toEqual(
      expect.arrayContaining(['Check failover pair', 'Format document', 'Show effective configuration of this peer']),
    );
    expect(manifest.contributes.languages.map((l: { id: string }) => l.id)).toEqual(['dhcpd', 'dhcpd-leases']);
    const xml = read('extension.vsixmanifest').toString('utf8');
    expect(xml).toContain('Id="dhcplint-vscode"');
    expect(read('extension/images/icon.png').subarray(1, 4).toString()).toBe('PNG');
    // The bundled server is complete: it starts and answers --version without node_modules.
    const server = read('extension/dist/server.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-vsix-server-'));
    const file = join(dir, 'server.mjs');
    writeFileSync(file, server);
    const v = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8', cwd: dir });
    // The version written in one place: the root package.json (scripts/version.mjs copies it).
    const rootVersion = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;
    expect(v.stdout.trim()).toBe(rootVersion);
  });
});

describe('TextMate grammars', () => {
  it('match their reviewed snapshots (vscode-tmgrammar-snap)', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/vscode-tmgrammar-test/dist/snapshot.js'),
        '--config',
        'test/grammar/config.json',
        'test/grammar/*.dhcpd',
        'test/grammar/*.dhcpd-leases',
      ],
      { cwd: extDir, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).not.toMatch(/changed|failed|ERROR/i);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
