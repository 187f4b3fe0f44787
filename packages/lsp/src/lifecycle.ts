// The LSP lifecycle rules vscode-languageserver leaves to the server: it answers any request
// whose handler exists, before `initialize` and after `shutdown` alike, and accepts a second
// `initialize`. This gate sits between the message reader and the connection and answers those
// requests itself with the errors the specification asks for. `exit` always passes: the library
// exits with 0 after `shutdown` and 1 otherwise.
import {
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

export type LifecyclePhase = 'uninitialized' | 'running' | 'shut down';

interface Decision {
  forward: boolean;
  error?: { code: number; message: string };
}

/** What happens to one incoming message in a phase, and the phase after it. */
export function lifecycleStep(phase: LifecyclePhase, message: Message): { decision: Decision; next: LifecyclePhase } {
  const m = message as Partial<RequestMessage>;
  if (typeof m.method !== 'string') return { decision: { forward: true }, next: phase }; // a response to one of our requests
  if (m.method === 'exit') return { decision: { forward: true }, next: phase };
  const isRequest = m.id !== undefined && m.id !== null;
  if (phase === 'shut down') {
    return {
      decision: isRequest
        ? {
            forward: false,
            error: {
              code: ErrorCodes.InvalidRequest,
              message: `dhcplint-lsp: '${m.method}' after shutdown: only 'exit' is accepted now`,
            },
          }
        : { forward: false },
      next: phase,
    };
  }
  if (phase === 'uninitialized') {
    if (m.method === 'initialize') return { decision: { forward: true }, next: 'running' };
    return {
      decision: isRequest
        ? {
            forward: false,
            error: {
              code: ErrorCodes.ServerNotInitialized,
              message: `dhcplint-lsp: '${m.method}' before 'initialize'`,
            },
          }
        : { forward: false },
      next: phase,
    };
  }
  if (m.method === 'initialize') {
    return {
      decision: isRequest
        ? {
            forward: false,
            error: { code: ErrorCodes.InvalidRequest, message: "dhcplint-lsp: 'initialize' may only be sent once" },
          }
        : { forward: false },
      next: phase,
    };
  }
  return { decision: { forward: true }, next: m.method === 'shutdown' && isRequest ? 'shut down' : phase };
}

/** A MessageReader that applies `lifecycleStep` to what `inner` reads, answering refused requests through `writer`. */
export class LifecycleGate implements MessageReader {
  phase: LifecyclePhase = 'uninitialized';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const { decision, next } = lifecycleStep(this.phase, message);
      this.phase = next;
      if (decision.forward) return callback(message);
      if (decision.error) {
        const response: ResponseMessage = { jsonrpc: '2.0', id: (message as RequestMessage).id, error: decision.error };
        void this.writer.write(response);
      }
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
