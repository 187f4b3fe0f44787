import { describe, expect, it } from 'vitest';
import {
  addHost,
  assertSpansCurrent,
  b,
  editVersion,
  findAll,
  insertStatement,
  parse,
  print,
  refresh,
  removeStatement,
  renameFailoverPeer,
  replaceStatement,
  setOptionValues,
  setParameter,
  setRange,
  spansAreCurrent,
  StaleSpansError,
  walk,
  type ConfigFile,
} from '@dhcplint/parser';

// Spans after edits: an edited tree says so (spansAreCurrent / editVersion / assertSpansCurrent
// throwing), whichever edit function made the change and whether or not the parent index knew the
// file; refresh() gives a tree whose every span points at its own printed text.

const CONFIG = `failover peer "fo" { primary; address 10.0.0.1; peer address 10.0.0.2; }
default-lease-time 600;
subnet 10.1.0.0 netmask 255.255.255.0 {
  option routers 10.1.0.1;
  pool { failover peer "fo"; range 10.1.0.10 10.1.0.99; }
  host a { hardware ethernet 00:01:02:03:04:05; fixed-address 10.1.0.5; }
}
`;

/** Each edit function, applied to a freshly parsed file. */
const EDITS: Record<string, (ast: ConfigFile) => void> = {
  setParameter: (ast) => setParameter(findAll(ast, 'Parameter').find((p) => p.name === 'default-lease-time')!, 3600),
  setRange: (ast) => setRange(findAll(ast, 'Range')[0]!, '10.1.0.20', '10.1.0.80'),
  setOptionValues: (ast) => setOptionValues(findAll(ast, 'Option')[0]!, '10.1.0.254'),
  'insertStatement into a block statement': (ast) =>
    insertStatement(findAll(ast, 'Subnet')[0]!, b.option('ntp-servers', '10.0.0.5')),
  'insertStatement into a block': (ast) =>
    insertStatement(findAll(ast, 'Pool')[0]!.body, b.parameter('max-lease-time', 7200)),
  'insertStatement into the file': (ast) => insertStatement(ast, b.parameter('max-lease-time', 7200)),
  'insertStatement of a statement moved from elsewhere': (ast) => {
    // A parsed statement (not dirty: the printer copies its text) taken out of its block directly.
    const host = findAll(ast, 'Host')[0]!;
    const subnetBody = findAll(ast, 'Subnet')[0]!.body.body;
    subnetBody.splice(subnetBody.indexOf(host), 1);
    insertStatement(findAll(ast, 'Pool')[0]!, host);
  },
  removeStatement: (ast) => removeStatement(ast, findAll(ast, 'Host')[0]!),
  replaceStatement: (ast) => replaceStatement(ast, findAll(ast, 'Host')[0]!, b.host('b', { mac: '00:01:02:03:04:06' })),
  renameFailoverPeer: (ast) => renameFailoverPeer(ast, 'fo', 'fo2'),
  addHost: (ast) => addHost(ast, 'c', '00:01:02:03:04:07', '10.1.0.7'),
};

/** Every word's span, read in `source`, gives the word back. */
function expectSpansPointAtWords(ast: ConfigFile): number {
  let checked = 0;
  walk(ast, {
    enter(s) {
      expect(
        ast.source
          .slice(s.span.start, s.span.end)
          .startsWith(ast.source.slice(s.words[0]!.span.start, s.words[0]!.span.end)),
      ).toBe(true);
      for (const w of s.words) {
        const text = w.type === 'String' ? w.raw : w.text;
        expect(ast.source.slice(w.span.start, w.span.end)).toBe(text);
        checked++;
      }
    },
  });
  return checked;
}

describe('spans after edits', () => {
  it('a parsed tree is current: no throw, version 0', () => {
    const { ast } = parse(CONFIG);
    expect(spansAreCurrent(ast)).toBe(true);
    expect(editVersion(ast)).toBe(0);
    expect(() => assertSpansCurrent(ast)).not.toThrow();
    expect(expectSpansPointAtWords(ast)).toBeGreaterThan(20);
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`${name} makes the tree stale; refresh() gives right spans again`, () => {
      const { ast } = parse(CONFIG);
      edit(ast);
      expect(print(ast)).not.toBe(CONFIG);
      expect(spansAreCurrent(ast)).toBe(false);
      expect(editVersion(ast)).toBeGreaterThan(0);
      expect(() => assertSpansCurrent(ast)).toThrow(StaleSpansError);
      const fresh = refresh(ast);
      expect(fresh.ast.source).toBe(print(ast));
      expect(fresh.ast.uri).toBe(ast.uri);
      expect(fresh.errors).toEqual([]);
      expect(spansAreCurrent(fresh.ast)).toBe(true);
      expectSpansPointAtWords(fresh.ast);
      // The old tree stays stale: refresh does not pretend it was fixed.
      expect(spansAreCurrent(ast)).toBe(false);
    });
  }

  it('counts the edits made through functions given the file in the version stamp', () => {
    const { ast } = parse(CONFIG);
    insertStatement(ast, b.parameter('max-lease-time', 7200));
    removeStatement(ast, findAll(ast, 'Host')[0]!);
    replaceStatement(ast, findAll(ast, 'Range')[0]!, b.range('10.1.0.30', '10.1.0.40'));
    addHost(ast, 'c', '00:01:02:03:04:07');
    expect(editVersion(ast)).toBe(4);
    // Edits given only a statement count once the parent index knows the statement's file;
    // either way they make the tree stale (see the cases above).
    setParameter(findAll(ast, 'Parameter').find((p) => p.name === 'default-lease-time')!, 60);
    expect(editVersion(ast)).toBeGreaterThanOrEqual(4);
  });

  it('sees an edit made after the file was found clean, even one the stamp could not attribute', () => {
    const { ast } = parse(CONFIG);
    const other = parse(CONFIG).ast;
    expect(spansAreCurrent(ast)).toBe(true); // cached as clean
    setParameter(findAll(other, 'Parameter').find((p) => p.name === 'default-lease-time')!, 1);
    expect(spansAreCurrent(ast)).toBe(true); // an edit elsewhere leaves it clean
    expect(spansAreCurrent(other)).toBe(false);
    setParameter(findAll(ast, 'Parameter').find((p) => p.name === 'default-lease-time')!, 2);
    expect(spansAreCurrent(ast)).toBe(false);
  });

  it('renaming in several files stamps only the files that changed', () => {
    const one = parse(CONFIG).ast;
    const two = parse('default-lease-time 600;\n').ast;
    expect(renameFailoverPeer([one, two], 'fo', 'x')).toBe(2);
    expect(spansAreCurrent(one)).toBe(false);
    expect(spansAreCurrent(two)).toBe(true);
  });

  it('a failed edit (statement not in the file) leaves the tree current', () => {
    const { ast } = parse(CONFIG);
    expect(removeStatement(ast, b.parameter('max-lease-time', 1))).toBe(false);
    expect(replaceStatement(ast, b.parameter('max-lease-time', 1), b.parameter('max-lease-time', 2))).toBe(false);
    expect(spansAreCurrent(ast)).toBe(true);
  });
});
