import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { repoRoot } from './corpus.js';

// The README's Install section, run as written: `npm pack` from a clean copy of the working tree
// (no dist/, so each package's prepack must build it), `npm install` of the tarballs together
// into an empty project with npm offline (the third-party dependencies come from npm's cache, which
// .ci/run fills), then the commands on the example pair, ESM imports of every package, and a
// strict TypeScript check of a file that imports the parser and the linter.

const PACK_DIR_IN_README = '/tmp/dhcplint-packs';
const hasGit =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() ===
  'true';
if (!hasGit) console.warn('\n*** SKIPPING install test: not a git checkout (it copies the files git knows of) ***\n');

/** The commands of the README's Install block, in order. */
function readmeInstallCommands(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Install\n'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * npm offline, and nothing inherited from the `npm test` that may be running this file: npm reads
 * npm_config_* variables as its own settings, and npm puts the repository's node_modules/.bin on
 * PATH, where `npx dhcplint` would find the repository's command instead of the installed one.
 */
function isolatedEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_registry']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.has(k.toLowerCase())),
  );
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !p.includes(`node_modules${sep}.bin`))
    .join(delimiter);
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

const sh = (command: string, cwd: string, timeout = 120_000) =>
  spawnSync('sh', ['-c', command], { cwd, env: isolatedEnv(), encoding: 'utf8', timeout });
const output = (r: SpawnSyncReturns<string>) =>
  `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`;

/**
 * A copy of the working tree as a fresh clone with `npm ci` would have it: the files git tracks or
 * would track (so no dist/ and no build info), and a node_modules whose third-party packages link
 * to the repository's while the workspace links point inside the copy.
 */
function cleanCopyOfWorkingTree(dest: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).stdout;
  for (const file of listed.split('\0').filter(Boolean)) {
    if (!existsSync(join(repoRoot, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dest, file), { verbatimSymlinks: true });
  }
  const link = (from: string, to: string) => {
    for (const name of readdirSync(from)) {
      // npm's and tools' state (.package-lock.json, .cache with the test projects' build info) stays the repository's own.
      if (name.startsWith('.') && name !== '.bin') continue;
      const source = join(from, name);
      if (lstatSync(source).isSymbolicLink() && !readlinkSync(source).startsWith(sep)) {
        symlinkSync(readlinkSync(source), join(to, name)); // a workspace: the copy's own package
      } else if (name.startsWith('@')) {
        mkdirSync(join(to, name));
        link(source, join(to, name));
      } else {
        symlinkSync(source, join(to, name));
      }
    }
  };
  mkdirSync(join(dest, 'node_modules'));
  link(join(repoRoot, 'node_modules'), join(dest, 'node_modules'));
}

const tarList = (tarball: string) =>
  spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);

const temp = hasGit ? mkdtempSync(join(tmpdir(), 'dhcplint-install-')) : '';
const checkout = join(temp, 'checkout');
const packDir = join(temp, 'packs');
const project = join(temp, 'project');
const commands = readmeInstallCommands().map((c) => c.replaceAll(PACK_DIR_IN_README, packDir));
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const tarballs = {
  parser: `dhcplint-parser-${version}.tgz`,
  linter: `dhcplint-linter-${version}.tgz`,
  lsp: `dhcplint-lsp-${version}.tgz`,
};

let distBeforePack = true;
let pack: SpawnSyncReturns<string> | undefined;
let install: SpawnSyncReturns<string> | undefined;
/** Set when npm's cache lacks a dependency outside CI: the tests after packing skip, loudly. */
let notCached = false;

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
}, 120_000);

describe.skipIf(!hasGit)('install from packed tarballs, as the README says', () => {
  beforeAll(() => {
    cleanCopyOfWorkingTree(checkout);
    distBeforePack = ['parser', 'linter', 'lsp'].some((p) => existsSync(join(checkout, 'packages', p, 'dist')));
    pack = sh(`${commands[0]!} && ${commands[1]!}`, checkout, 420_000);
    if (pack.status !== 0) return;
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      '{ "name": "dhcplint-install-probe", "private": true, "type": "module" }\n',
    );
    for (const server of ['serv1', 'serv2'])
      cpSync(join(repoRoot, 'test-fixtures/deployment', server), join(project, server), { recursive: true });
    install = sh(commands[2]!, project, 180_000);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr) && !process.env.CI) {
      notCached = true;
      console.warn(
        `\n*** SKIPPING the installed-package checks: npm's cache lacks a dependency of the tarballs; run the 'npm cache add' step of .ci/run once ***\n${install.stderr.slice(0, 500)}\n`,
      );
    }
  }, 600_000);

  const needsInstall = (ctx: TestContext) => {
    if (notCached) ctx.skip();
    expect(pack?.status, 'npm pack failed: see the packing test').toBe(0);
    expect(install?.status, install && output(install)).toBe(0);
  };

  it('the README block is the five commands this test runs', () => {
    expect(commands).toEqual([
      `mkdir -p ${packDir}`,
      `npm pack --workspace @dhcplint/parser --workspace @dhcplint/linter --workspace @dhcplint/lsp --pack-destination ${packDir}`,
      `npm install --no-audit --no-fund ${packDir}/*.tgz`,
      'npx dhcplint serv1 serv2',
      'npx dhcplint-lsp --version',
    ]);
  });

  it('npm pack from a clean checkout builds each package and ships what it needs', () => {
    expect(distBeforePack).toBe(false);
    expect(pack?.status, pack && output(pack)).toBe(0);
    const contents = Object.fromEntries(
      Object.entries(tarballs).map(([p, t]) => [p, new Set(tarList(join(packDir, t)))]),
    ) as Record<keyof typeof tarballs, Set<string>>;
    for (const [p, files] of Object.entries(contents)) {
      for (const f of ['package.json', 'LICENSE', 'README.md', 'dist/index.d.ts', 'src/index.ts'])
        expect(files.has(`package/${f}`), `${p}: ${f}`).toBe(true);
      const manifest = JSON.parse(readFileSync(join(checkout, 'packages', p, 'package.json'), 'utf8')) as {
        bin?: Record<string, string>;
      };
      for (const bin of Object.values(manifest.bin ?? {}))
        expect(files.has(`package/${bin.replace(/^\.\//, '')}`), `${p}: bin ${bin}`).toBe(true);
      for (const f of files) expect(f, p).not.toMatch(/tsbuildinfo|^package\/test\/|\.test\.[jt]s$/);
    }
    // The parser's main entry is its bundle (fast to load); its internal entry is the unbundled modules.
    for (const f of ['dist/index.bundle.js', 'dist/internal.js', 'dist/internal.d.ts'])
      expect(contents.parser.has(`package/${f}`), `parser: ${f}`).toBe(true);
    // The linter: the library (unbundled, importing @dhcplint/parser), the internal entry, the rule docs and schema.
    for (const f of [
      'dist/index.js',
      'dist/internal.js',
      'dist/internal.d.ts',
      'schema/dhcplintrc.schema.json',
      'docs/rules/README.md',
    ])
      expect(contents.linter.has(`package/${f}`), `linter: ${f}`).toBe(true);
    expect(contents.lsp.has('package/dist/dhcplint-lsp.bundle.js')).toBe(true);
  });

  it('npm install of the tarballs together resolves the workspace dependencies to them', (ctx) => {
    needsInstall(ctx);
    const modules = join(project, 'node_modules');
    for (const p of ['parser', 'linter', 'lsp']) {
      expect(lstatSync(join(modules, '@dhcplint', p)).isSymbolicLink(), p).toBe(false);
      expect(
        (JSON.parse(readFileSync(join(modules, '@dhcplint', p, 'package.json'), 'utf8')) as { version: string })
          .version,
      ).toBe(version);
    }
    // One parser, the tarball's: not a second copy fetched for the linter or the language server.
    expect(existsSync(join(modules, '@dhcplint/linter/node_modules'))).toBe(false);
    expect(existsSync(join(modules, '@dhcplint/lsp/node_modules'))).toBe(false);
    expect(realpathSync(join(modules, '.bin/dhcplint'))).toBe(
      realpathSync(join(modules, '@dhcplint/linter/bin/dhcplint.js')),
    );
  });

  it('npx dhcplint checks the example pair and exits 0', (ctx) => {
    needsInstall(ctx);
    const r = sh(commands[3]!, project);
    expect(r.stderr, output(r)).toMatch(/2 servers, 1 failover pair \(serv1 ↔ serv2\); 0 errors/);
    expect(r.status, output(r)).toBe(0);
  });

  it('npx dhcplint-lsp --version prints the packages’ version', (ctx) => {
    needsInstall(ctx);
    const r = sh(commands[4]!, project);
    expect(r.stdout.trim(), output(r)).toBe(version);
    expect(r.status).toBe(0);
  });

  it('each package imports from ESM with its own dependencies only', (ctx) => {
    needsInstall(ctx);
    const code = [
      "import { parse } from '@dhcplint/parser';",
      "import { scan } from '@dhcplint/parser/internal';",
      "import { lintPaths } from '@dhcplint/linter';",
      "import * as internal from '@dhcplint/linter/internal';",
      "import { startServer } from '@dhcplint/lsp';",
      "const { ast, errors } = parse('subnet 10.0.0.0 netmask 255.255.255.0 { }\\n');",
      "const { diagnostics } = lintPaths(['serv1', 'serv2']);",
      'console.log(JSON.stringify({ statements: ast.body.length, errors: errors.length, diagnostics: diagnostics.length, internal: Object.keys(internal).length > 0, scan: typeof scan, lsp: typeof startServer }));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: project,
      env: isolatedEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr, output(r)).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      statements: 1,
      errors: 0,
      diagnostics: 0,
      internal: true,
      scan: 'function',
      lsp: 'function',
    });
  });

  it('a strict TypeScript file importing the parser and the linter type-checks (module nodenext), and a wrong one does not', (ctx) => {
    needsInstall(ctx);
    writeFileSync(
      join(project, 'check.ts'),
      [
        "import { parse, type ParseResult } from '@dhcplint/parser';",
        "import { lintPaths, type Diagnostic } from '@dhcplint/linter';",
        "const result: ParseResult = parse('subnet 10.0.0.0 netmask 255.255.255.0 { }\\n');",
        'const errorCount: number = result.errors.length;',
        "const first: Diagnostic | undefined = lintPaths(['serv1', 'serv2']).diagnostics[0];",
        'const line: number | undefined = first?.range.start.line;',
        'export { errorCount, line };',
        '',
      ].join('\n'),
    );
    // The same imports with a type error: proves the declarations are read, not taken as `any`.
    writeFileSync(
      join(project, 'wrong.ts'),
      "import { parse } from '@dhcplint/parser';\nexport const n: string = parse('').errors;\n",
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const flags = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      '--typeRoots',
      join(repoRoot, 'node_modules/@types'),
    ];
    // One compiler run for both files (each run reads all the declarations again): the only errors
    // are wrong.ts's, none in check.ts nor in the shipped declarations (skipLibCheck stays off).
    const r = spawnSync(process.execPath, [tsc, ...flags, 'check.ts', 'wrong.ts'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 240_000,
    });
    const errors = r.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
    expect(errors, output(r)).toEqual([expect.stringMatching(/^wrong\.ts\(2,14\): error TS2322: /)]);
    expect(r.status).not.toBe(0);
  });

  it('every declaration map points at a source file the package ships', (ctx) => {
    needsInstall(ctx);
    let maps = 0;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.d.ts.map')) {
          maps++;
          for (const source of (JSON.parse(readFileSync(path, 'utf8')) as { sources: string[] }).sources)
            expect(existsSync(resolve(dir, source)), `${path} → ${source}`).toBe(true);
        }
      }
    };
    for (const p of ['parser', 'linter', 'lsp']) walk(join(project, 'node_modules/@dhcplint', p, 'dist'));
    expect(maps).toBeGreaterThan(50);
  });
});
