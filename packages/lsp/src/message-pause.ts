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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DispatchCounter {
  /** Messages the connection has taken off its queue and handed to a handler. */
  dispatched = 0;

  /** For the connection's options: counts each message as it is dispatched. */
  readonly strategy: MessageStrategy = {
    handleMessage: (message: Message, next: (message: Message) => void) => {
      this.dispatched++;
      return next(message);
    },
  };

  /** Yields to the event loop until the queued messages are handled (bounded by MAX_PAUSE_MS). */
  readonly pause = async (): Promise<void> => {
    const deadline = performance.now() + MAX_PAUSE_MS;
    let quiet = 0;
    while (quiet < QUIET_TURNS && performance.now() < deadline) {
      const before = this.dispatched;
      await nextTurn();
      quiet = this.dispatched === before ? quiet + 1 : 0;
    }
  };
}
