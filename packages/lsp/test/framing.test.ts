// Framing errors over the real stdio of the built server: each malformed message is dropped
// with a stderr line naming the problem, and the next well-formed request is still answered;
// input that ends inside a message makes the server exit with a clear line and status 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawServer } from './raw-stdio.js';

const ws = mkdtempSync(join(tmpdir(), 'dhcplint-framing-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** The body of the malformed message: a request that must never be answered. */
const badBody = JSON.stringify({ jsonrpc: '2.0', id: 'bad', method: 'workspace/symbol', params: { query: '' } });
const bytes = Buffer.byteLength(badBody);

const CASES: { name: string; raw: string; logged: RegExp }[] = [
  { name: 'missing Content-Length', raw: `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${badBody}`, logged: /has no Content-Length/ },
  { name: 'negative Content-Length', raw: `Content-Length: -${bytes}\r\n\r\n${badBody}`, logged: /Content-Length is not a non-negative integer: "-\d+"/ },
  { name: 'non-numeric Content-Length', raw: `Content-Length: twelve\r\n\r\n${badBody}`, logged: /Content-Length is not a non-negative integer: "twelve"/ },
  { name: 'too small Content-Length', raw: `Content-Length: ${bytes - 10}\r\n\r\n${badBody}`, logged: /not valid JSON .*Content-Length \d+ may not match/ },
  { name: 'too large Content-Length (the next message follows)', raw: `Content-Length: ${bytes + 500}\r\n\r\n${badBody}`, logged: /Content-Length \d+ is larger than the message/ },
  { name: 'Content-Length over the size limit', raw: `Content-Length: 99999999999999\r\n\r\n${badBody}`, logged: /Content-Length 99999999999999 exceeds the limit/ },
  { name: 'header line without a colon', raw: `Content-Length ${bytes}\r\n\r\n${badBody}`, logged: /header line without a colon: "Content-Length \d+"/ },
  { name: 'LF-only header lines', raw: `Content-Length: ${bytes}\n\n${badBody}`, logged: /header line ends in LF without CR/ },
];

describe('framing errors over stdio: dropped, logged, and the stream resynchronised', () => {
  for (const c of CASES) {
    it(`${c.name}: logs the problem and answers the next well-formed request`, async () => {
      const server = new RawServer();
      try {
        await server.initialize(ws);
        server.write(c.raw);
        server.send({ jsonrpc: '2.0', id: 'after', method: 'workspace/symbol', params: { query: '' } });
        const answer = await server.response('after');
        expect(answer.result).toEqual([]);
        await server.until('the log line', () => c.logged.test(server.stderr));
        expect(server.stderr).toMatch(/dropped a malformed message/);
        expect(server.received.some((m) => m.id === 'bad')).toBe(false);
        expect(server.exitCode).toBeUndefined();
      } finally {
        server.kill();
      }
    }, 10_000);
  }

  it('several malformed messages in one write, then a good one: each dropped, the good one answered', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.write(CASES.map((c) => c.raw).join('') + `garbage without any header\r\n`);
      server.send({ jsonrpc: '2.0', id: 'after', method: 'workspace/symbol', params: { query: '' } });
      expect((await server.response('after')).result).toEqual([]);
      expect(server.received.some((m) => m.id === 'bad')).toBe(false);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('input ending inside a message with a too-large Content-Length: exits 1 with a line naming it', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.write(`Content-Length: ${bytes + 500}\r\n\r\n${badBody}`);
      server.child.stdin!.end();
      expect(await server.exit()).toBe(1);
      expect(server.stderr).toMatch(new RegExp(`input ended inside a message: ${bytes} of the ${bytes + 500} bytes`));
      expect(server.stderr).toMatch(/input closed without a shutdown request; exiting with status 1/);
    } finally {
      server.kill();
    }
  }, 10_000);

  it('end of input after shutdown: exits 0', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      server.send({ jsonrpc: '2.0', id: 'down', method: 'shutdown' });
      await server.response('down');
      server.child.stdin!.end();
      expect(await server.exit()).toBe(0);
    } finally {
      server.kill();
    }
  }, 10_000);
});
