// The example deployment's pair (serv1 primary, serv2 secondary, failover blocks in failover.conf)
// copied into temp folders, changed, linted through the public API, fixed on disk and checked by
// the real dhcpd: the set-up the pair quick-fix tests share.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintServers, loadServers, type Diagnostic, type FileEdit, type SourceFile } from '@dhcplint/linter';
import { repoRoot } from '../../../../scripts/test/corpus.js';
import { tempDirs } from './cli-json.js';

export const SERV1 = 'serv1/etc/dhcp/dhcpd.conf';
export const SERV2 = 'serv2/etc/dhcp/dhcpd.conf';
export const FO1 = 'serv1/etc/dhcp/failover.conf';
export const FO2 = 'serv2/etc/dhcp/failover.conf';

/** A maker of deployment copies, each removed after its test. */
export function deploymentCopies(prefix: string): () => string {
  const temp = tempDirs(prefix);
  return () => {
    const dir = temp();
    cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
    return dir;
  };
}

/** Replaces `from` by `to` in a file of the copy; the text must be there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(path, next);
}

/** Lints both server roots as the CLI does: the diagnostics, and each file's parsed source. */
export function lintPair(dir: string): {
  diagnostics: Diagnostic[];
  fileOf: (uri: string) => SourceFile | undefined;
} {
  const { servers } = loadServers([join(dir, 'serv1'), join(dir, 'serv2')]);
  const result = lintServers(servers);
  const files = new Map(servers.flatMap((s) => s.config.files.map((f) => [f.uri, f] as const)));
  return { diagnostics: result.diagnostics, fileOf: (u) => files.get(u) };
}

/** Applies one edit to its file on disk. */
export function applyEdit(e: FileEdit): void {
  const text = readFileSync(e.uri, 'utf8');
  writeFileSync(e.uri, text.slice(0, e.span.start) + e.text + text.slice(e.span.end));
}

export const hasDhcpd = spawnSync('dhcpd', ['--version'], { encoding: 'utf8' }).error === undefined;

/** `dhcpd -t` on a server root's dhcpd.conf, its absolute include pointed into the root. */
export function dhcpdAccepts(dir: string, server: 'serv1' | 'serv2'): { ok: boolean; output: string } {
  const root = join(dir, server);
  const conf = join(dir, `${server}-check.conf`);
  writeFileSync(
    conf,
    readFileSync(join(root, 'etc/dhcp/dhcpd.conf'), 'utf8').replaceAll('"/etc/dhcp/', `"${root}/etc/dhcp/`),
  );
  writeFileSync(join(dir, 'check.leases'), '');
  const r = spawnSync(
    'dhcpd',
    ['-t', '-4', '-cf', conf, '-lf', join(dir, 'check.leases'), '-pf', join(dir, 'check.pid')],
    { encoding: 'utf8' },
  );
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
