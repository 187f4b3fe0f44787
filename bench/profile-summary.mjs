#!/usr/bin/env node
// Summarises `node --cpu-prof` profiles of a bundled command: self time per source module of the
// bundle (esbuild marks each with a `// path` comment), per function, and inclusive time of the
// functions given. Several profiles are averaged.
//   node bench/profile-summary.mjs [--top N] [--incl name,name] PROFILE...
// Profile the CLI with: node --cpu-prof --cpu-prof-dir=DIR packages/linter/bin/dhcplint.js FILE
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, incl: { type: 'string', default: '' } },
});
const top = Number(values.top);
const inclNames = values.incl.split(',').filter(Boolean);

/** Line → module path maps per bundle URL, from esbuild's `// path` comments. */
const moduleMaps = new Map();
function moduleOf(url, line) {
  if (!url.startsWith('file:') || !/\.bundle\.c?js$/.test(url))
    return url.replace(/^.*node_modules\//, '').replace(/^node:/, 'node:') || '(native)';
  let map = moduleMaps.get(url);
  if (!map) {
    map = [];
    readFileSync(fileURLToPath(url), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^\/\/ ((?:packages|node_modules)\/\S+)$/.exec(text);
        if (m) map.push([i, m[1].replace('/dist/', '/').replace(/^node_modules\//, '')]);
      });
    moduleMaps.set(url, map);
  }
  let lo = 0,
    hi = map.length - 1,
    found = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const byModule = new Map(),
  byFunction = new Map(),
  inclusive = new Map();
let total = 0;
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (const file of positionals) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  p.samples.forEach((s, i) => add(self, s, (p.timeDeltas[i] ?? 0) / 1000 / positionals.length));
  for (const [id, ms] of self) {
    const { callFrame: cf } = byId.get(id);
    const name = cf.functionName || (cf.url ? '(anonymous)' : '');
    total += ms;
    add(byModule, cf.url ? moduleOf(cf.url, cf.lineNumber) : name, ms);
    add(byFunction, `${name} (${cf.url ? `${moduleOf(cf.url, cf.lineNumber)}:${cf.lineNumber + 1}` : 'native'})`, ms);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const n = byId.get(x).callFrame.functionName;
      if (inclNames.includes(n) && !seen.has(n)) {
        seen.add(n);
        add(inclusive, n, ms);
      }
    }
  }
}
const show = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${v.toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
};
console.log(`${positionals.length} profile(s), ${total.toFixed(0)} ms sampled on average`);
show('Self time per module', byModule);
show('Self time per function', byFunction);
if (inclNames.length) show('Inclusive time', inclusive);
