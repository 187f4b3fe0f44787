import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  b,
  findAll,
  findFailoverPeer,
  findHostByMac,
  format,
  formatEdits,
  insertStatement,
  parse,
  print,
  removeStatement,
  renameFailoverPeer,
  setParameter,
  setRange,
  addHost,
  findSubnet,
  type Parameter,
} from '@dhcplint/parser';
import { scan } from '@dhcplint/parser/internal';
import { corpusAvailable, corpusEntries, fixtureConfigs, repoRoot } from '../../../scripts/test/corpus.js';

// The fixtures and the corpus are separate tests, so a run without the corpus counts its tests as skipped.
const sampleSets = [
  {
    set: 'fixture',
    skip: false,
    load: (): [string, string][] => fixtureConfigs().map((p) => [p, readFileSync(p, 'utf8')]),
  },
  {
    set: 'corpus',
    skip: !corpusAvailable(),
    load: (): [string, string][] => corpusEntries().map((e) => [e.file, readFileSync(e.path, 'utf8')]),
  },
];

const variants = (t: string): [string, string][] => [
  ['as is', t],
  ['CRLF', t.replace(/\r?\n/g, '\r\n')],
  ['BOM', `\ufeff${t}`],
  ['no final newline', t.replace(/\s+$/, '')],
  ['tabs and trailing spaces', t.replace(/^ {2}/gm, '\t').replace(/;$/gm, ';  ')],
];

/** Tokens and comments, without the whitespace between them. */
function significant(text: string): string[] {
  const { tokens, comments } = scan(text);
  return [...[...tokens].map((t) => [t.start, t.image] as const), ...comments.map((c) => [c.start, c.text] as const)]
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]);
}

describe('lossless round trip', () => {
  for (const { set, skip, load } of sampleSets)
    it.skipIf(skip)(`reprints every ${set} file byte for byte, in CRLF/BOM/tab variants too`, () => {
      const samples = load();
      expect(samples.length).toBeGreaterThan(5);
      for (const [name, text] of samples) {
        for (const [variant, t] of variants(text)) {
          const out = print(parse(t).ast);
          if (out !== t) throw new Error(`round trip changed ${name} (${variant})`);
        }
      }
    });

  it('reprints random and mutated input byte for byte, and parse never throws (10,000 cases)', () => {
    const pieces = [
      'subnet 10.0.0.0 netmask 255.0.0.0 ',
      '{',
      '}',
      ';',
      '\n',
      '\r\n',
      ' ',
      '\t',
      '# c\n',
      '"s"',
      '"unterminated',
      'host h ',
      'range 10.0.0.1 10.0.0.2',
      'option routers 1.2.3.4',
      ',',
      '(',
      ')',
      '=',
      'if ',
      'else ',
      'elsif ',
      'failover peer "f" ',
      'no failover peer',
      'key k ',
      '\u2010',
      '\u0000',
      '\ufeff',
      'option x code 1 = { text }',
    ];
    const gen = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(gen, (text) => {
        const r = parse(text);
        return print(r.ast) === text && r.errors.every((e) => e.span.start >= 0 && e.span.end <= text.length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('edit API', () => {
  const source = readFileSync(join(repoRoot, 'test-fixtures/deployment/serv1/etc/dhcp/dhcpd.conf'), 'utf8');
  const diffLines = (a: string, b2: string) => {
    const x = a.split('\n');
    const y = b2.split('\n');
    return { removed: x.filter((l) => !y.includes(l)), added: y.filter((l) => !x.includes(l)) };
  };

  it('changes a parameter with a one-line diff', () => {
    const { ast } = parse(source);
    setParameter(findAll(ast, 'Parameter').find((p) => p.name === 'default-lease-time')!, 1800);
    expect(diffLines(source, print(ast))).toEqual({
      removed: ['default-lease-time 3600;'],
      added: ['default-lease-time 1800;'],
    });
  });

  it('changes a range inside a pool, keeping indentation and comments', () => {
    const { ast } = parse(source);
    const subnet = findSubnet(ast, '10.30.0.0')!;
    setRange(findAll([subnet], 'Range')[0]!, '10.30.0.50', '10.30.0.99');
    expect(diffLines(source, print(ast))).toEqual({
      removed: ['    range 10.30.0.100 10.30.0.199;'],
      added: ['    range 10.30.0.50 10.30.0.99;'],
    });
  });

  it('adds a host reservation in the style of its neighbours', () => {
    const { ast } = parse(source);
    addHost(ast, 'cam-1', '00:11:22:33:44:55', '10.20.0.41');
    const out = print(ast);
    expect(out.startsWith(source)).toBe(true);
    expect(out.slice(source.length)).toBe(
      'host cam-1 {\n  hardware ethernet 00:11:22:33:44:55;\n  fixed-address 10.20.0.41;\n}\n',
    );
    expect(parse(out).errors).toEqual([]);
    expect(findHostByMac(parse(out).ast, '0:11:22:33:44:55')?.name).toBe('cam-1');
  });

  it('inserts into and removes from a block with minimal diffs', () => {
    const { ast } = parse(source);
    const staff = findSubnet(ast, '10.20.0.0')!;
    insertStatement(staff, b.option('ntp-servers', '10.10.0.123'), 1);
    removeStatement(ast, findHostByMac(ast, '00:1b:a9:4c:22:10')!);
    const out = print(ast);
    expect(diffLines(source, out)).toEqual({
      removed: ['host printer-2f {', '  hardware ethernet 00:1b:a9:4c:22:10;', '  fixed-address 10.20.0.40;'],
      added: ['  option ntp-servers 10.10.0.123;'],
    });
    expect(out).toContain('  option routers 10.20.0.1;\n  option ntp-servers 10.10.0.123;\n  option broadcast-address');
  });

  it('renames a failover peer everywhere it is referenced', () => {
    const main = parse(source).ast;
    const fo = parse(readFileSync(join(repoRoot, 'test-fixtures/deployment/serv1/etc/dhcp/failover.conf'), 'utf8')).ast;
    expect(renameFailoverPeer([main, fo], 'campus-fo', 'campus-ha')).toBe(3);
    expect(print(main).match(/failover peer "campus-ha";/g)).toHaveLength(2);
    expect(print(fo).split('\n')[1]).toBe('failover peer "campus-ha" {');
    expect(findFailoverPeer(parse(print(fo)).ast, 'campus-ha')?.body.body).toHaveLength(10);
  });

  it('rejects invalid addresses and MACs in builders with a clear error', () => {
    expect(() => b.host('x', { mac: '00:11:22' })).toThrow(/Invalid MAC address/);
    expect(() => b.range('10.0.0.300')).toThrow(/Invalid IPv4 address/);
  });

  it('regenerates only the edited declaration head', () => {
    const { ast } = parse('host a {\n    # keep me\n    fixed-address 10.0.0.1;\n}\n');
    const h = findAll(ast, 'Host')[0]!;
    h.words[1] = b.word('b');
    h.name = 'b';
    h.dirty = true;
    expect(print(ast)).toBe('host b {\n    # keep me\n    fixed-address 10.0.0.1;\n}\n');
    const p = findAll(ast, 'Parameter')[0] as Parameter;
    setParameter(p, '10.0.0.2');
    expect(print(ast)).toBe('host b {\n    # keep me\n    fixed-address 10.0.0.2;\n}\n');
  });
});

describe('formatter', () => {
  it('lays out a messy file canonically', () => {
    const input =
      'subnet 10.0.0.0 netmask 255.0.0.0 { # lan\n\n\n\n   option routers 10.0.0.1 ; range 10.0.0.5   10.0.0.9;\n pool{failover peer "f";}\n      }\n\n\nhost a{hardware ethernet 1:2:3:4:5:6;}   ';
    expect(format(input)).toBe(
      'subnet 10.0.0.0 netmask 255.0.0.0 { # lan\n  option routers 10.0.0.1;\n  range 10.0.0.5 10.0.0.9;\n  pool {\n    failover peer "f";\n  }\n}\n\nhost a {\n  hardware ethernet 1:2:3:4:5:6;\n}\n',
    );
    expect(format(input, { useTabs: true })).toContain('\n\trange 10.0.0.5 10.0.0.9;\n');
  });

  it('keeps function calls and continuation lines readable', () => {
    expect(format('class "c" {\nmatch if substring(option vendor-class-identifier,0,4)="MSFT"\n or known;\n}')).toBe(
      'class "c" {\n  match if substring(option vendor-class-identifier, 0, 4) = "MSFT"\n    or known;\n}\n',
    );
  });

  for (const { set, skip, load } of sampleSets)
    it.skipIf(skip)(`is idempotent and never changes tokens or comments, on every ${set} file`, () => {
      for (const [name, text] of load()) {
        const once = format(text);
        if (format(once) !== once) throw new Error(`format not idempotent on ${name}`);
        expect(significant(once), name).toEqual(significant(text));
      }
    });

  it('returns minimal edits and supports range formatting', () => {
    const text = 'a 1;\nb   2;\nc    3;\n';
    expect(formatEdits(text)).toEqual([
      { span: { start: 6, end: 9 }, newText: ' ' },
      { span: { start: 13, end: 17 }, newText: ' ' },
    ]);
    expect(formatEdits(text, { range: { start: 0, end: 10 } })).toHaveLength(1);
  });

  it('leaves a file with broken structure alone and keeps CRLF', () => {
    expect(format('host a {\n x 1;\n')).toBe('host a {\n x 1;\n');
    expect(format('a 1;\r\nhost h{x 2;}\r\n')).toBe('a 1;\r\nhost h {\r\n  x 2;\r\n}\r\n');
  });
});
