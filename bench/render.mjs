#!/usr/bin/env node
// Renders RESULTS.md, chart.svg and targets.svg again from a results.json (after editing
// history.md, or for a kept run): node bench/render.mjs [results.json] [out-dir]
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const input = resolve(process.argv[2] ?? `${here}/results.json`);
const results = JSON.parse(readFileSync(input, 'utf8'));
if (!results.tasks) throw new Error(`${input} has no task list (written before bench/run.mjs stored one)`);
const outDir = resolve(process.argv[3] ?? dirname(input));
mkdirSync(outDir, { recursive: true });
writeReport(results, outDir);
