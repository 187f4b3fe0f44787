// A strict reader of LSP base-protocol frames (`Content-Length: N\r\n\r\n<N bytes of JSON>`).
// vscode-jsonrpc's StreamMessageReader reports a bad header once and then waits forever for a
// header end or a body that never comes; this one drops a malformed message, says why, and
// resynchronises at the next `Content-Length: N\r\n` header. That is sound because a JSON body
// can never contain that text: outside strings it is not JSON, and a JSON string cannot hold a
// raw CR or LF. A stream that never yields a header again is given up on, not buffered forever.
import {
  AbstractMessageReader,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';

/** Largest message body accepted (a 64 MiB didOpen is far beyond any dhcpd config). */
export const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
/** Longest header block: real ones are under 100 bytes. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Garbage skipped while looking for a header before the stream is given up on. */
const MAX_RESYNC_BYTES = MAX_CONTENT_LENGTH;
/** Bytes kept at the end of scanned input, so a header split across two reads is still found. */
const SCAN_OVERLAP = 64;
const HEADER_START = /Content-Length[ \t]*:[ \t]*\d+[ \t]*\r\n/i;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export interface FrameHandlers {
  message(message: Message): void;
  /** A malformed message was dropped; the text says what was wrong with it. */
  dropped(reason: string): void;
  /** The stream cannot be resynchronised; nothing more will be read. */
  fatal(reason: string): void;
}

/** A growable byte buffer: appends are amortised O(1), consumed bytes are reclaimed lazily. */
class ByteQueue {
  private data = Buffer.alloc(64 * 1024);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }
  view(): Buffer {
    return this.data.subarray(this.start, this.end);
  }
  append(chunk: Buffer): void {
    if (this.end + chunk.length > this.data.length) {
      const needed = this.length + chunk.length;
      const next = needed > this.data.length >> 1 ? Buffer.alloc(Math.max(needed, this.data.length * 2)) : this.data;
      this.data.copy(next, 0, this.start, this.end);
      this.data = next;
      this.end -= this.start;
      this.start = 0;
    }
    chunk.copy(this.data, this.end);
    this.end += chunk.length;
  }
  consume(n: number): void {
    this.start += n;
    if (this.start !== this.end) return;
    this.start = this.end = 0;
    // A very large message is not kept in memory after it was read.
    if (this.data.length > 1024 * 1024) this.data = Buffer.alloc(64 * 1024);
  }
}

type State =
  | { kind: 'header' }
  | { kind: 'body'; headerBytes: number; length: number; scannedTo: number }
  | { kind: 'resync'; scanFrom: number; skipped: number }
  | { kind: 'stopped' };

/** Turns bytes into messages; see the file comment for what happens to malformed input. */
export class FrameParser {
  private readonly queue = new ByteQueue();
  private state: State = { kind: 'header' };

  constructor(private readonly handlers: FrameHandlers) {}

  push(chunk: Buffer): void {
    if (this.state.kind === 'stopped') return;
    this.queue.append(chunk);
    this.process();
  }

  /** The input ended: the reason when it ended inside a message, else undefined. */
  end(): string | undefined {
    const s = this.state;
    this.state = { kind: 'stopped' };
    if (s.kind === 'body')
      return `input ended inside a message: ${this.queue.length - s.headerBytes} of the ${s.length} bytes its Content-Length announced arrived`;
    if (s.kind === 'header' && this.queue.length)
      return `input ended inside a message header: ${excerpt(this.queue.view())}`;
    return undefined;
  }

  private process(): void {
    for (;;) {
      const s = this.state;
      if (s.kind === 'stopped') return;
      if (s.kind === 'resync' && !this.resync(s)) return;
      if (s.kind === 'header' && !this.readHeader()) return;
      if (s.kind === 'body' && !this.readBody(s)) return;
    }
  }

  /** Drops the current message and looks for the next header from its second byte on. */
  private drop(reason: string): void {
    this.handlers.dropped(reason);
    this.state = { kind: 'resync', scanFrom: 1, skipped: 0 };
  }

  private resync(s: Extract<State, { kind: 'resync' }>): boolean {
    const view = this.queue.view();
    const at = findHeader(view, s.scanFrom);
    if (at >= 0) {
      this.queue.consume(at);
      this.state = { kind: 'header' };
      return true;
    }
    // Keep only what could be the start of a header split across reads (never the rejected one).
    const keep = Math.min(SCAN_OVERLAP, Math.max(0, view.length - s.scanFrom));
    s.skipped += view.length - keep;
    this.queue.consume(view.length - keep);
    s.scanFrom = 0;
    if (s.skipped > MAX_RESYNC_BYTES) {
      this.state = { kind: 'stopped' };
      this.handlers.fatal(
        `no message header (Content-Length: N) in ${s.skipped} bytes of input: this is not a language server protocol stream`,
      );
    }
    return false;
  }

  private readHeader(): boolean {
    const view = this.queue.view();
    const headers = new Map<string, string>();
    let pos = 0;
    for (;;) {
      const nl = view.indexOf(0x0a, pos);
      if (nl < 0) {
        if (view.length > MAX_HEADER_BYTES)
          this.drop(`message header longer than ${MAX_HEADER_BYTES} bytes without an end: ${excerpt(view)}`);
        return view.length > MAX_HEADER_BYTES;
      }
      if (nl === pos || view[nl - 1] !== 0x0d) {
        this.drop(
          `header line ends in LF without CR (header lines must end in CRLF): ${excerpt(view.subarray(pos, nl + 1))}`,
        );
        return true;
      }
      const line = view.subarray(pos, nl - 1).toString('latin1');
      pos = nl + 1;
      if (line === '') break;
      const colon = line.indexOf(':');
      if (colon < 0) {
        this.drop(`header line without a colon: ${excerpt(line)}`);
        return true;
      }
      const name = line.slice(0, colon).trim();
      if (!TOKEN.test(name)) {
        this.drop(`header name is not a token: ${excerpt(line)}`);
        return true;
      }
      headers.set(name.toLowerCase(), line.slice(colon + 1).trim());
    }
    const declared = headers.get('content-length');
    if (declared === undefined) {
      this.drop(`message header has no Content-Length: ${excerpt(view.subarray(0, pos))}`);
      return true;
    }
    if (!/^\d+$/.test(declared)) {
      this.drop(`Content-Length is not a non-negative integer: ${excerpt(declared)}`);
      return true;
    }
    const length = Number(declared);
    if (length > MAX_CONTENT_LENGTH) {
      this.drop(`Content-Length ${declared} exceeds the limit of ${MAX_CONTENT_LENGTH} bytes`);
      return true;
    }
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(headers.get('content-type') ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      this.drop(`unsupported charset ${excerpt(charset)} (only utf-8 is)`);
      return true;
    }
    this.state = { kind: 'body', headerBytes: pos, length, scannedTo: pos };
    return true;
  }

  private readBody(s: Extract<State, { kind: 'body' }>): boolean {
    const view = this.queue.view();
    const total = s.headerBytes + s.length;
    if (view.length < total) {
      // A header inside the bytes received so far means the announced length was too large.
      const at = findHeader(view, Math.max(s.headerBytes, s.scannedTo - SCAN_OVERLAP));
      if (at >= 0) {
        this.drop(
          `Content-Length ${s.length} is larger than the message: the next header starts ${at - s.headerBytes} bytes into the body`,
        );
        return true;
      }
      s.scannedTo = view.length;
      return false;
    }
    let message: unknown;
    try {
      message = JSON.parse(view.subarray(s.headerBytes, total).toString('utf8'));
    } catch (e) {
      // The next message's header inside the body: the announced length ran past this message.
      const header = findHeader(view.subarray(0, total), s.headerBytes);
      if (header >= 0) {
        this.drop(
          `Content-Length ${s.length} is larger than the message: the next header starts ${header - s.headerBytes} bytes into the body`,
        );
        return true;
      }
      this.drop(
        `message body is not valid JSON (${(e as Error).message}); its Content-Length ${s.length} may not match the body: ${excerpt(view.subarray(s.headerBytes, total))}`,
      );
      return true;
    }
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      this.drop(`message body is not a JSON object: ${excerpt(view.subarray(s.headerBytes, total))}`);
      return true;
    }
    this.queue.consume(total);
    this.state = { kind: 'header' };
    this.handlers.message(message as Message);
    return true;
  }
}

function findHeader(view: Buffer, from: number): number {
  if (from >= view.length) return -1;
  const m = HEADER_START.exec(view.subarray(from).toString('latin1'));
  return m ? from + m.index : -1;
}

/** A short, printable quote of what was received: logs never carry whole messages. */
function excerpt(bytes: Buffer | string): string {
  const text = typeof bytes === 'string' ? bytes : bytes.subarray(0, 80).toString('latin1');
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(cut);
}

/**
 * A MessageReader over a byte stream (stdin) using FrameParser. Dropped messages and the end of
 * the stream are reported through `log`; the reader closes on end of input and on a stream it
 * cannot resynchronise, which the caller turns into an exit.
 */
export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  private closed = false;
  /** Bytes read so far: a pause of the analysis goes on while a large message is still arriving. */
  bytesReceived = 0;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly log: (line: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const parser = new FrameParser({
      message: callback,
      dropped: (reason) => this.log(`dhcplint-lsp: dropped a malformed message: ${reason}`),
      fatal: (reason) => {
        this.log(`dhcplint-lsp: giving up on the input: ${reason}`);
        this.close();
      },
    });
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      this.bytesReceived += bytes.length;
      parser.push(bytes);
    };
    const onEnd = () => {
      const unfinished = parser.end();
      if (unfinished) this.log(`dhcplint-lsp: ${unfinished}`);
      this.close();
    };
    const onError = (e: Error) => {
      this.log(`dhcplint-lsp: cannot read the input: ${e.message}`);
      this.fireError(e);
      this.close();
    };
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('error', onError);
      },
    };
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fireClose();
  }
}
