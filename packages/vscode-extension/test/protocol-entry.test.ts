// The extension reaches the language server's custom protocol only through the package entry
// @dhcplint/lsp/protocol, never by a path into another package's folders (which a packed or moved
// package would not have). The second case needs the built lsp (npm run build).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const extDir = new URL('..', import.meta.url).pathname;

describe('the custom protocol', () => {
  it('is imported by the extension through @dhcplint/lsp/protocol, not by a path out of its package', () => {
    const sources = readdirSync(join(extDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const specifiers = sources.flatMap((f) =>
      [...readFileSync(join(extDir, 'src', f), 'utf8').matchAll(/\bfrom '([^']+)'/g)].map((m) => m[1]),
    );
    expect(specifiers).toContain('@dhcplint/lsp/protocol');
    expect(specifiers.filter((s) => s?.startsWith('../'))).toEqual([]);
  });

  it('is an entry of @dhcplint/lsp that Node resolves from the extension, with the descriptors both sides use', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('@dhcplint/lsp/protocol'); console.log(JSON.stringify(Object.keys(m)));",
      ],
      { cwd: extDir, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(
      expect.arrayContaining(['StatusNotification', 'PeerConfigRequest', 'KeaPreviewRequest', 'PairReportRequest']),
    );
  });
});
