import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as api from '@dhcplint/parser';
import {
  applyTextEdits,
  findHostByMac,
  format,
  formatEdits,
  normalizeMac,
  parse,
  sourceFileOf,
  textSourceFile,
} from '@dhcplint/parser';
import * as internal from '../src/internal.js';

// The parser's public surface is a decision: the main entry exports exactly these runtime names,
// internals live in @dhcplint/parser/internal, and every name the other packages, scripts and the
// benchmark import from either entry exists there. Also the jobs that had two copies: one
// normalizeMac (dhcpd's reading of a hardware address), one routine applying text edits.

const root = new URL('../../../', import.meta.url).pathname;

const PUBLIC = [
  'DEFAULT_MAX_INCLUDE_DEPTH',
  'EXCERPT_LENGTH',
  'EXPRESSION_FUNCTIONS',
  'EXPRESSION_KEYWORDS',
  'HOST_NAME',
  'LineIndex',
  'MAX_EXPRESSION_DEPTH',
  'MAX_NESTING_DEPTH',
  'OPTIONS',
  'OPTION_SPACES',
  'PERMITS',
  'SCOPES',
  'STATEMENTS',
  'StaleSpansError',
  'addHost',
  'applyTextEdits',
  'assertSpansCurrent',
  'b',
  'checkAtom',
  'checkOptionValues',
  'checkParameterArgs',
  'childStatements',
  'classifyWord',
  'containerOf',
  'contextAllows',
  'contextOf',
  'decodeString',
  'editVersion',
  'excerpt',
  'failoverDefault',
  'findAll',
  'findFailoverPeer',
  'findHostByMac',
  'findNodeAt',
  'findSubnet',
  'format',
  'formatBlocker',
  'formatEdits',
  'formatIPv4',
  'includeStatements',
  'insertStatement',
  'isIPv6',
  'loadWithIncludes',
  'normalizeMac',
  'optionByCode',
  'optionSpec',
  'parentStatementOf',
  'parse',
  'parseIPv4',
  'parseUserFormat',
  'print',
  'quoteString',
  'refresh',
  'removeStatement',
  'renameFailoverPeer',
  'replaceStatement',
  'resolveIncludePath',
  'setOptionValues',
  'setParameter',
  'setRange',
  'sourceFileOf',
  'spansAreCurrent',
  'statementSpec',
  'statementSpecs',
  'textSourceFile',
  'walk',
  'wordAt',
];
/** Internal names still re-exported by the main entry until their importers name /internal. */
// Internal names the main entry once exported too, while their importers moved to /internal.
const MOVED_TO_INTERNAL = ['parseCached', 'pathExcerpt', 'readThrough', 'scan'];

/** Runtime names imported from `specifier` by the TypeScript and JavaScript files under `dirs`. */
function importedNames(dirs: string[], specifier: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const from = new RegExp(
    `(?:import|export)\\s*\\{([^}]*)\\}\\s*from\\s*['"]${specifier.replace(/[/]/g, '\\/')}['"]`,
    'g',
  );
  const visit = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!['node_modules', 'dist', 'bin', 'out'].includes(e.name)) visit(path);
      } else if (/\.(ts|mjs|js)$/.test(e.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(from)) {
          for (const part of m[1]!
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p && !p.startsWith('type '))) {
            const name = part.split(/\s+as\s+/)[0]!;
            byName.set(name, [...(byName.get(name) ?? []), path.slice(root.length)]);
          }
        }
      }
    }
  };
  for (const d of dirs) if (existsSync(join(root, d))) visit(join(root, d));
  return byName;
}

const CONSUMERS = [
  'packages/linter/src',
  'packages/linter/test',
  'packages/lsp/src',
  'packages/lsp/test',
  'packages/vscode-extension/src',
  'packages/vscode-extension/test',
  'packages/parser/test',
  'scripts',
  'bench',
];

describe('public API', () => {
  it('the main entry exports exactly the listed runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC].sort());
  });

  it('keeps the scanner, renderer and other internals out of the main entry and in /internal', () => {
    for (const name of [
      'TokenVector',
      'renderStatement',
      'renderWords',
      'parseExpression',
      'shapeOfFormat',
      'splitOnCommas',
      'MULTIWORD_KEYWORDS',
      'STATEMENT_KEYWORDS',
      'MAX_WHITESPACE_RUN',
    ]) {
      expect(api, name).not.toHaveProperty(name);
      expect(internal, name).toHaveProperty(name);
    }
    for (const name of MOVED_TO_INTERNAL) {
      expect(api, name).not.toHaveProperty(name);
      expect(internal, name).toHaveProperty(name);
    }
    // Internal is only what the main entry does not promise.
    expect(Object.keys(internal).filter((n) => n in api)).toEqual([]);
  });

  it('has every name the other packages, scripts and the benchmark import from it', () => {
    const used = importedNames(CONSUMERS, '@dhcplint/parser');
    expect(used.size).toBeGreaterThan(40);
    expect([...used.keys()].filter((n) => !(n in api)).map((n) => `${n} (${used.get(n)!.join(', ')})`)).toEqual([]);
    const usedInternal = importedNames(CONSUMERS, '@dhcplint/parser/internal');
    expect([...usedInternal.keys()].filter((n) => !(n in internal))).toEqual([]);
  });

  it('makes SourceFiles for parsed configs and for other text', () => {
    const result = parse('option domain-name "x";\n', { uri: '/etc/dhcp/dhcpd.conf' });
    const file = sourceFileOf(result);
    expect(file).toEqual({ uri: '/etc/dhcp/dhcpd.conf', ast: result.ast, lines: result.lines });
    const yaml = textSourceFile('/etc/netplan/01.yaml', 'network:\n  version: 2\n');
    expect(yaml.ast).toBeUndefined();
    expect(yaml.lines.positionAt(11)).toEqual({ line: 1, character: 2 });
  });
});

// ---- normalizeMac: one algorithm, dhcpd's reading of `hardware ethernet X;`

const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn(
    '\n*** SKIPPING normalizeMac checks against dhcpd: dhcpd not installed (apt-get install isc-dhcp-server) ***\n',
  );
const dir = mkdtempSync(join(tmpdir(), 'dhcplint-api-'));
writeFileSync(join(dir, 'leases'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dhcpdAcceptsHardware(mac: string): boolean {
  const file = join(dir, 'hw.conf');
  writeFileSync(file, `host h { hardware ethernet ${mac}; }\n`);
  return (
    spawnSync(dhcpd!, ['-t', '-4', '-cf', file, '-lf', join(dir, 'leases'), '-pf', join(dir, 'pid')], {
      encoding: 'utf8',
      cwd: dir,
      timeout: 30_000,
    }).status === 0
  );
}

const INFINIBAND = Array.from({ length: 20 }, (_, i) => i.toString(16)).join(':');
/** Input → canonical form, or undefined when dhcpd does not read it as a hardware address. */
const MACS: [string, string | undefined][] = [
  ['00:01:02:03:04:05', '00:01:02:03:04:05'],
  ['0:1:2:3:4:5', '00:01:02:03:04:05'],
  ['AA:BB:CC:DD:EE:FF', 'aa:bb:cc:dd:ee:ff'],
  ['aA:0b:C:d:e:F', 'aa:0b:0c:0d:0e:0f'],
  ['001:2:3:4:5:6', '01:02:03:04:05:06'], // dhcpd reads each part as a number up to 255
  ['1:2', '01:02'],
  ['a', '0a'],
  [INFINIBAND, Array.from({ length: 20 }, (_, i) => i.toString(16).padStart(2, '0')).join(':')],
  ['00-01-02-03-04-05', undefined],
  ['aa:bb:', undefined],
  ['100:2:3:4:5:6', undefined],
];

describe('normalizeMac', () => {
  it('gives canonical bytes for what dhcpd reads as an address, and the text itself (lower case) otherwise', () => {
    for (const [input, canonical] of MACS) expect(normalizeMac(input), input).toBe(canonical ?? input.toLowerCase());
    // Something dhcpd refuses never equals a real address.
    expect(normalizeMac('aa:bb:')).not.toBe(normalizeMac('aa:bb:00'));
  });

  it.skipIf(!dhcpd)('agrees with dhcpd -t on which inputs are hardware addresses', () => {
    for (const [input, canonical] of MACS) expect(dhcpdAcceptsHardware(input), input).toBe(canonical !== undefined);
  });

  it('finds a host however its address is spelt', () => {
    const { ast } = parse('host a { hardware ethernet 001:2:3:4:5:6; }\nhost b { hardware ethernet 0:1:2:3:4:5; }\n');
    expect(findHostByMac(ast, '00:01:02:03:04:05')?.name).toBe('b');
    expect(findHostByMac(ast, '01:02:03:04:05:06')?.name).toBe('a');
    expect(findHostByMac(ast, '00-01-02-03-04-05')).toBeUndefined();
  });
});

describe('applyTextEdits', () => {
  it('applies edits by position, keeps the given order for insertions at one point, skips overlaps and out-of-range edits', () => {
    const edits = [
      { span: { start: 6, end: 11 }, newText: 'there' },
      { span: { start: 0, end: 0 }, newText: '1' },
      { span: { start: 0, end: 0 }, newText: '2' },
      { span: { start: 8, end: 12 }, newText: 'X' }, // overlaps 'there'
      { span: { start: 5, end: 99 }, newText: 'Y' }, // past the end
    ];
    expect(applyTextEdits('hello world', edits)).toEqual({ text: '12hello there', applied: 3 });
    expect(applyTextEdits('abc', [])).toEqual({ text: 'abc', applied: 0 });
  });

  it('is what format() applies', () => {
    const text = 'subnet 10.0.0.0 netmask 255.0.0.0 {\npool {range 10.0.0.1 10.0.0.9;}\n      }\n';
    const edits = formatEdits(text);
    expect(edits.length).toBeGreaterThan(2);
    expect(applyTextEdits(text, edits)).toEqual({ text: format(text), applied: edits.length });
  });
});
