// Opening a large file over stdio (the shipped server): its first parse runs in steps, so a
// request is answered at once meanwhile; its syntax errors are published as soon as it is parsed,
// and the check's diagnostics, the CLI's, replace them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { repoRoot, TestClient, uriOf } from './client.js';

const cli = join(repoRoot, 'packages/linter/bin/dhcplint.js');

let client: TestClient | undefined;
let dir: string | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** About 1.4 MB: 3,000 subnets and 12,000 hosts, with a syntax error and two lint problems near the end. */
function largeConfig(): string {
  const out = [
    'authoritative;',
    'default-lease-time 600;',
    'max-lease-time 7200;',
    'option domain-name "a{b}#c.example";',
  ];
  for (let i = 0; i < 3000; i++) {
    const net = `10.${i >> 8}.${i & 255}`;
    const mac = `00:16:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`;
    out.push(`# subnet ${i} { not a brace "`, `subnet ${net}.0 netmask 255.255.255.0 {`);
    out.push(`  option routers ${net}.1;`, `  range ${net}.100 ${net}.200;`, '}');
    for (let h = 0; h < 4; h++)
      out.push(`host h${i}-${h} { hardware ethernet ${mac}:00:0${h}; fixed-address ${net}.${10 + h}; }`);
    if (i === 2990) out.push('frobnicate yes;', 'default-lease-time 600', 'max-lease-time 7200;');
  }
  return `${out.join('\n')}\n`;
}

type LspDiagnostic = PublishDiagnosticsParams['diagnostics'][number];
const key = (d: LspDiagnostic) =>
  `${String(d.code)}:${d.range.start.line + 1}:${d.range.start.character + 1}:${d.severity}:${d.message}`;

describe('opening a large file', () => {
  it('answers a hover before the file is parsed, publishes its syntax errors first and ends with the CLI diagnostics', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dhcplint-open-large-'));
    const path = join(dir, 'big.conf');
    const text = largeConfig();
    writeFileSync(path, text);
    const r = spawnSync(process.execPath, [cli, '--format', 'json', path], { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(r.stdout) as {
      messages: { ruleId: string; line: number; column: number; severity: 1 | 2; message: string }[];
    }[];
    // The CLI's severities (2 error, 1 warning) as LSP ones (1 error, 2 warning).
    const fromCli = (report[0]?.messages ?? []).map(
      (m) => `${m.ruleId}:${m.line}:${m.column}:${3 - m.severity}:${m.message}`,
    );
    expect(fromCli.some((k) => k.startsWith('syntax:'))).toBe(true);
    expect(fromCli.some((k) => !k.startsWith('syntax:'))).toBe(true);

    client = new TestClient({ DHCPLINT_LSP_DEBOUNCE_MS: '0' });
    // What arrives, in order: publishes for the file, hover answers, the end of each check.
    const events: ({ kind: 'publish'; diagnostics: LspDiagnostic[] } | { kind: 'hover' | 'idle' })[] = [];
    let checked: () => void = () => {};
    const idle = new Promise<void>((resolve) => (checked = resolve));
    client.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uriOf(path)) events.push({ kind: 'publish', diagnostics: p.diagnostics });
    });
    client.conn.onNotification('dhcplint/status', (s: { state: string }) => {
      if (s.state !== 'idle') return;
      events.push({ kind: 'idle' });
      if (events.some((e) => e.kind === 'publish')) checked();
    });
    await client.initialize(dir);
    client.open(path, text);
    const lastLine = text.split('\n').length - 2;
    const textDocument = { uri: uriOf(path) };
    // Sent at once: the hover is answered from what is parsed so far (nothing there yet), the
    // outline once the whole file is parsed.
    const hover = client.request('textDocument/hover', { textDocument, position: { line: lastLine, character: 1 } });
    const outline = client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
    expect(await hover).toBeNull();
    events.push({ kind: 'hover' });
    await idle;

    const publishes = events.flatMap((e) => (e.kind === 'publish' ? [e.diagnostics] : []));
    // The hover came back before anything about the file was published.
    expect(events[0]?.kind).toBe('hover');
    // First the syntax errors alone, then (with the check's end) the CLI's set.
    expect(publishes.length).toBeGreaterThanOrEqual(2);
    expect(publishes[0]?.map(key)).toEqual(fromCli.filter((k) => k.startsWith('syntax:')));
    expect(publishes[publishes.length - 1]?.map(key).sort()).toEqual([...fromCli].sort());
    // The outline waited for the parse and is the whole file's: the one asked for now.
    const now = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
    expect((await outline).length).toBe(now.length);
    expect(now.length).toBe(15_000); // every subnet and host
    // And a hover on the last line now finds its host.
    const later = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument,
      position: { line: lastLine, character: 1 },
    });
    expect(later?.contents.value).toMatch(/host/i);
  }, 120_000);
});
