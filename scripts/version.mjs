// One version for every package: the root package.json's. This script writes it everywhere else
// (each workspace's `version`, the exact ranges by which workspaces depend on each other, and the
// lockfile's copies of both), so a release never ships a linter that asks for a parser version
// that was never packed.
//
//   node scripts/version.mjs            write the root version everywhere
//   node scripts/version.mjs 0.2.0      set the root version to 0.2.0, then write it everywhere
//   node scripts/version.mjs --check    list every place that disagrees with the root; exit 1 if any
//   --root DIR                          work on another checkout (the tests use a temporary copy)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean' }, root: { type: 'string' } },
  allowPositionals: true,
});
const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
const [requested] = positionals;
if (positionals.length > 1 || (requested !== undefined && !SEMVER.test(requested)) || (requested && values.check)) {
  console.error('usage: node scripts/version.mjs [X.Y.Z | --check] [--root DIR]');
  process.exit(2);
}

const read = (file) => readFileSync(join(root, file), 'utf8');
const rootFile = 'package.json';
const rootJson = JSON.parse(read(rootFile));
const workspaces = rootJson.workspaces.map((dir) => {
  const file = join(dir, 'package.json');
  return { dir, file, name: JSON.parse(read(file)).name };
});
const names = new Set(workspaces.map((w) => w.name));
const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** Where `json` (a package.json, or a lockfile entry) disagrees with `version`: [field, found]. */
function disagreements(json, version) {
  const found = [];
  if (json.version !== version) found.push(['version', json.version]);
  for (const field of DEP_FIELDS)
    for (const [dep, range] of Object.entries(json[field] ?? {}))
      if (names.has(dep) && range !== version) found.push([`${field}.${dep}`, range]);
  return found;
}

if (values.check) {
  const version = rootJson.version;
  const problems = [];
  if (!SEMVER.test(version ?? '')) problems.push(`${rootFile}: version ${JSON.stringify(version)} is not X.Y.Z`);
  for (const w of workspaces)
    for (const [field, found] of disagreements(JSON.parse(read(w.file)), version))
      problems.push(`${w.file}: ${field} is ${JSON.stringify(found)}, not ${version}`);
  const lock = JSON.parse(read('package-lock.json'));
  if (lock.version !== version)
    problems.push(`package-lock.json: version is ${JSON.stringify(lock.version)}, not ${version}`);
  for (const key of ['', ...workspaces.map((w) => w.dir)])
    for (const [field, found] of disagreements(lock.packages[key] ?? {}, version))
      problems.push(`package-lock.json: packages["${key}"].${field} is ${JSON.stringify(found)}, not ${version}`);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`${problems.length} place(s) disagree with the root version; run: node scripts/version.mjs`);
    process.exit(1);
  }
  console.log(`every package is at ${version}`);
  process.exit(0);
}

const version = requested ?? rootJson.version;
if (!SEMVER.test(version ?? '')) {
  console.error(`${rootFile}: version ${JSON.stringify(version)} is not X.Y.Z`);
  process.exit(2);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Rewrites the top-level `version` and the workspace dependency ranges of one package.json in its
 * text, so the hand-kept layout (one-line objects) stays as it is; the result is parsed back and
 * compared, so a layout this cannot edit fails loudly instead of half-writing.
 */
function setInPackageJson(file) {
  const before = read(file);
  let text = before;
  const json = JSON.parse(text);
  if (json.version === undefined) text = text.replace(/^(\s*"name": "[^"]*",\n)/m, `$1  "version": "${version}",\n`);
  else text = text.replace(/^( {2}"version": )"[^"]*"/m, `$1"${version}"`);
  for (const field of DEP_FIELDS)
    for (const dep of Object.keys(json[field] ?? {}))
      if (names.has(dep)) text = text.replace(new RegExp(`("${escape(dep)}":\\s*)"[^"]*"`, 'g'), `$1"${version}"`);
  const after = JSON.parse(text);
  if (disagreements(after, version).length)
    throw new Error(`${file}: could not set the version in its text; edit it by hand`);
  if (text !== before) writeFileSync(join(root, file), text);
  return text !== before;
}

const changed = [];
if (setInPackageJson(rootFile)) changed.push(rootFile);
for (const w of workspaces) if (setInPackageJson(w.file)) changed.push(w.file);

/** `obj` with `version` set; a new key goes right after `name`, where npm itself puts it. */
function withVersion(obj) {
  if ('version' in obj) return { ...obj, version };
  return Object.fromEntries(
    Object.entries(obj).flatMap((kv) => (kv[0] === 'name' ? [kv, ['version', version]] : [kv])),
  );
}

// npm writes the lockfile as JSON.stringify(…, null, 2), so rewriting it whole keeps its layout.
const lockText = read('package-lock.json');
const lock = withVersion(JSON.parse(lockText));
for (const key of ['', ...workspaces.map((w) => w.dir)]) {
  if (!lock.packages[key]) continue;
  const entry = (lock.packages[key] = withVersion(lock.packages[key]));
  for (const field of DEP_FIELDS)
    for (const dep of Object.keys(entry[field] ?? {})) if (names.has(dep)) entry[field][dep] = version;
}
const newLock = `${JSON.stringify(lock, null, 2)}\n`;
if (newLock !== lockText) {
  writeFileSync(join(root, 'package-lock.json'), newLock);
  changed.push('package-lock.json');
}
console.log(
  changed.length ? `version ${version} written to ${changed.join(', ')}` : `every package is already at ${version}`,
);
