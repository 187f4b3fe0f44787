import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDeployment, serverBin } from './client.js';

// Real editors as LSP clients, reading back from the editor itself. Each opens one half of a
// mismatched failover pair (serv2's default-lease-time changed, serv2 not open) and must show the
// pair diagnostic at line 8 of serv1's dhcpd.conf plus a hover on the peer name. With a broken
// server path the same harness must come back empty (so the assertions would fail).
const harness = new URL('./editors/', import.meta.url).pathname;

interface Proof {
  diagnostics: { line: number; text: string }[];
  hover?: string;
  raw: string;
}

function mismatchedPair(): { ws: string; file: string; hoverLine: number; hoverChar: number } {
  const ws = copyDeployment();
  spawnSync('git', ['init', '-q', ws]); // eglot and project.el find the project root by VCS
  const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
  writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
  const file = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
  const lines = readFileSync(file, 'utf8').split('\n');
  const hoverLine = lines.findIndex((l) => l.includes('failover peer "campus-fo"'));
  return { ws, file, hoverLine, hoverChar: lines[hoverLine]!.indexOf('campus-fo') + 2 };
}

/** The same mismatch in a pair of loose files whose names do not say dhcpd (primary.conf, secondary.conf). */
function mismatchedLoosePair(): ReturnType<typeof mismatchedPair> {
  const ws = mkdtempSync(join(tmpdir(), 'dhcplint-loose-'));
  spawnSync('git', ['init', '-q', ws]);
  const flat = new URL('../../../test-fixtures/flat/', import.meta.url).pathname;
  writeFileSync(join(ws, 'primary.conf'), readFileSync(join(flat, 'serv1_dhcpd.conf'), 'utf8'));
  writeFileSync(
    join(ws, 'secondary.conf'),
    readFileSync(join(flat, 'serv2_dhcpd.conf'), 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'),
  );
  const file = join(ws, 'primary.conf');
  const lines = readFileSync(file, 'utf8').split('\n');
  const hoverLine = lines.findIndex((l) => l.includes('failover peer "campus-fo"'));
  return { ws, file, hoverLine, hoverChar: lines[hoverLine]!.indexOf('campus-fo') + 2 };
}

function runEditor(editor: 'nvim' | 'vim' | 'emacs', server: string, waitSeconds = 20, layout = mismatchedPair): Proof {
  const { ws, file, hoverLine, hoverChar } = layout();
  const home = mkdtempSync(join(tmpdir(), `dhcplint-${editor}-`));
  const out = join(home, 'proof.txt');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CACHE_HOME: join(home, 'cache'),
    DHCPLINT_LSP: server,
    WS: ws,
    FILE: file,
    OUT: out,
    HOVER_LINE: String(hoverLine),
    HOVER_CHAR: String(hoverChar),
    WAIT_S: String(waitSeconds),
    TERM: 'dumb',
  };
  const cmd: Record<typeof editor, [string, string[]]> = {
    nvim: ['nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(harness, 'init.lua'), '-c', 'lua Proof()', file]],
    vim: ['vim', ['-N', '-u', join(harness, 'vimrc'), '-i', 'NONE', '-n', '--not-a-term', '-c', 'call Proof()', file]],
    emacs: ['emacs', ['--batch', '-l', join(harness, 'eglot.el')]],
  };
  const [bin, args] = cmd[editor];
  const r = spawnSync(bin, args, { env, cwd: ws, encoding: 'utf8', timeout: 60_000, input: '' });
  const raw = existsSync(out) ? readFileSync(out, 'utf8') : `(no output; exit ${r.status}; ${r.stderr?.slice(0, 500)})`;
  const diagnostics = raw
    .split('\n')
    .filter((l) => l.startsWith('DIAG '))
    .map((l) => {
      const m = /^DIAG (\d+) (.*)$/.exec(l)!;
      return { line: Number(m[1]), text: m[2]! };
    });
  const hover = raw
    .split('\n')
    .find((l) => l.startsWith('HOVER '))
    ?.slice(6);
  return { diagnostics, hover, raw };
}

const editors = [
  { id: 'nvim' as const, bin: '/usr/bin/nvim', pkg: 'neovim' },
  { id: 'vim' as const, bin: '/usr/bin/vim', pkg: 'vim-ale', extra: '/usr/share/vim-ale' },
  { id: 'emacs' as const, bin: '/usr/bin/emacs', pkg: 'emacs-nox elpa-eglot' },
];

for (const e of editors) {
  const present = existsSync(e.bin) && (!e.extra || existsSync(e.extra));
  if (!present) console.warn(`\n*** SKIPPING ${e.id} LSP test: not installed (apt-get install -y ${e.pkg}) ***\n`);
  describe.skipIf(!present)(`${e.id} as a dhcplint-lsp client`, () => {
    it('shows the pair diagnostic caused by the unopened partner file, at the right line, and a hover', () => {
      const proof = runEditor(e.id, serverBin);
      const pair = proof.diagnostics.find((d) => d.text.includes("'default-lease-time' is 3600 globally here but 900"));
      expect(pair, proof.raw).toBeDefined();
      expect(pair!.line).toBe(8);
      expect(proof.hover, proof.raw).toContain('failover peer "campus-fo"');
      expect(proof.hover).toContain('secondary');
      // One server for the buffer: the filetype set twice would start a second, unready one.
      expect(
        proof.raw.split('\n').filter((l) => l.startsWith('HOVER ')),
        proof.raw,
      ).toHaveLength(1);
    });

    it('finds the partner of a file whose name does not say dhcpd (primary.conf / secondary.conf)', () => {
      const proof = runEditor(e.id, serverBin, 20, mismatchedLoosePair);
      const pair = proof.diagnostics.find((d) => d.text.includes("'default-lease-time' is 3600 globally here but 900"));
      expect(pair, proof.raw).toBeDefined();
      expect(pair!.line).toBe(8);
    });

    it('comes back empty with a broken server path (the harness cannot pass by itself)', () => {
      const proof = runEditor(e.id, join(harness, 'no-such-server.js'), 4);
      expect(proof.diagnostics.some((d) => d.text.includes('default-lease-time'))).toBe(false);
      expect(proof.hover ?? '').not.toContain('campus-fo');
    });
  });
}
