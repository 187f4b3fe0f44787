import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { format } from '@dhcplint/parser';
import { copyDeployment, repoRoot, TestClient, uriOf } from './client.js';

// End to end: the shipped `dhcplint-lsp --stdio` (the esbuild bundle) driven by a real JSON-RPC client.
let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Edit = { range: Range; newText: string };

/** Applies LSP text edits to a text (edits do not overlap). */
function applyEdits(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('dhcplint-lsp over stdio', () => {
  it('reports a pair mismatch in the opened file, caused by the partner file that is not open, and republishes when the partner is edited', async () => {
    const ws = copyDeployment();
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
    client = new TestClient();
    const init = (await client.initialize(ws)) as { capabilities: Record<string, unknown> };
    expect(init.capabilities.hoverProvider).toBe(true);
    client.open(serv1);
    const d = await client.waitDiagnostics(serv1, (p) => p.diagnostics.some((x) => x.code === 'pair-scope-settings'));
    const diag = d.diagnostics.find((x) => x.code === 'pair-scope-settings')!;
    expect(diag.range.start.line).toBe(7); // line 8, 0-based
    expect(diag.message).toContain('900');
    expect(diag.relatedInformation?.[0]?.location.uri).toBe(uriOf(serv2));
    expect(diag.relatedInformation?.[0]?.location.range.start.line).toBe(7);
    expect(d.version).toBe(1);

    // Fixing the partner in an open buffer (not on disk) clears the opened file's diagnostic.
    const fixed = readFileSync(serv2, 'utf8').replace('default-lease-time 900;', 'default-lease-time 3600;');
    client.open(serv2, readFileSync(serv2, 'utf8'));
    client.change(serv2, fixed, 2);
    await client.waitDiagnostics(serv1, (p) => !p.diagnostics.some((x) => x.code === 'pair-scope-settings'));
    expect(readFileSync(serv2, 'utf8')).toContain('900'); // disk untouched: the buffer overrode it
  });

  it('takes rule severities and a flat-layout server manifest from the editor settings', async () => {
    const ws = copyDeployment();
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
    client = new TestClient();
    await client.conn.sendRequest('initialize', {
      processId: null,
      rootUri: uriOf(ws),
      capabilities: {},
      initializationOptions: { rules: { 'pair-scope-settings': 'off' } },
    });
    client.conn.sendNotification('initialized', {});
    client.open(serv1);
    const quiet = await client.waitDiagnostics(serv1, () => true);
    expect(quiet.diagnostics.map((d) => d.code)).not.toContain('pair-scope-settings');
    // The VS Code client sends its `dhcplint` section on every change.
    client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { dhcplint: { rules: { 'pair-scope-settings': 'error' } } },
    });
    const loud = await client.waitDiagnostics(serv1, (p) =>
      p.diagnostics.some((d) => d.code === 'pair-scope-settings'),
    );
    expect(loud.diagnostics.find((d) => d.code === 'pair-scope-settings')!.severity).toBe(1);
    await client.shutdown();

    // A flat folder whose files only a manifest can pair.
    const flat = mkdtempSync(join(tmpdir(), 'dhcplint-flat-lsp-'));
    cpSync(join(repoRoot, 'test-fixtures/flat'), flat, { recursive: true });
    rmSync(join(flat, '.dhcplintrc.json'));
    for (const f of ['serv1_dhcpd.conf', 'serv2_dhcpd.conf'])
      renameSync(join(flat, f), join(flat, f.replace('_dhcpd.conf', '.cfg')));
    writeFileSync(
      join(flat, 'serv2.cfg'),
      readFileSync(join(flat, 'serv2.cfg'), 'utf8').replace(/^  port 647;$/m, '  port 847;'),
    );
    client = new TestClient();
    const servers = { serv1: { config: 'serv1.cfg' }, serv2: { config: 'serv2.cfg' } };
    await client.conn.sendRequest('initialize', {
      processId: null,
      rootUri: uriOf(flat),
      workspaceFolders: [{ uri: uriOf(flat), name: 'flat' }],
      capabilities: {},
      initializationOptions: { servers },
    });
    client.conn.sendNotification('initialized', {});
    client.open(join(flat, 'serv1.cfg'));
    const pair = await client.waitDiagnostics(join(flat, 'serv1.cfg'), (p) =>
      p.diagnostics.some((d) => d.code === 'pair-ports'),
    );
    expect(pair.diagnostics.find((d) => d.code === 'pair-ports')!.relatedInformation![0]!.location.uri).toBe(
      uriOf(join(flat, 'serv2.cfg')),
    );
  });

  it('answers hover, completion, definition, references, rename, symbols, folding, links and semantic tokens', async () => {
    const ws = copyDeployment();
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const fo1 = join(ws, 'serv1/etc/dhcp/failover.conf');
    const fo2 = join(ws, 'serv2/etc/dhcp/failover.conf');
    client = new TestClient();
    await client.initialize(ws);
    client.open(serv1);
    await client.waitDiagnostics(serv1, () => true);
    const doc = { uri: uriOf(serv1) };
    const lines = readFileSync(serv1, 'utf8').split('\n');
    const refLine = lines.findIndex((l) => l.includes('failover peer "campus-fo"'));
    const refChar = lines[refLine]!.indexOf('campus-fo');

    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: doc,
      position: { line: refLine, character: refChar + 2 },
    });
    expect(hover.contents.value).toContain('failover peer "campus-fo"');
    expect(hover.contents.value).toMatch(/\*primary\*[\s\S]*\*secondary\*/);
    expect(hover.contents.value).toContain('serv2/etc/dhcp/failover.conf:2'); // the partner's file, shown relative to the workspace

    const rangeLine = lines.findIndex((l) => /^\s*range /.test(l));
    const rangeHover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: doc,
      position: { line: rangeLine, character: lines[rangeLine]!.indexOf('range') + 7 },
    });
    expect(rangeHover.contents.value).toMatch(/\d+ addresses/);

    const inPool = await client.request<{ label: string }[]>('textDocument/completion', {
      textDocument: doc,
      position: { line: refLine, character: 0 },
    });
    expect(inPool.map((c) => c.label)).toEqual(expect.arrayContaining(['range', 'failover peer', 'option']));
    expect(inPool.map((c) => c.label)).not.toContain('mclt');

    const def = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
      textDocument: doc,
      position: { line: refLine, character: refChar + 1 },
    });
    expect(def.map((l) => l.uri)).toContain(uriOf(fo1));
    expect(def.map((l) => l.uri)).toContain(uriOf(fo2)); // the partner's declaration too

    const refs = await client.request<{ uri: string }[]>('textDocument/references', {
      textDocument: doc,
      position: { line: refLine, character: refChar + 1 },
      context: { includeDeclaration: false },
    });
    expect(new Set(refs.map((r) => r.uri))).toEqual(
      new Set([uriOf(serv1), uriOf(join(ws, 'serv2/etc/dhcp/dhcpd.conf'))]),
    );

    const rename = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', {
      textDocument: doc,
      position: { line: refLine, character: refChar + 1 },
      newName: 'core-fo',
    });
    expect(Object.keys(rename.changes).sort()).toEqual(
      [serv1, fo1, join(ws, 'serv2/etc/dhcp/dhcpd.conf'), fo2].map(uriOf).sort(),
    );
    const renamed = applyEdits(readFileSync(fo2, 'utf8'), rename.changes[uriOf(fo2)]!);
    expect(renamed).toContain('failover peer "core-fo" {');

    const symbols = await client.request<{ name: string; children: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: doc },
    );
    expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['subnet 10.20.0.0/22', 'host printer-2f']));
    expect(symbols.find((s) => s.name === 'subnet 10.20.0.0/22')!.children.map((c) => c.name)).toContain('pool');

    const ws2 = await client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', {
      query: 'campus',
    });
    expect(ws2.filter((s) => s.name === 'failover peer "campus-fo"').length).toBe(2);

    const folds = await client.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument: doc });
    expect(folds.map((f) => f.startLine)).toContain(lines.findIndex((l) => l.startsWith('subnet 10.20.0.0')));

    const links = await client.request<{ target: string }[]>('textDocument/documentLink', { textDocument: doc });
    expect(links.map((l) => l.target)).toContain(uriOf(fo1));

    const sel = await client.request<{ range: Range; parent?: unknown }[]>('textDocument/selectionRange', {
      textDocument: doc,
      positions: [{ line: refLine, character: refChar + 1 }],
    });
    expect(sel[0]!.parent).toBeDefined();

    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: doc });
    expect(tokens.data.length % 5).toBe(0);
    expect(tokens.data.length).toBeGreaterThan(50);
  });

  it('formats a document and applies a quick fix', async () => {
    const ws = copyDeployment();
    const path = join(ws, 'scratch.dhcpd.conf');
    const text =
      'subnet 10.9.0.0 netmask 255.255.255.0 {\n        range 10.9.0.10   10.9.0.20;\n  option domain\u2010name "x.example";\n}\n';
    writeFileSync(path, text);
    client = new TestClient();
    await client.initialize(ws);
    client.open(path, text);
    const d = await client.waitDiagnostics(path, (p) => p.diagnostics.some((x) => x.code === 'unicode-lookalike'));
    const edits = await client.request<Edit[]>('textDocument/formatting', {
      textDocument: { uri: uriOf(path) },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(applyEdits(text, edits)).toBe(format(text));
    expect(applyEdits(text, edits)).toContain('\n  range 10.9.0.10 10.9.0.20;\n');

    const diag = d.diagnostics.find((x) => x.code === 'unicode-lookalike')!;
    const actions = await client.request<{ title: string; edit: { changes: Record<string, Edit[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri: uriOf(path) }, range: diag.range, context: { diagnostics: [diag] } },
    );
    const fix = actions.find((a) => a.title.startsWith('Fix:'))!;
    expect(applyEdits(text, fix.edit.changes[uriOf(path)]!)).toContain('option domain-name "x.example";');
    const disable = actions.find((a) => a.title === 'Disable unicode-lookalike for this line')!;
    expect(applyEdits(text, disable.edit.changes[uriOf(path)]!)).toContain(
      '  # dhcplint-disable-next-line unicode-lookalike\n  option domain',
    );
  });

  it('survives malformed requests and hostile documents, and keeps stdout for the protocol', async () => {
    const ws = copyDeployment();
    client = new TestClient();
    await client.initialize(ws);
    await expect(client.request('textDocument/hover', { textDocument: { uri: 42 }, position: null })).rejects.toThrow();
    const junk = join(ws, 'junk.dhcpd.conf');
    const hostile = [
      '{{{{ }}}} ;;; "unterminated',
      '\u0000\u0001\ufeff subnet',
      'if (((((( ',
      'option x code 300 = { ;',
      '}'.repeat(500),
      'a'.repeat(100000),
    ].join('\n');
    client.open(junk, hostile);
    const d = await client.waitDiagnostics(junk, (p) => p.diagnostics.length > 0);
    expect(d.diagnostics.every((x) => x.range.start.line >= 0)).toBe(true);
    for (let v = 2; v < 30; v++) client.change(junk, hostile.slice(0, (v * 997) % hostile.length), v);
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: uriOf(junk) },
      position: { line: 0, character: 3 },
    });
    expect(hover === null || typeof hover === 'object').toBe(true);
    await client.waitDiagnostics(junk, (p) => p.version === 29);
    expect(client.exited).toBeUndefined();
  });
});
