// Time-slicing: a stepped analysis runs in slices of about 20 ms with pauses between them, where
// incoming requests are read and answered and a stale run is dropped.
import { performance } from 'node:perf_hooks';

/** Longest stretch of analysis between two pauses, in milliseconds. */
const SLICE_MS = 20;
/**
 * Event-loop turns per pause when no better pause is given. vscode-jsonrpc hands an incoming
 * message through several setImmediate hops (read lock, message queue, handler) before it runs,
 * one hop per turn: with a single turn per pause a request waited about four slices, with four it
 * is answered in the first. It is not enough for a burst of messages: see message-pause.ts.
 */
const PAUSE_TURNS = 4;

export async function fixedTurnsPause(): Promise<void> {
  for (let turn = 0; turn < PAUSE_TURNS; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs a stepped computation in slices of about SLICE_MS, pausing between slices (incoming
 * requests are read and answered there). Undefined when `stale()` says, after a pause, that the
 * result is no longer wanted.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  stale: () => boolean,
  pause: () => Promise<void> = fixedTurnsPause,
): Promise<T | undefined> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() < sliceEnd) continue;
    await pause();
    if (stale()) {
      steps.return(undefined as T);
      return undefined;
    }
    sliceEnd = performance.now() + SLICE_MS;
  }
}
