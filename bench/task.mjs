// One benchmark task in a fresh process, so the parent can take its wall time and peak memory.
// Prints {"ms": <time of the work itself>} on stdout.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// DHCPLINT_BENCH_PARSER: the parser bundle to measure (the bench passes its snapshot of the build).
const parserPath = process.env.DHCPLINT_BENCH_PARSER;
const { parse, print, format } = await import(parserPath ? pathToFileURL(parserPath).href : '@dhcplint/parser');
// The scanner is internal: its own bundle beside the parser's (see scripts/bundle.mjs).
const { scan } = await import(
  parserPath ? pathToFileURL(join(dirname(parserPath), 'internal.bundle.js')).href : '@dhcplint/parser/internal'
);

const [task, ...files] = process.argv.slice(2);
const text = readFileSync(files[0], 'utf8');
let t0 = performance.now();
let count = 0;
switch (task) {
  case 'regex-floor': {
    // The floor any JS tokenizer can reach: one sticky regex over the text, nothing kept.
    const re = /\s+|#[^\n]*|"(?:[^"\\]|\\.)*"|[^\s;{}",()#]+|./y;
    while (re.lastIndex < text.length && re.exec(text)) count++;
    break;
  }
  case 'lex':
    count = scan(text).tokens.length;
    break;
  case 'parse':
    count = parse(text).ast.body.length;
    break;
  case 'print': {
    const { ast } = parse(text);
    t0 = performance.now();
    count = print(ast).length;
    break;
  }
  case 'format':
    count = format(text).length;
    break;
  default:
    console.error(`unknown task ${task}`);
    process.exit(2);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, count }));
