// The built server over real stdio, driven with raw bytes: for tests of framing and lifecycle,
// where a well-behaved JSON-RPC client library cannot send what a broken client would.
import { spawn, type ChildProcess } from 'node:child_process';
import { serverBin } from './client.js';

export interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A well-formed frame around a JSON value. */
export function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

export class RawServer {
  readonly child: ChildProcess;
  readonly received: RawMessage[] = [];
  /** Every byte the server wrote to stdout, as text. */
  stdout = '';
  stderr = '';
  exitCode: number | null | undefined;
  private pending = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private readonly exited: Promise<number | null>;

  constructor(env: Record<string, string> = {}) {
    // DHCPLINT_LSP_TEST_BIN: another build of the server (to check that a test fails on old code).
    this.child = spawn(process.execPath, [process.env.DHCPLINT_LSP_TEST_BIN ?? serverBin, '--stdio'], {
      env: { ...process.env, DHCPLINT_LSP_DEBOUNCE_MS: '20', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdin!.on('error', () => {}); // writes after the server exited
    this.child.stdout!.on('data', (d: Buffer) => {
      this.stdout += d.toString('utf8');
      this.pending = Buffer.concat([this.pending, d]);
      this.parse();
      this.wake();
    });
    this.child.stderr!.on('data', (d) => {
      this.stderr += d;
      this.wake();
    });
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code) => {
        this.exitCode = code;
        this.wake();
        resolve(code);
      }),
    );
  }

  private parse(): void {
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, end).toString('latin1'))?.[1]);
      if (this.pending.length < end + 4 + length) return;
      this.received.push(JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString('utf8')));
      this.pending = this.pending.subarray(end + 4 + length);
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once `ok` holds (checked on every output of the server), rejects after `ms`. */
  until<T>(what: string, ok: () => T | undefined | false, ms = 8_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `timed out waiting for ${what}; stderr: ${this.stderr}; received: ${JSON.stringify(this.received).slice(0, 2000)}`,
            ),
          ),
        ms,
      );
      const check = () => {
        const v = ok();
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  write(raw: string | Buffer): void {
    this.child.stdin!.write(raw);
  }

  send(message: unknown): void {
    this.write(frame(message));
  }

  /** The response to request `id`, once it arrives. */
  response(id: number | string, ms?: number): Promise<RawMessage> {
    return this.until(
      `the response to request ${id}`,
      () => this.received.find((m) => m.id === id && m.method === undefined),
      ms,
    );
  }

  async initialize(folder?: string, id: number | string = 'init'): Promise<RawMessage> {
    const uri = folder ? new URL(`file://${folder}`).href : null;
    this.send({
      jsonrpc: '2.0',
      id,
      method: 'initialize',
      params: {
        processId: null,
        rootUri: uri,
        workspaceFolders: folder ? [{ uri, name: 'ws' }] : null,
        capabilities: {},
      },
    });
    const r = await this.response(id);
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return r;
  }

  /** The exit status, once the process ended (rejects if it is still running after `ms`). */
  exit(ms = 8_000): Promise<number | null> {
    return Promise.race([
      this.exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`server still running after ${ms} ms; stderr: ${this.stderr}`)), ms),
      ),
    ]);
  }

  kill(): void {
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}
