// loadWithIncludes: refusals reach the error list under their own code, a file system with only
// readFile still works, includes are followed without recursion (depth is a setting), and
// absolute include paths never climb above the root or a mapped folder.
import { describe, expect, it } from 'vitest';
import { loadWithIncludes, resolveIncludePath, type FileSystem } from '@dhcplint/parser';

/** A chain of `levels` nested includes under /r, in memory. */
function chain(levels: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < levels; i++) files[`/r/${i}.conf`] = `include "/r/${i + 1}.conf";\n`;
  files[`/r/${levels}.conf`] = 'default-lease-time 600;\n';
  return files;
}

describe('loadWithIncludes', () => {
  it('follows 200 levels by default and reports the 201st as include-depth', () => {
    const fs: FileSystem = { readFile: (p) => chain(250)[p] };
    const r = loadWithIncludes('/r/0.conf', { fs });
    expect(r.files).toHaveLength(201);
    expect(r.errors.map((e) => [e.code, e.uri])).toEqual([['include-depth', '/r/200.conf']]);
    expect(loadWithIncludes('/r/0.conf', { fs: { readFile: (p) => chain(200)[p] } }).errors).toEqual([]);
  });

  it('keeps its own stack: 20,000 levels followed when asked, no stack overflow', () => {
    const files = chain(20_000);
    const r = loadWithIncludes('/r/0.conf', { fs: { readFile: (p) => files[p] }, maxDepth: 20_000 });
    expect(r.files).toHaveLength(20_001);
    expect(r.errors).toEqual([]);
    // A cycle is still a cycle, found on that stack.
    const cyclic: Record<string, string> = { '/a.conf': 'include "/b.conf";\n', '/b.conf': 'include "/a.conf";\n' };
    expect(loadWithIncludes('/a.conf', { fs: { readFile: (p) => cyclic[p] } }).errors.map((e) => e.code)).toEqual([
      'include-cycle',
    ]);
  });

  it('reports a refusal from fs.read under read-refused, naming the path as written; readFile-only file systems read refusals as missing', () => {
    const files: Record<string, string> = {
      '/r/etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/x.conf";\ninclude "/etc/dhcp/gone.conf";\n',
    };
    const refusing: FileSystem = {
      readFile: (p) => files[p],
      read: (p) => (p === '/r/etc/dhcp/x.conf' ? { refused: 'not a regular file (FIFO)' } : files[p]),
    };
    const r = loadWithIncludes('/r/etc/dhcp/dhcpd.conf', { fs: refusing, root: '/r' });
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([
      ['read-refused', 'Included file not read: /etc/dhcp/x.conf is not a regular file (FIFO).'],
      ['include-missing', 'Included file not found: /etc/dhcp/gone.conf (looked for /r/etc/dhcp/gone.conf).'],
    ]);
    const readFileOnly = loadWithIncludes('/r/etc/dhcp/dhcpd.conf', { fs: { readFile: (p) => files[p] }, root: '/r' });
    expect(readFileOnly.errors.map((e) => e.code)).toEqual(['include-missing', 'include-missing']);
    const rootRefused = loadWithIncludes('/r/etc/dhcp/x.conf', { fs: refusing, root: '/r' });
    expect(rootRefused).toMatchObject({ files: [], rootRefused: 'not a regular file (FIFO)' });
  });
});

describe('resolveIncludePath', () => {
  it('stops .. at the root and at a mapped folder, as dhcpd on that server would', () => {
    expect(resolveIncludePath('/../../../../etc/passwd', '/r/etc/dhcp/dhcpd.conf', { root: '/r' })).toBe(
      '/r/etc/passwd',
    );
    expect(resolveIncludePath('/etc/dhcp/../../..', '/r/etc/dhcp/dhcpd.conf', { root: '/r' })).toBe('/r');
    expect(resolveIncludePath('/etc/dhcp/sub/../../../../x', '/c/a.conf', { pathMap: { '/etc/dhcp': '/m' } })).toBe(
      '/x',
    );
    expect(resolveIncludePath('/etc/dhcp/a/../b.conf', '/c/a.conf', { pathMap: { '/etc/dhcp': '/m' } })).toBe(
      '/m/b.conf',
    );
    // Relative paths may leave the root; the linter's confined file system refuses them.
    expect(resolveIncludePath('../../../x', '/r/etc/dhcp/dhcpd.conf', { root: '/r' })).toBe('/x');
  });
});
