// Runs a CommonJS bundle with V8's code cache. Why: compiling the ~0.7 MB bundle was a large part
// of every CLI start, and Node 20 caches no compiled code for user modules. scripts/bundle.mjs
// writes `<bundle>.cache` after a sample run, holding the bytecode of every function that run
// compiled. A cache that is missing, unreadable, from another build, Node or architecture is not
// used (or V8 rejects it): the bundle then compiles as it would without one, nothing breaks.
// CommonJS (bin/package.json), as the bundle is: an ES module here would load Node's ESM loader,
// and importing node:fs into one builds its ESM facade, which reads every lazy getter of fs and
// so loads streams and fs/promises; a lint needs none of them.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The line scripts/bundle.mjs appends to a bundle: a hash of its content. */
const BUILD_ID = /\/\/# dhcplintBuildId=([0-9a-f]+)\s*$/;

/** What a cache file starts with: the build, Node and platform it belongs to, then a newline. */
const cacheHeader = (buildId) => `dhcplint-code-cache ${buildId} ${process.version} ${process.arch}\n`;

/** The cached bytecode for this bundle source, when the file belongs to it. */
function readCache(cachePath, header) {
  let data;
  try {
    data = readFileSync(cachePath);
  } catch {
    return undefined;
  }
  const head = Buffer.from(header);
  return data.length > head.length && data.subarray(0, head.length).equals(head)
    ? data.subarray(head.length)
    : undefined;
}

/**
 * Runs the bundle at `bundlePath` (CommonJS) in this context, as Node would run a .cjs file.
 * With DHCPLINT_WRITE_CODE_CACHE=1 (the build's sample run) it writes the cache at exit.
 */
function runBundle(bundlePath) {
  const source = readFileSync(bundlePath, 'utf8');
  // The id is on the last line: searching the whole bundle for it took ~10 ms.
  const buildId = BUILD_ID.exec(source.slice(-100))?.[1];
  const cachePath = bundlePath.replace(/\.c?js$/, '') + '.cache';
  const header = buildId ? cacheHeader(buildId) : undefined;
  const cachedData = header ? readCache(cachePath, header) : undefined;
  // The wrapper keeps line numbers: the bundle starts on the wrapper's first line.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData,
  });
  if (process.env.DHCPLINT_WRITE_CODE_CACHE === '1' && header) {
    // At exit, the cache holds what the run compiled, not just the top level.
    process.once('exit', () => {
      const tmp = `${cachePath}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(header), script.createCachedData()]));
      renameSync(tmp, cachePath);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { usedCache: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { runBundle, cacheHeader };
