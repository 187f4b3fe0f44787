#!/usr/bin/env node
// In-process timing of the linter's model on one config: the statement walk alone and fact
// collection, each run several times after one parse (for profiling what packages/linter/src/model
// costs apart from parsing and the rules). Prints medians in ms, and with --expose-gc the heap the
// facts keep alive.
//   node bench/model.mjs [--linter path/to/linter/dist/index.js] [--runs N] FILE
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { linter: { type: 'string' }, runs: { type: 'string', default: '7' } },
});
const linter = await import(
  values.linter
    ? pathToFileURL(resolve(values.linter)).href
    : new URL('../packages/linter/dist/index.js', import.meta.url).href
);
const config = linter.loadServerConfig(resolve(positionals[0]), {});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function measure(label, fn) {
  const times = [];
  const cpu = [];
  for (let i = 0; i < Number(values.runs); i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // CPU time as well: on a shared machine it varies far less than wall time (run with
  // --single-threaded so that it counts this thread's work and garbage collection only).
  console.log(
    `${label.padEnd(22)} median ${median(times).toFixed(1).padStart(7)} ms [${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}], CPU ${median(cpu).toFixed(1)} ms [min ${Math.min(...cpu).toFixed(1)}]`,
  );
}

let statements = 0;
measure('walk (no-op visitor)', () => {
  statements = 0;
  linter.walkConfig(config, { enter: () => void statements++ });
  return statements;
});
measure('walk (enter + leave)', () => {
  let n = 0;
  linter.walkConfig(config, { enter: () => void n++, leave: () => void n++ });
  return n;
});
measure('collectFacts', () => linter.collectFacts(config));
console.log(`${statements} statements`);
if (globalThis.gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const facts = linter.collectFacts(config);
  gc();
  console.log(
    `facts keep ${((process.memoryUsage().heapUsed - before) / 2 ** 20).toFixed(1)} MB alive (${facts.hosts.length} hosts)`,
  );
}
