import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../src/index.js';
import * as protocol from '../src/protocol.js';
import { generateConfig, SIZES } from '../../../bench/generate.mjs';

/** The server in-process over a pair of streams: fast protocol-level checks without spawning. */
function inProcess() {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, { debounceMs: 0 });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return { server, client };
}

describe('protocol over an in-process stream pair', () => {
  it('initializes, publishes versioned diagnostics, drops them on close, and rejects unknown methods', async () => {
    const { server, client } = inProcess();
    const received: PublishDiagnosticsParams[] = [];
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void received.push(p));
    client.onNotification('window/logMessage', () => {});
    client.listen();

    const ws = mkdtempSync(join(tmpdir(), 'dhcplint-proto-'));
    const init = await client.sendRequest('initialize', {
      processId: null,
      rootUri: pathToFileURL(ws).href,
      capabilities: {},
    });
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
    client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'dhcpd', version: 3, text: 'default-lease-time ten;\n' },
    });
    const first = await waitFor((p) => p.version === 3 && p.diagnostics.length > 0);
    expect(first.diagnostics[0]).toMatchObject({
      code: 'invalid-value',
      source: 'dhcplint',
      range: { start: { line: 0, character: 19 } },
    });
    client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: 0, character: 19 }, end: { line: 0, character: 22 } }, text: '600' }],
    });
    await waitFor((p) => p.version === 4 && p.diagnostics.length === 0);
    // Break it again, then close: the disk copy (empty) is what remains, so the problem goes away.
    client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: 'ping-check maybe;\n' }],
    });
    await waitFor((p) => p.version === 5 && p.diagnostics.length === 1);
    const before = received.length;
    client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (let i = 0; i < 200 && !received.slice(before).some((p) => p.uri === uri && p.diagnostics.length === 0); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(received.slice(before).find((p) => p.uri === uri)?.diagnostics).toEqual([]);

    await expect(client.sendRequest('dhcplint/noSuchMethod', {})).rejects.toThrow(/Unhandled method/);
    client.dispose();
    server.dispose();
  });

  it("answers every request of the typed protocol module the extension sends with, and names its package's version", async () => {
    const { server, client } = inProcess();
    client.onNotification('window/logMessage', () => {});
    client.listen();
    const ws = mkdtempSync(join(tmpdir(), 'dhcplint-proto-'));
    const init = (await client.sendRequest('initialize', {
      processId: null,
      rootUri: pathToFileURL(ws).href,
      capabilities: {},
    })) as { serverInfo: { version: string } };
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(init.serverInfo.version).toBe(pkg.version);
    const requests = Object.entries(protocol).filter(([name]) => name.endsWith('Request'));
    expect(requests.map(([name]) => name).sort()).toEqual([
      'KeaPreviewRequest',
      'PairReportRequest',
      'PeerConfigRequest',
    ]);
    const params = { textDocument: { uri: pathToFileURL(join(ws, 'none.conf')).href } };
    // An unregistered method rejects ('Unhandled method'); a registered one answers (null: no such server).
    for (const [, type] of requests)
      expect(await client.sendRequest((type as { method: string }).method, params)).not.toBeUndefined();
    client.dispose();
    server.dispose();
    rmSync(ws, { recursive: true, force: true });
  });

  it('takes its version from its package.json, bundled or not (no version written in the code)', async () => {
    const src = new URL('../src/', import.meta.url).pathname;
    for (const f of ['main.ts', 'server.ts'])
      expect(readFileSync(join(src, f), 'utf8')).not.toMatch(/['"`]\d+\.\d+\.\d+['"`]/);
    // version.ts in a package of another version, bundled as the release bundles are, then run from
    // an empty folder: the version travels inside the bundle.
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-version-'));
    try {
      mkdirSync(join(dir, 'src'));
      copyFileSync(join(src, 'version.ts'), join(dir, 'src/version.ts'));
      writeFileSync(
        join(dir, 'src/main.ts'),
        "import { VERSION } from './version.js';\nprocess.stdout.write(VERSION);\n",
      );
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: 'probe', version: '9.8.7-probe', type: 'module' }),
      );
      const banner = {
        js: "import { createRequire as __r } from 'node:module';\nconst require = __r(import.meta.url);",
      };
      await build({
        entryPoints: [join(dir, 'src/main.ts')],
        outfile: join(dir, 'out/probe.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        banner,
        logLevel: 'silent',
      });
      rmSync(join(dir, 'package.json'));
      const r = spawnSync('node', [join(dir, 'out/probe.mjs')], { encoding: 'utf8', timeout: 30_000 });
      expect(r.stdout).toBe('9.8.7-probe');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers requests while a long check runs, and an edit stops a check that became stale', async () => {
    const { server, client } = inProcess();
    // Everything the client sees, in the order it arrives.
    const events: string[] = [];
    let onEvent = () => {};
    const note = (e: string) => {
      events.push(e);
      onEvent();
    };
    const until = (pred: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timeout; events: ${events.join(', ')}`)), 120_000);
        onEvent = () => {
          if (pred()) {
            clearTimeout(t);
            resolve();
          }
        };
        onEvent();
      });
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      note(`diagnostics v${p.version}`),
    );
    client.onNotification('dhcplint/status', (s: { state: string }) => note(s.state));
    client.onNotification('window/logMessage', () => {});
    client.listen();
    const ws = mkdtempSync(join(tmpdir(), 'dhcplint-proto-'));
    await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(ws).href, capabilities: {} });
    client.sendNotification('initialized', {});
    await until(() => events.includes('idle')); // the empty workspace's first check

    // A 2 MB config: its check takes many 20 ms slices on any machine.
    const text = generateConfig(SIZES['2MB']);
    const path = join(ws, 'dhcpd.conf');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
    await until(() => events.includes('diagnostics v1'));

    const keystroke = (version: number, char: string) =>
      client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: char }],
      });
    // A hover sent once the check of version 2 has started is answered before that check ends.
    events.length = 0;
    keystroke(2, 'X');
    await until(() => events.includes('analysing'));
    const hover = client
      .sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 40, character: 4 } })
      .then(() => note('hover answered'));
    await until(() => events.includes('diagnostics v2'));
    await hover;
    expect(events.indexOf('hover answered')).toBeGreaterThan(-1);
    expect(events.indexOf('hover answered')).toBeLessThan(events.indexOf('diagnostics v2'));

    // An edit while version 3 is being checked: that check stops, only version 4's finishes.
    events.length = 0;
    keystroke(3, 'Y');
    await until(() => events.includes('analysing'));
    keystroke(4, 'Z');
    await until(() => events.includes('diagnostics v4'));
    expect(events.filter((e) => e === 'idle')).toEqual(['idle']);
    expect(events).not.toContain('diagnostics v3');

    client.dispose();
    server.dispose();
  }, 180_000);
});
