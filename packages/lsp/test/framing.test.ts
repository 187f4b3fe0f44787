// Framing errors over the real stdio of the built server: each malformed message is dropped
// with a stderr line naming the problem, and the next well-formed request is still answered;
// input that ends inside a message makes the server exit with a clear line and status 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrameParser } from '../src/framing.js';
import { frame, RawServer } from './raw-stdio.js';

const ws = mkdtempSync(join(tmpdir(), 'dhcplint-framing-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** The body of the malformed message: a request that must never be answered. */
const badBody = JSON.stringify({ jsonrpc: '2.0', id: 'bad', method: 'workspace/symbol', params: { query: '' } });
const bytes = Buffer.byteLength(badBody);

const CASES: { name: string; raw: string; logged: RegExp }[] = [
  {
    name: 'missing Content-Length',
    raw: `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${badBody}`,
    logged: /has no Content-Length/,
  },
  {
    name: 'negative Content-Length',
    raw: `Content-Length: -${bytes}\r\n\r\n${badBody}`,
    logged: /Content-Length is not a non-negative integer: "-\d+"/,
  },
  {
    name: 'non-numeric Content-Length',
    raw: `Content-Length: twelve\r\n\r\n${badBody}`,
    logged: /Content-Length is not a non-negative integer: "twelve"/,
  },
  {
    name: 'too small Content-Length',
    raw: `Content-Length: ${bytes - 10}\r\n\r\n${badBody}`,
    logged: /not valid JSON .*Content-Length \d+ may not match/,
  },
  {
    name: 'too large Content-Length (the next message follows)',
    raw: `Content-Length: ${bytes + 500}\r\n\r\n${badBody}`,
    logged: /Content-Length \d+ is larger than the message/,
  },
  {
    name: 'Content-Length over the size limit',
    raw: `Content-Length: 99999999999999\r\n\r\n${badBody}`,
    logged: /Content-Length 99999999999999 exceeds the limit/,
  },
  {
    name: 'header line without a colon',
    raw: `Content-Length ${bytes}\r\n\r\n${badBody}`,
    logged: /header line without a colon: "Content-Length \d+"/,
  },
  {
    name: 'LF-only header lines',
    raw: `Content-Length: ${bytes}\n\n${badBody}`,
    logged: /header line ends in LF without CR/,
  },
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
});

describe('FrameParser on split and mixed input', () => {
  const parseAll = (chunks: Buffer[]) => {
    const messages: unknown[] = [];
    const dropped: string[] = [];
    const parser = new FrameParser({
      message: (m) => void messages.push(m),
      dropped: (r) => void dropped.push(r),
      fatal: (r) => void dropped.push(`fatal: ${r}`),
    });
    for (const c of chunks) parser.push(c);
    return { messages, dropped, unfinished: parser.end() };
  };
  // Multi-byte characters: Content-Length counts bytes, and a split may fall inside a character.
  const sent = [
    { jsonrpc: '2.0', id: 1, method: 'a', params: { text: 'é ☃ 𝄞 option domain-name "x";' } },
    { jsonrpc: '2.0', method: 'b' },
    { jsonrpc: '2.0', id: 'c', result: null },
  ];
  const stream = Buffer.from(sent.map(frame).join(''), 'utf8');

  it('reads the same messages whether they arrive whole, byte by byte or in random pieces', () => {
    expect(parseAll([stream])).toEqual({ messages: sent, dropped: [], unfinished: undefined });
    expect(parseAll([...stream].map((b) => Buffer.from([b])))).toEqual({
      messages: sent,
      dropped: [],
      unfinished: undefined,
    });
    let seed = 7;
    for (let round = 0; round < 50; round++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < stream.length; ) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const size = 1 + (seed % 40);
        chunks.push(stream.subarray(at, at + size));
        at += size;
      }
      expect(parseAll(chunks).messages).toEqual(sent);
    }
  });

  it('resynchronises after each malformed message, also when the input arrives byte by byte', () => {
    const mixed = Buffer.from(CASES.map((c) => c.raw + frame(sent[1])).join(''), 'utf8');
    for (const chunks of [[mixed], [...mixed].map((b) => Buffer.from([b]))]) {
      const r = parseAll(chunks);
      expect(r.messages).toEqual(CASES.map(() => sent[1]));
      expect(r.dropped).toHaveLength(CASES.length);
      CASES.forEach((c, i) => expect(r.dropped[i]).toMatch(c.logged));
    }
  });

  it('gives up on input that never contains a header, keeping only a few bytes meanwhile', () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    const messages: unknown[] = [];
    const problems: string[] = [];
    const parser = new FrameParser({
      message: (m) => void messages.push(m),
      dropped: (r) => void problems.push(r),
      fatal: (r) => void problems.push(`fatal: ${r}`),
    });
    for (let i = 0; i < 65 && !problems.some((p) => p.startsWith('fatal')); i++) parser.push(megabyte);
    expect(problems[0]).toMatch(/header line without a colon|longer than/);
    expect(problems.at(-1)).toMatch(/^fatal: no message header \(Content-Length: N\) in \d+ bytes of input/);
    expect(messages).toEqual([]);
  });
});
