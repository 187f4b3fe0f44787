import { describe, expect, it } from 'vitest';
import {
  b,
  containerOf,
  findAll,
  insertStatement,
  parentStatementOf,
  parse,
  print,
  removeStatement,
  replaceStatement,
  walk,
  type AnyStatement,
  type Block,
  type ConfigFile,
  type Container,
  type Statement,
  type SubnetDecl,
} from '@dhcplint/parser';

// The parent index behind containerOf: right answers for every statement (checked against a
// brute-force search), kept right by the edit API and by re-indexing after direct changes, and
// no walk over the whole file per edit (counted by reads of the blocks' bodies).

const CONFIG = `
option domain-name "corp.example";
failover peer "fo" { primary; address 10.0.0.1; peer address 10.0.0.2; }
group {
  option routers 10.0.0.1;
  subnet 10.1.0.0 netmask 255.255.255.0 {
    pool { failover peer "fo"; range 10.1.0.10 10.1.0.99; }
    host a { hardware ethernet 00:01:02:03:04:05; fixed-address 10.1.0.5; }
  }
}
class "c" {
  if option vendor-class-identifier = "a" { option domain-name "a.example"; }
  elsif option vendor-class-identifier = "b" { option domain-name "b.example"; }
  else { option domain-name "c.example"; }
}
host b { hardware ethernet 00:01:02:03:04:06; }
`;

/** The container by brute force: the file, or the block whose body lists the statement. */
function searchContainer(file: ConfigFile, target: Statement): Container | undefined {
  if (file.body.includes(target)) return file;
  let found: Block | undefined;
  walk(file, {
    enter(s) {
      const block = 'body' in s ? (s.body as Block | undefined) : undefined;
      if (block?.body.includes(target)) found = block;
    },
  });
  return found;
}

function allStatements(file: ConfigFile): AnyStatement[] {
  const out: AnyStatement[] = [];
  walk(file, { enter: (s) => void out.push(s) });
  return out;
}

function expectIndexMatchesSearch(file: ConfigFile): void {
  const statements = allStatements(file).filter((s): s is Statement => s.type !== 'Else');
  expect(statements.length).toBeGreaterThan(5);
  for (const s of statements)
    expect(containerOf(file, s), `${s.type} ${print(file).slice(0, 0)}`).toBe(searchContainer(file, s));
}

describe('containerOf through the parent index', () => {
  it('answers as a search of the whole file would, for every statement (if/elsif/else bodies too)', () => {
    const { ast } = parse(CONFIG);
    expectIndexMatchesSearch(ast);
    const [elsifOption] = findAll(ast, 'Option').filter((o) =>
      print(ast).slice(o.span.start, o.span.end).includes('b.example'),
    );
    expect(containerOf(ast, elsifOption!)).toBe(findAll(ast, 'If')[0]!.elsif[0]!.body);
    expect(containerOf(ast, findAll(ast, 'Host')[1]!)).toBe(ast);
  });

  it('gives the owning statement through parentStatementOf', () => {
    const { ast } = parse(CONFIG);
    const host = findAll(ast, 'Host')[0]!;
    expect(parentStatementOf(ast, host)).toBe(findAll(ast, 'Subnet')[0]);
    expect(parentStatementOf(ast, findAll(ast, 'Subnet')[0]!)).toBe(findAll(ast, 'Group')[0]);
    expect(parentStatementOf(ast, findAll(ast, 'Group')[0]!)).toBeUndefined();
  });

  it('answers undefined for a statement of another file, a new statement and a removed one', () => {
    const one = parse(CONFIG).ast;
    const other = parse(CONFIG).ast;
    expect(containerOf(one, findAll(other, 'Host')[0]!)).toBeUndefined();
    expect(containerOf(one, b.option('routers', '10.0.0.1'))).toBeUndefined();
    const host = findAll(one, 'Host')[0]!;
    expect(removeStatement(one, host)).toBe(true);
    expect(containerOf(one, host)).toBeUndefined();
    expect(removeStatement(one, host)).toBe(false);
  });

  it('stays right through inserts, replacements and removals made with the edit API', () => {
    const { ast } = parse(CONFIG);
    containerOf(ast, ast.body[0]!); // index built before the edits
    const subnet = findAll(ast, 'Subnet')[0]!;
    const added = b.host('new', { mac: '00:01:02:03:04:07', fixedAddress: '10.1.0.7' });
    insertStatement(subnet, added, 0);
    expect(containerOf(ast, added)).toBe(subnet.body);
    // The built host's own statements are indexed with it.
    expect(containerOf(ast, added.body.body[0]!)).toBe(added.body);
    const pool = findAll(ast, 'Pool')[0]!;
    const replacement = b.pool([b.range('10.1.0.100', '10.1.0.150')]);
    expect(replaceStatement(ast, pool, replacement)).toBe(true);
    expect(containerOf(ast, pool)).toBeUndefined();
    expect(containerOf(ast, replacement)).toBe(subnet.body);
    expect(containerOf(ast, replacement.body.body[0]!)).toBe(replacement.body);
    // A statement moved to another block is found where it now is.
    const host = findAll(ast, 'Host').find((h) => h.name === 'b')!;
    removeStatement(ast, host);
    insertStatement(findAll(ast, 'Group')[0]!, host);
    expect(containerOf(ast, host)).toBe(findAll(ast, 'Group')[0]!.body);
    expectIndexMatchesSearch(ast);
  });

  it('stays right when body arrays are changed directly, without the edit API', () => {
    const { ast } = parse(CONFIG);
    expectIndexMatchesSearch(ast);
    const group = findAll(ast, 'Group')[0]!;
    const subnet = group.body.body.splice(1, 1)[0] as SubnetDecl; // the subnet leaves the group…
    ast.body.push(subnet); // …for the top level
    const pushed = b.option('ntp-servers', '10.0.0.9');
    findAll(ast, 'Pool')[0]!.body.body.push(pushed);
    expect(containerOf(ast, subnet)).toBe(ast);
    expect(containerOf(ast, pushed)).toBe(findAll(ast, 'Pool')[0]!.body);
    // A block cut out of the tree: its statements are no longer in the file.
    const detached = ast.body.pop() as SubnetDecl;
    expect(containerOf(ast, detached.body.body[0]!)).toBeUndefined();
    expectIndexMatchesSearch(ast);
  });

  it('handles nesting as deep as dhcpd accepts (10,000 groups) without recursion', () => {
    const depth = 10_000;
    const { ast } = parse('group {\n'.repeat(depth) + 'option routers 10.0.0.1;\n' + '}\n'.repeat(depth));
    let innermost = ast.body[0] as Statement;
    while (innermost.type === 'Group' && innermost.body.body[0]) innermost = innermost.body.body[0];
    expect(innermost.type).toBe('Option');
    expect(containerOf(ast, innermost)?.type).toBe('Block');
    expect(replaceStatement(ast, innermost, b.option('routers', '10.0.0.2'))).toBe(true);
    expect(print(ast)).toContain('option routers 10.0.0.2;');
  });

  it('does not walk the file for each edit: 1,000 replaceStatement calls read each block a bounded number of times', () => {
    const hosts = Array.from(
      { length: 50 },
      (_, s) =>
        `subnet 10.${s}.0.0 netmask 255.255.255.0 {\n${Array.from({ length: 40 }, (_, h) => `  host h${s}-${h} { hardware ethernet 00:00:00:00:${s.toString(16).padStart(2, '0')}:${h.toString(16).padStart(2, '0')}; }\n`).join('')}}\n`,
    ).join('');
    const { ast } = parse(hosts);
    const targets = findAll(ast, 'Host').slice(0, 1000);
    containerOf(ast, targets[0]!); // the one walk that builds the index
    // Count every read of a block's statement list from here on.
    let reads = 0;
    const blocks: Block[] = [];
    walk(ast, { enter: (s) => void ('body' in s && s.body && blocks.push(s.body as Block)) });
    for (const block of blocks) {
      let list = block.body;
      Object.defineProperty(block, 'body', {
        get: () => (reads++, list),
        set: (v: Statement[]) => void (list = v),
        enumerable: true,
        configurable: true,
      });
    }
    for (const [i, host] of targets.entries()) expect(replaceStatement(ast, host, b.host(`r${i}`))).toBe(true);
    // A walk per edit would read all 2,050 blocks 1,000 times; the index reads a few per edit.
    expect(blocks.length).toBe(2050);
    expect(reads).toBeLessThan(10 * targets.length);
    expect(findAll(ast, 'Host').filter((h) => h.name.startsWith('r'))).toHaveLength(1000);
  });
});
