// Review of #15, findings 2 and 3 in the editor: the language server gives exactly the CLI's
// diagnostics on a flat manifest pair where statements have errors (no follow-ons of them on
// either server; `option rooters` stands for `option routers`) and the shared defaults file holds disable directives (one used, one unused).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, TestClient } from './client.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');

let client: TestClient | undefined;
let dir: string | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: ${String(from)} not found`);
  writeFileSync(path, next);
}

describe('the editor and the CLI agree on errored statements and host-file directives', () => {
  it('same rule ids and lines in each file, and only the errors and the unused directive', async () => {
    dir = mkdtempSync(join(tmpdir(), 'review15-same-'));
    cpSync(join(repoRoot, 'test-fixtures/flat'), dir, { recursive: true });
    const serv1 = join(dir, 'serv1_dhcpd.conf');
    const defaults = join(dir, 'servers_isc-dhcp-server');
    edit(serv1, 'max-lease-time 7200;', 'max-lease-time 72x00;');
    edit(serv1, '  peer port 647;', '  peer port 64x7;');
    edit(serv1, '  option routers 10.30.0.1;', '  option rooters 10.30.0.1;');
    edit(
      defaults,
      /^INTERFACESv4=.*$/m,
      '# dhcplint-disable-next-line host-interfaces\nINTERFACESv4="ens18 ens19 ens20"',
    );
    edit(defaults, /^INTERFACESv6=.*$/m, '# dhcplint-disable-next-line host-interfaces\nINTERFACESv6=""');
    const files = [serv1, join(dir, 'serv2_dhcpd.conf'), defaults];

    const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const fromCli = (f: string) =>
      (report.find((x) => x.filePath === f)?.messages ?? []).map((m) => `${m.ruleId}:${m.line}`).sort();
    expect(fromCli(serv1)).toEqual(['invalid-value:21', 'invalid-value:9', 'unknown-option:46']);
    expect(fromCli(files[1]!)).toEqual([]);
    const unusedLine = readFileSync(defaults, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('INTERFACESv6')); // the directive above it, 1-based
    expect(fromCli(defaults)).toEqual([`unused-disable-directive:${unusedLine}`]);

    client = new TestClient();
    await client.initialize(dir);
    client.open(serv1);
    client.open(files[1]!);
    await client.waitDiagnostics(serv1, (p) => p.diagnostics.some((d) => d.code === 'invalid-value'));
    for (const f of files) {
      const p = await client.waitDiagnostics(f, () => true);
      expect(p.diagnostics.map((d) => `${String(d.code)}:${d.range.start.line + 1}`).sort(), f).toEqual(fromCli(f));
    }
  });
});
