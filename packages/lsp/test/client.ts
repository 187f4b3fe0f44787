// A real JSON-RPC client (vscode-languageserver-protocol) driving the shipped server over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = new URL('../../../', import.meta.url).pathname;
export const serverBin = join(repoRoot, 'packages/lsp/bin/dhcplint-lsp.js');
export const uriOf = (path: string) => pathToFileURL(path).href;

/** A copy of the example deployment in a temp folder, so tests can change files freely. */
export function copyDeployment(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhcplint-lsp-'));
  cpSync(join(repoRoot, 'test-fixtures/deployment'), dir, { recursive: true });
  return dir;
}

export class TestClient {
  readonly child: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  stderr = '';
  /** Anything on stdout that is not a protocol message would break the reader; we record exits. */
  exited: number | null | undefined;

  constructor(env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [serverBin, '--stdio'], {
      env: { ...process.env, DHCPLINT_LSP_DEBOUNCE_MS: '20', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    this.child.on('exit', (code) => (this.exited = code));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.listen();
  }

  async initialize(folder: string): Promise<unknown> {
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }],
      capabilities: {},
    });
    this.conn.sendNotification('initialized', {});
    return r;
  }

  open(path: string, text = readFileSync(path, 'utf8'), version = 1): void {
    this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf(path), languageId: 'dhcpd', version, text },
    });
  }

  change(path: string, text: string, version: number): void {
    this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriOf(path), version },
      contentChanges: [{ text }],
    });
  }

  close(path: string): void {
    this.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  }

  /** Resolves with the first diagnostics for `path` that satisfy `ok` (already received or later). */
  waitDiagnostics(
    path: string,
    ok: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs = 20_000,
  ): Promise<PublishDiagnosticsParams> {
    const uri = uriOf(path);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${path}; last: ${JSON.stringify(this.diagnostics.get(uri))}; stderr: ${this.stderr}`,
            ),
          ),
        timeoutMs,
      );
      const check = () => {
        const p = this.diagnostics.get(uri);
        if (p && ok(p)) {
          clearTimeout(timer);
          resolve(p);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 50));
    this.conn.dispose();
    this.child.kill();
  }
}
