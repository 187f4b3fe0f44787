// The LSP lifecycle over the real stdio of the built server: ServerNotInitialized before
// `initialize`, one `initialize` only, InvalidRequest after `shutdown`, and the exit statuses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawServer } from './raw-stdio.js';

const ws = mkdtempSync(join(tmpdir(), 'dhcplint-lifecycle-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const symbols = (id: string) => ({ jsonrpc: '2.0', id, method: 'workspace/symbol', params: { query: '' } });

describe('lifecycle', () => {
  it('answers requests before initialize with -32002, drops notifications, then initializes normally', async () => {
    const server = new RawServer();
    try {
      server.send(symbols('early'));
      server.send({
        jsonrpc: '2.0',
        id: 'hover',
        method: 'textDocument/hover',
        params: { textDocument: { uri: `file://${ws}/dhcpd.conf` }, position: { line: 0, character: 0 } },
      });
      // A notification before initialize: must not open the document (no diagnostics later).
      server.send({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: {
          textDocument: {
            uri: `file://${ws}/early.conf`,
            languageId: 'dhcpd',
            version: 1,
            text: 'ping-check maybe;\n',
          },
        },
      });
      expect((await server.response('early')).error?.code).toBe(SERVER_NOT_INITIALIZED);
      expect((await server.response('hover')).error?.code).toBe(SERVER_NOT_INITIALIZED);
      const init = await server.initialize(ws);
      expect((init.result as { serverInfo: { name: string } }).serverInfo.name).toBe('dhcplint-lsp');
      // An open after initialize is checked; the one dropped before it never is.
      server.send({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: {
          textDocument: { uri: `file://${ws}/late.conf`, languageId: 'dhcpd', version: 1, text: 'ping-check maybe;\n' },
        },
      });
      await server.until('diagnostics of the late document', () =>
        server.received.some(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri.endsWith('/late.conf'),
        ),
      );
      expect(
        server.received.some(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri.endsWith('/early.conf'),
        ),
      ).toBe(false);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('rejects a second initialize; exit without shutdown then ends with status 1', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.send({
        jsonrpc: '2.0',
        id: 'again',
        method: 'initialize',
        params: { processId: null, rootUri: null, capabilities: {} },
      });
      const again = await server.response('again');
      expect(again.error?.code).toBe(INVALID_REQUEST);
      expect(again.result).toBeUndefined();
      // Still running normally.
      server.send(symbols('after'));
      expect((await server.response('after')).result).toEqual([]);
      server.send({ jsonrpc: '2.0', method: 'exit' });
      expect(await server.exit()).toBe(1);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('answers requests after shutdown with -32600, and exit then ends with status 0', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.send({ jsonrpc: '2.0', id: 'down', method: 'shutdown' });
      expect((await server.response('down')).error).toBeUndefined();
      server.send(symbols('late'));
      expect((await server.response('late')).error?.code).toBe(INVALID_REQUEST);
      server.send({ jsonrpc: '2.0', method: 'exit' });
      expect(await server.exit()).toBe(0);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('a second shutdown gets -32600; the end of input after shutdown ends with status 0', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.send({ jsonrpc: '2.0', id: 'down', method: 'shutdown' });
      await server.response('down');
      server.send({ jsonrpc: '2.0', id: 'down-again', method: 'shutdown' });
      expect((await server.response('down-again')).error?.code).toBe(INVALID_REQUEST);
      server.child.stdin!.end();
      expect(await server.exit()).toBe(0);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('before initialize: requests get -32002 and exit ends with status 1', async () => {
    const server = new RawServer();
    try {
      server.send({ jsonrpc: '2.0', id: 'down', method: 'shutdown' });
      expect((await server.response('down')).error?.code).toBe(SERVER_NOT_INITIALIZED);
      server.send({ jsonrpc: '2.0', method: 'exit' });
      expect(await server.exit()).toBe(1);
    } finally {
      server.kill();
    }
  }, 10_000);
});
