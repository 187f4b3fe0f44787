#!/usr/bin/env node
// What the parser's grammar costs: parse time and retained heap of @dhcplint/parser on the
// bench's 10 MB config (declarations, parameters, options) and on an expression-heavy config
// (classes, if/elsif, switch), each measured in a fresh process so one run's garbage does not
// bill the next.
//
//   node scripts/bench-grammar.mjs [--parser this/index.bundle.js] [--against path/to/other/index.bundle.js]
//                                  [--runs 5] [--file some.conf] [--profile]
//
// Measures packages/parser/dist/index.bundle.js (npm run build); --against also measures another
// build (e.g. a copy of the bundle from before a change), interleaved with it; --file measures that
// config instead of the two generated ones (e.g. /tmp/s8/bench-10MB.conf); --profile writes a
// .cpuprofile of one parse of each input by this build to the current directory.
//
// Each child parses the input once cold (the figures "parse", "CPU", "retained heap") and then twice
// more: "warm CPU" is the better of those, the grammar's cost once V8 has optimised it. CPU time
// varies far less than wall time on a shared machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SIZES, generateConfig } from '../bench/generate.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

/** Runs inside the child: one parse, printing its figures as JSON. */
async function child(parserPath, file) {
  const text = readFileSync(file, 'utf8');
  const loadStart = performance.now();
  const { parse } = await import(pathToFileURL(parserPath).href);
  const loadMs = performance.now() - loadStart;
  // First parse of a tiny text with an expression: what building the grammar (Chevrotain's
  // self-analysis) costs at start-up.
  const firstStart = performance.now();
  parse('if known { authoritative; }', { attachComments: false });
  const firstMs = performance.now() - firstStart;
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let result = parse(text, { attachComments: false });
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  globalThis.gc();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  let warmCpuMs = Infinity;
  for (let k = 0; k < 2; k++) {
    result = undefined;
    globalThis.gc();
    const c = process.cpuUsage();
    result = parse(text, { attachComments: false });
    const used = process.cpuUsage(c);
    warmCpuMs = Math.min(warmCpuMs, (used.user + used.system) / 1000);
  }
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs,
      warmCpuMs,
      retainedMb,
      peakRssMb,
      loadMs,
      firstMs,
      statements: result.ast.body.length,
      errors: result.errors.length,
    }),
  );
}

/** Classes with match conditions, if/elsif/else and switch blocks: the expression grammar's work. */
function expressionConfig(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(`class "vendor-${i}" {`);
    out.push(
      `  match if substring(option vendor-class-identifier, 0, 9) = "PXEClient" and not (option host-name = "pxe-${i}") or exists user-class;`,
    );
    out.push('}');
    out.push(`if option dhcp-user-class-id = "grp${i}" and (extract-int(option dhcp-message-type, 8) = 3 or known) {`);
    out.push(`  option domain-name = concat("n", binary-to-ascii(10, 8, ".", leased-address), ".example.com");`);
    out.push(`} elsif lcase(option host-name) ~~ "^ws-${i}" {`);
    out.push('  set kind = "ws";');
    out.push('} else {');
    out.push('  log(info, concat("other ", pick-first-value(option host-name, "none")));');
    out.push('}');
    out.push('switch (option host-name) {');
    out.push(`  case "a${i}":`);
    out.push('    set x = 1;');
    out.push('  default:');
    out.push('    set x = 2;');
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}

async function main() {
  if (args[0] === '--child') return child(args[1], args[2]);
  const parserPath = resolve(option('--parser', join(root, 'packages/parser/dist/index.bundle.js')));
  // --against another build: both measured in the same run, interleaved.
  const against = option('--against', undefined);
  const parsers = against ? [parserPath, resolve(against)] : [parserPath];
  const runs = Number(option('--runs', '5'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-grammar-'));
  try {
    const configFile = option('--file', undefined);
    const inputs = configFile
      ? { [configFile]: readFileSync(configFile, 'utf8') }
      : { '10MB config': generateConfig(SIZES['10MB'], 'primary'), expressions: expressionConfig(6000) };
    console.log(`${new Date().toISOString()}, node ${process.version}, ${runs} runs each (median)\n`);
    for (const [name, text] of Object.entries(inputs)) {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.conf`);
      writeFileSync(file, text);
      // Runs of the parsers compared alternate, so a change in the machine's load hits both alike.
      const figures = parsers.map(() => []);
      for (let r = 0; r < runs; r++) {
        parsers.forEach((parserPath, k) => {
          const res = spawnSync(
            process.execPath,
            ['--expose-gc', fileURLToPath(import.meta.url), '--child', parserPath, file],
            { encoding: 'utf8', maxBuffer: 1 << 20 },
          );
          if (res.status !== 0) throw new Error(`child failed: ${res.stderr}`);
          figures[k].push(JSON.parse(res.stdout));
        });
      }
      const f = figures[0][0];
      console.log(
        `${name} (${(text.length / 1e6).toFixed(1)} MB, ${f.statements} top-level statements, ${f.errors} errors)`,
      );
      parsers.forEach((parserPath, k) => {
        const median = (key) => figures[k].map((x) => x[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
        console.log(
          `  ${k === 0 ? 'this build' : parserPath}: parse ${median('ms').toFixed(0)} ms | CPU ${median('cpuMs').toFixed(0)} ms | warm CPU ${median('warmCpuMs').toFixed(0)} ms | retained heap ${median('retainedMb').toFixed(0)} MB | peak RSS ${median('peakRssMb').toFixed(0)} MB | module load ${median('loadMs').toFixed(0)} ms | first parse with an expression ${median('firstMs').toFixed(1)} ms`,
        );
      });
      if (args.includes('--profile')) {
        spawnSync(
          process.execPath,
          [
            '--expose-gc',
            '--cpu-prof',
            '--cpu-prof-dir',
            process.cwd(),
            fileURLToPath(import.meta.url),
            '--child',
            parserPath,
            file,
          ],
          { stdio: 'ignore' },
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
