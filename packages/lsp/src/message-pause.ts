// Pauses of a long analysis that let every message already received be handled first.
// vscode-jsonrpc dispatches one queued message per event-loop turn. A pause of a fixed few turns
// handled a few messages per slice: during a burst of edits (one every ~10 ms) the queue grew
// faster than it drained, and a hover waited behind hundreds of edits and slices (0.8–3.1 s on
// an 826 KB document). Counting dispatches shows when the queue is empty: the pause lasts until
// a few turns pass without one.
import type { MessageStrategy } from 'vscode-languageserver/node';
import type { Message } from 'vscode-languageserver/node';

/** Turns without a dispatch after which the queue is taken as empty. */
const QUIET_TURNS = 3;
/**
 * Longest pause: under a flood of requests (a client asking without waiting) the analysis still
 * gets a third of the time, two 20 ms slices of messages for each slice of analysis.
 */
const MAX_PAUSE_MS = 40;
/**
 * Longest pause while a message is still arriving (bytes read, nothing to dispatch yet). A 10 MB
 * didOpen comes in ~160 reads of 64 KB, one or two per turn: read one per pause, it took seconds
 * behind an analysis in progress, and every request sent after it waited that long.
 */
const MAX_READING_PAUSE_MS = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DispatchCounter {
  /** Messages the connection has taken off its queue and handed to a handler. */
  dispatched = 0;

  /** `input`: what the connection reads from, when it counts the bytes it has read. */
  constructor(private readonly input?: { readonly bytesReceived: number }) {}

  /** For the connection's options: counts each message as it is dispatched. */
  readonly strategy: MessageStrategy = {
    handleMessage: (message: Message, next: (message: Message) => void) => {
      this.dispatched++;
      return next(message);
    },
  };

  /** Yields to the event loop until the queued messages are handled (bounded by MAX_PAUSE_MS). */
  readonly pause = async (): Promise<void> => {
    const start = performance.now();
    let quiet = 0;
    while (quiet < QUIET_TURNS) {
      const dispatched = this.dispatched;
      const bytes = this.input?.bytesReceived;
      await nextTurn();
      const handled = this.dispatched !== dispatched;
      const reading = !handled && this.input?.bytesReceived !== bytes;
      quiet = handled || reading ? 0 : quiet + 1;
      if (performance.now() - start >= (reading ? MAX_READING_PAUSE_MS : MAX_PAUSE_MS)) break;
    }
  };
}
