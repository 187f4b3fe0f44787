import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer } from '../src/index.js';

// The server in-process over a pair of streams: fast protocol-level checks without spawning.
describe('protocol over an in-process stream pair', () => {
  it('initializes, publishes versioned diagnostics, drops them on close, and rejects unknown methods', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, { debounceMs: 0 });
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const received: PublishDiagnosticsParams[] = [];
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void received.push(p));
    client.onNotification('window/logMessage', () => {});
    client.listen();

    const ws = mkdtempSync(join(tmpdir(), 'dhcplint-proto-'));
    const init = await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(ws).href, capabilities: {} });
    expect((init as { serverInfo: { name: string } }).serverInfo.name).toBe('dhcplint-lsp');
    client.sendNotification('initialized', {});

    const path = join(ws, 'dhcpd.conf');
    writeFileSync(path, '');
    const uri = pathToFileURL(path).href;
    const waitFor = async (ok: (p: PublishDiagnosticsParams) => boolean) => {
      for (let i = 0; i < 200; i++) {
        const hit = received.find((p) => p.uri === uri && ok(p));
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`timeout; got ${JSON.stringify(received)}`);
    };
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 3, text: 'default-lease-time ten;\n' } });
    const first = await waitFor((p) => p.version === 3 && p.diagnostics.length > 0);
    expect(first.diagnostics[0]).toMatchObject({ code: 'invalid-value', source: 'dhcplint', range: { start: { line: 0, character: 19 } } });
    client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 0, character: 19 }, end: { line: 0, character: 22 } }, text: '600' }] });
    await waitFor((p) => p.version === 4 && p.diagnostics.length === 0);
    // Break it again, then close: the disk copy (empty) is what remains, so the problem goes away.
    client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'ping-check maybe;\n' }] });
    await waitFor((p) => p.version === 5 && p.diagnostics.length === 1);
    const before = received.length;
    client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (let i = 0; i < 200 && !received.slice(before).some((p) => p.uri === uri && p.diagnostics.length === 0); i++) await new Promise((r) => setTimeout(r, 10));
    expect(received.slice(before).find((p) => p.uri === uri)?.diagnostics).toEqual([]);

    await expect(client.sendRequest('dhcplint/noSuchMethod', {})).rejects.toThrow(/Unhandled method/);
    client.dispose();
    server.dispose();
  });
});
