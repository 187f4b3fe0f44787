// The built server over stdio reads files on disk only under its workspace folders: requests
// naming an unopened file outside get empty results, includes and discovery do not leave the
// folders (by path or by symlink), and no byte of an outside file appears in anything it sends.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawServer, type RawMessage } from './raw-stdio.js';

const CANARY = 'zq7canaryx4';
// Badly indented (formatting would edit it), with symbols, tokens, and an unknown statement
// whose name a diagnostic would quote.
const SECRET_TEXT = `${CANARY}word;\nsubnet 10.9.0.0 netmask 255.255.255.0 {\n        option domain-name "${CANARY}.example";\n}\n`;
const INSIDE_TEXT = 'subnet 10.8.0.0 netmask 255.255.255.0 {\n        option domain-name "inside.example";\n}\n';

let base: string;
let ws: string;
let outside: string;
const uri = (p: string) => pathToFileURL(p).href;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dhcplint-confine-'));
  ws = join(base, 'ws');
  outside = join(base, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.conf'), SECRET_TEXT);
  writeFileSync(join(outside, 'dhcpd.conf'), SECRET_TEXT);
  // An rc file above the workspace folder (found by the upward search): it must not apply.
  writeFileSync(join(base, '.dhcplintrc.json'), JSON.stringify({ rules: { 'unknown-statement': 'off' } }));
  // Symlinks inside the workspace that lead out: one included by path, one a discovered config
  // name, one a folder.
  symlinkSync(join(outside, 'secret.conf'), join(ws, 'linked.conf'));
  symlinkSync(join(outside, 'secret.conf'), join(ws, 'dhcpd-linked.conf'));
  symlinkSync(outside, join(ws, 'sub'));
  writeFileSync(join(ws, 'inside.conf'), INSIDE_TEXT);
  writeFileSync(
    join(ws, 'dhcpd.conf'),
    `include "${join(outside, 'secret.conf')}";\ninclude "${join(ws, 'linked.conf')}";\ninclude "${join(ws, 'inside.conf')}";\nnotastatement;\n`,
  );
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const FORMAT = { tabSize: 2, insertSpaces: true };

describe('the language server reads only the workspace', () => {
  it('answers requests for an unopened file outside the workspace with empty results and never sends its content', async () => {
    const server = new RawServer();
    let next = 0;
    const ask = async (method: string, params: unknown): Promise<RawMessage> => {
      const id = `r${next++}`;
      server.send({ jsonrpc: '2.0', id, method, params });
      return server.response(id);
    };
    try {
      await server.initialize(ws);
      const secret = { uri: uri(join(outside, 'secret.conf')) };
      const viaLink = { uri: uri(join(ws, 'linked.conf')) };
      const inside = { uri: uri(join(ws, 'inside.conf')) };

      // The control: an unopened file inside the workspace is read and answered.
      expect(
        ((await ask('textDocument/formatting', { textDocument: inside, options: FORMAT })).result as unknown[]).length,
      ).toBeGreaterThan(0);
      expect(
        ((await ask('textDocument/semanticTokens/full', { textDocument: inside })).result as { data: number[] }).data
          .length,
      ).toBeGreaterThan(0);
      expect(
        ((await ask('textDocument/documentSymbol', { textDocument: inside })).result as unknown[]).length,
      ).toBeGreaterThan(0);

      for (const doc of [secret, viaLink]) {
        expect((await ask('textDocument/formatting', { textDocument: doc, options: FORMAT })).result).toEqual([]);
        expect(
          (
            await ask('textDocument/rangeFormatting', {
              textDocument: doc,
              options: FORMAT,
              range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
            })
          ).result,
        ).toEqual([]);
        expect((await ask('textDocument/semanticTokens/full', { textDocument: doc })).result).toEqual({ data: [] });
        expect((await ask('textDocument/documentSymbol', { textDocument: doc })).result).toEqual([]);
        expect((await ask('textDocument/foldingRange', { textDocument: doc })).result).toEqual([]);
        expect((await ask('textDocument/documentLink', { textDocument: doc })).result).toEqual([]);
        expect(
          (await ask('textDocument/hover', { textDocument: doc, position: { line: 2, character: 10 } })).result,
        ).toBeNull();
        expect(
          (await ask('textDocument/completion', { textDocument: doc, position: { line: 2, character: 10 } })).result,
        ).toEqual([]);
      }

      // The workspace's own config: diagnostics for it, none for the outside files.
      const main = uri(join(ws, 'dhcpd.conf'));
      const published = () =>
        server.received
          .filter((m) => m.method === 'textDocument/publishDiagnostics')
          .map((m) => m.params as { uri: string; diagnostics: { code: string; message: string }[] });
      await server.until(
        'diagnostics of the workspace config',
        () => published().some((p) => p.uri === main && p.diagnostics.length > 0),
        20_000,
      );
      const ownDiagnostics = published().find((p) => p.uri === main)!.diagnostics;
      // The rc file above the workspace was not applied.
      expect(ownDiagnostics.map((d) => d.code)).toContain('unknown-statement');
      expect(
        published()
          .map((p) => p.uri)
          .filter((u) => !u.startsWith(`${uri(ws)}/`) || u.includes('linked') || u.includes('/sub/')),
      ).toEqual([]);
      // The includes that lead out are not offered as links; the one inside is.
      const links = (await ask('textDocument/documentLink', { textDocument: { uri: main } })).result as {
        target: string;
      }[];
      expect(links.map((l) => l.target)).toEqual([uri(join(ws, 'inside.conf'))]);

      expect(server.stdout).not.toContain(CANARY);
      expect(server.stderr).not.toContain(CANARY);
    } finally {
      server.kill();
    }
  }, 30_000);

  it('an open document outside the workspace is served from memory, its includes outside are not read', async () => {
    const server = new RawServer();
    try {
      await server.initialize(ws);
      const path = join(outside, 'open.conf');
      const text = `include "${join(outside, 'secret.conf')}";\nsubnet 10.7.0.0 netmask 255.255.255.0 {\n        option domain-name "open.example";\n}\n`;
      server.send({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri: uri(path), languageId: 'dhcpd', version: 1, text } },
      });
      server.send({
        jsonrpc: '2.0',
        id: 'fmt',
        method: 'textDocument/formatting',
        params: { textDocument: { uri: uri(path) }, options: FORMAT },
      });
      expect(((await server.response('fmt')).result as unknown[]).length).toBeGreaterThan(0);
      await server.until(
        'diagnostics of the open document',
        () =>
          server.received.some(
            (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri(path),
          ),
        20_000,
      );
      server.send({
        jsonrpc: '2.0',
        id: 'links',
        method: 'textDocument/documentLink',
        params: { textDocument: { uri: uri(path) } },
      });
      expect((await server.response('links')).result).toEqual([]);
      expect(
        server.received.some(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' &&
            (m.params as { uri: string }).uri === uri(join(outside, 'secret.conf')),
        ),
      ).toBe(false);
      expect(server.stdout).not.toContain(CANARY);
    } finally {
      server.kill();
    }
  }, 30_000);
});
