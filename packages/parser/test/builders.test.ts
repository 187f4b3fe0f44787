import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  b,
  insertStatement,
  OPTIONS,
  parse,
  print,
  STATEMENTS,
  type Statement,
  type StatementSpec,
} from '@dhcplint/parser';

// Every builder, every option of dhcp-options(5) and every keyword statement of the tables, built
// from generated valid values and printed into configs that the real `dhcpd -t` must accept; and
// invalid arguments must throw a TypeError. Many statements share one config, so dhcpd runs
// 2 × RUNS times in all.
const RUNS = Math.min(Number(process.env.DHCPLINT_PROPERTY_RUNS) || 25, 60);
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn(
    '\n*** SKIPPING builder checks against dhcpd: dhcpd not installed (apt-get install isc-dhcp-server) ***\n',
  );

type Arg = string | number | boolean;
type OptionArg = Arg | Arg[];

// ---- generated values, valid and invalid, per value type (written from dhcp-options(5), not from the builder)

const octet = fc.nat({ max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const hex16 = fc.nat({ max: 0xffff }).map((n) => n.toString(16));
const ipv6 = fc.oneof(
  fc.array(hex16, { minLength: 8, maxLength: 8 }).map((g) => g.join(':')),
  fc.tuple(hex16, hex16).map(([x, y]) => `2001:db8:${x}::${y}`),
);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const domain = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
const text = fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).filter((s) => !/[\0-\x1f\x7f]/.test(s));
const hexBytes = (min: number, max: number) =>
  fc
    .array(
      fc.nat({ max: 255 }).map((n) => n.toString(16).padStart(2, '0')),
      { minLength: min, maxLength: max },
    )
    .map((x) => x.join(':'));
const flag = fc.constantFrom<Arg>(true, false, 'true', 'false', 'on', 'off');
const int = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.integer({ min, max }).map(String));

const VALID: Record<string, fc.Arbitrary<Arg>> = {
  'ip-address': ipv4,
  'ip6-address': ipv6,
  flag,
  boolean: flag,
  text,
  'domain-name': domain,
  'domain-list': domain,
  string: text,
  uint8: int(0, 255),
  uint16: int(0, 65535),
  uint32: int(0, 4294967295),
  int32: int(-2147483648, 2147483647),
  'status-code': fc.constantFrom('success', 'NoAddrsAvail', 'NotOnLink', 'UseMulticast'),
  'dhcpv6-message': fc.constantFrom('RENEW', 'REBIND', 'INFORMATION-REQUEST'),
};
const INVALID: Record<string, fc.Arbitrary<Arg>> = {
  'ip-address': fc.constantFrom('10.0.0.300', '1.2.3', 'not an address', '::1'),
  'ip6-address': fc.constantFrom('2001:db8::g', '10.0.0.1', 'x'),
  flag: fc.constantFrom('maybe', 2, 'yes please'),
  boolean: fc.constantFrom('maybe', 2),
  text: fc.constantFrom<Arg>(true, 'bell\x07'),
  'domain-name': fc.constantFrom('bad name!', '-x.example', '', true),
  'domain-list': fc.constantFrom('a b', 'x..y', false),
  string: fc.constantFrom<Arg>(true, 'nul\0'),
  uint8: fc.constantFrom(256, -1, 'ten'),
  uint16: fc.constantFrom(65536, -1),
  uint32: fc.constantFrom(4294967296, -5),
  int32: fc.constantFrom(2147483648, 'x'),
  'status-code': fc.constantFrom('Success!', 'nope'),
  'dhcpv6-message': fc.constantFrom('renew-please', 5),
};

interface Gen {
  valid: fc.Arbitrary<OptionArg[]>;
  invalid: fc.Arbitrary<OptionArg[]>;
}
/** A fixed sequence of values (the last `optional` of them may be left out). */
function seq(atoms: string[], optional = 0): Gen {
  const valid = fc
    .tuple(...atoms.map((a) => VALID[a]!), fc.nat({ max: optional }))
    .map((v) => v.slice(0, atoms.length - (v[atoms.length] as number)) as Arg[]);
  const wrongType = atoms.length
    ? fc
        .tuple(
          fc.nat({ max: atoms.length - 1 }),
          fc.tuple(...atoms.map((a) => VALID[a]!)),
          fc.tuple(...atoms.map((a) => INVALID[a]!)),
        )
        .map(([i, ok, bad]) => ok.map((x, j) => (j === i ? bad[j]! : x)))
    : fc.constant<Arg[]>([1]);
  const tooMany = fc.tuple(...atoms.map((a) => VALID[a]!)).map((v) => [...v, v[0] ?? 1]);
  const tooFew =
    atoms.length > optional
      ? fc.tuple(...atoms.map((a) => VALID[a]!)).map((v) => v.slice(0, atoms.length - optional - 1))
      : undefined;
  return { valid, invalid: tooFew ? fc.oneof(wrongType, tooMany, tooFew) : fc.oneof(wrongType, tooMany) };
}
/** Values given once (`prefix`), then a comma-separated list of elements of `element` values. */
function list(prefix: string[], element: string[]): Gen {
  const elem = fc.tuple(...element.map((a) => VALID[a]!));
  const badElem = fc
    .tuple(fc.nat({ max: element.length - 1 }), elem, fc.tuple(...element.map((a) => INVALID[a]!)))
    .map(([i, ok, bad]) => ok.map((x, j) => (j === i ? bad[j]! : x)));
  const shaped = (e: Arg[]): OptionArg[] => (element.length === 1 ? e : [e]);
  const head = fc.tuple(...prefix.map((a) => VALID[a]!));
  const valid = fc
    .tuple(head, fc.array(elem, { minLength: 1, maxLength: 4 }))
    .map(([h, es]) => [...h, ...es.flatMap(shaped)]);
  const invalid = fc.oneof(
    fc
      .tuple(head, fc.array(elem, { maxLength: 2 }), badElem)
      .map(([h, es, bad]) => [...h, ...es.flatMap(shaped), ...shaped(bad)]),
    head.map((h) => [...h]), // no element at all
  );
  return { valid, invalid };
}

/** Where dhcpd 4.4.3 types an option differently from dhcp-options(5) (found by running dhcpd). */
const DHCPD_SYNTAX: Record<string, string> = {
  'fqdn.rcode1': 'uint8',
  'fqdn.rcode2': 'uint8',
  'nwip.nwip-1-1': 'flag',
  'dhcp6.nis-domain-name': 'domain-list',
  'dhcp6.nisp-domain-name': 'domain-list',
};
const syntaxOf = (o: { space: string; name: string; syntax: string }): Gen =>
  SYNTAXES[DHCPD_SYNTAX[`${o.space}.${o.name}`] ?? o.syntax]!;

/** Every value syntax dhcp-options(5) uses, as written there. */
const SYNTAXES: Record<string, Gen> = {
  '': seq([]),
  string: seq(['string']),
  // pxe-client-id and v4-portparams: in dhcpd's option table, not in its manual.
  'uint8 string': seq(['uint8', 'string']),
  'uint8 uint8 uint16': seq(['uint8', 'uint8', 'uint16']),
  text: seq(['text']),
  flag: seq(['flag']),
  uint8: seq(['uint8']),
  uint16: seq(['uint16']),
  uint32: seq(['uint32']),
  int32: seq(['int32']),
  'ip-address': seq(['ip-address']),
  'ip6-address': seq(['ip6-address']),
  'domain-name': seq(['domain-name']),
  'domain-list': list([], ['domain-list']),
  'dhcpv6-message': seq(['dhcpv6-message']),
  'status-code [ string ]': seq(['status-code', 'string'], 1),
  'uint8 uint8 uint8': seq(['uint8', 'uint8', 'uint8']),
  'ip6-address string': seq(['ip6-address', 'string']),
  'ip6-address uint8 domain-name': seq(['ip6-address', 'uint8', 'domain-name']),
  'uint8 ip-address ip-address domain-name': seq(['uint8', 'ip-address', 'ip-address', 'domain-name']),
  'boolean text': seq(['boolean', 'text']),
  'ip-address [, ip-address... ]': list([], ['ip-address']),
  'ip-address [, ip-address ... ]': list([], ['ip-address']),
  'ip-address [, ip-address...]': list([], ['ip-address']),
  'ip6-address [, ip6-address ... ]': list([], ['ip6-address']),
  'uint8 [, uint8... ]': list([], ['uint8']),
  'uint16 [, uint16 ... ]': list([], ['uint16']),
  'uint16 [, uint16... ]': list([], ['uint16']),
  'uint16 [, uint6... ]': list([], ['uint16']),
  'uint16 [ , uint16, ... ]': list([], ['uint16']),
  'ip-address ip-address [, ip-address ip-address ...]': list([], ['ip-address', 'ip-address']),
  'boolean ip-address [, ip-address... ]': list(['boolean'], ['ip-address']),
  'uint8 uint8 ip6-address ip-address [, ip-address ...]': list(['uint8', 'uint8', 'ip6-address'], ['ip-address']),
};

// ---- keyword statements: valid values per statement, and the block each one lives in

const STATEMENT_VALUES: Record<string, fc.Arbitrary<Arg[]>> = {
  none: fc.constant([]),
  number: int(0, 4294967295).map((n) => [n]),
  seconds: fc.oneof(int(0, 4294967295), fc.constant('infinite')).map((n) => [n]),
  port: int(1, 65535).map((n) => [n]),
  percent: int(0, 100).map((n) => [n]),
  flag: flag.map((f) => [f]),
  string: text.map((t) => [t]),
  text: domain.map((t) => [t]),
  ip: ipv4.map((a) => [a]),
  ip6: ipv6.map((a) => [a]),
  'ip-list': fc.array(ipv4, { minLength: 1, maxLength: 3 }),
  hex: hexBytes(32, 32).map((h) => [h]),
  hardware: fc.tuple(fc.constantFrom('ethernet', 'token-ring', 'fddi'), hexBytes(6, 6)).map(([t, m]) => [t, m]),
  date: int(0, 4294967295).map((n) => [n]), // dhcpd 4.4.3 reads seconds since the epoch, not the documented date
};
/** Statements whose valid values are narrower than their argument type. */
const STATEMENT_SPECIFIC: Record<string, fc.Arbitrary<Arg[]>> = {
  'log-facility': fc.constantFrom('daemon', 'local0', 'local7', 'user').map((f) => [f]),
  // dhcpd 4.4 reads 'interface NAME;' inside a subnet or shared-network (and ignores it).
  interface: fc.constantFrom('eth0', 'ens18', 'lo').map((i) => [i]),
  algorithm: fc.constantFrom('hmac-md5', 'hmac-sha256', 'hmac-sha512').map((a) => [a]),
  unset: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).map((v) => [v]),
  secret: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => [Buffer.from(bytes).toString('base64')]),
  'server-duid': fc.oneof(
    fc.constant<Arg[]>(['LLT']),
    fc.constant<Arg[]>(['LL']),
    hexBytes(6, 6).map((m) => ['LLT', 'ethernet', 1, m]),
    fc.tuple(fc.nat({ max: 99999 }), label).map(([n, id]) => ['EN', n, id]),
  ),
  'vendor-option-space': fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).map((v) => [v]),
  'fixed-prefix6': fc.tuple(hex16, fc.integer({ min: 48, max: 64 })).map(([x, n]) => [`2001:db8:${x}::/${n}`]),
  'min-secs': int(0, 255).map((n) => [n]),
  'delayed-ack': int(0, 65535).map((n) => [n]),
  split: int(0, 256).map((n) => [n]),
  'lease limit': int(0, 100_000).map((n) => [n]), // dhcpd allocates a slot per lease up front: billions exhaust memory
  'ddns-update-style': fc.constantFrom('none', 'interim', 'standard').map((v) => [v]),
  mclt: int(1, 4294967295).map((n) => [n]),
  key: fc.constant(['base-key']), // a zone's (and OMAPI's) key must be declared: the config declares base-key
  'omapi-key': fc.constant(['base-key']),
  add: fc.constant(['base-class']), // likewise the class
};

/** Generated valid values for one keyword statement. */
const valuesFor = (s: StatementSpec): fc.Arbitrary<Arg[]> =>
  STATEMENT_SPECIFIC[s.name] ??
  // dhcpd takes 'infinite' for lease-time parameters only, not in failover declarations or for BOOTP lease lengths.
  (s.args === 'seconds' && (s.kind !== 'parameter' || s.name === 'dynamic-bootp-lease-length')
    ? STATEMENT_VALUES.number!
    : undefined) ??
  (s.args.startsWith('enum:')
    ? fc.constantFrom(...s.args.slice(5).split('|')).map((v) => [v])
    : (STATEMENT_VALUES[s.args] ?? fc.constant([])));

/** Statements the parameter builder refuses, each for a stated reason (they have their own builder or cannot be written as words). */
const REFUSED =
  /use b\.|not built|parse it from text|takes an expression|not accepted by dhcpd|cannot parse|a declaration with a block/;

const buildable = (s: StatementSpec): boolean => {
  try {
    b.parameter(s.name, ...fc.sample(valuesFor(s), 1)[0]!);
    return true;
  } catch (e) {
    if (e instanceof TypeError && REFUSED.test(e.message)) return false;
    throw e;
  }
};
const PARAMETERS = STATEMENTS.filter((s) => s.kind !== 'declaration' && buildable(s));
const IPV6_ONLY = new Set(['fixed-address6', 'fixed-prefix6']);

/** A config block holding one statement of the given spec, as text dhcpd reads in its place. */
function placed(s: StatementSpec, stmt: Statement, i: number): string {
  const container = (head: string, inner: string) => {
    const { ast } = parse(`${head} {\n${inner}}\n`);
    insertStatement(ast.body[0]!, stmt);
    return print(ast);
  };
  if (s.kind === 'failover') {
    const role = s.name === 'secondary' || s.name === 'primary' ? '' : 'primary;\n';
    const base = `${role}address 10.255.0.1;\npeer address 10.255.0.2;\n${s.name === 'secondary' || s.name === 'mclt' ? '' : 'mclt 3600;\n'}${s.name === 'secondary' || s.name === 'split' || s.name === 'hba' ? '' : 'split 128;\n'}`;
    // dhcpd wants every peer used by a pool.
    const user = `subnet 10.200.${i}.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo${i}";\n    range 10.200.${i}.10 10.200.${i}.20;\n  }\n}\n`;
    return (
      container(
        `failover peer "fo${i}"`,
        base
          .split('\n')
          .filter((l) => l && !l.startsWith(`${s.name} `) && l !== `${s.name};`)
          .map((l) => `${l}\n`)
          .join(''),
      ) + user
    );
  }
  if (s.kind === 'key')
    return container(`key k${i}`, s.name === 'algorithm' ? 'secret "c2VjcmV0";\n' : 'algorithm hmac-md5;\n');
  if (s.kind === 'zone') return container(`zone z${i}.example.`, s.name === 'primary' ? '' : 'primary 10.0.0.53;\n');
  const contexts = s.contexts === 'scope' ? ['global'] : s.contexts;
  if (contexts.includes('global')) return alone(stmt);
  if (contexts.includes('host')) return container(`host h${i}`, '');
  if (contexts.includes('class')) return container(`class "c${i}"`, '');
  if (contexts.includes('subnet')) return container(`subnet 10.201.${i % 256}.0 netmask 255.255.255.0`, '');
  if (contexts.includes('shared-network'))
    return container(`shared-network sn${i}`, `subnet 10.202.${i % 256}.0 netmask 255.255.255.0 { }\n`);
  throw new Error(`no place for ${s.name}`);
}

/** A config holding just this statement, printed. */
function alone(stmt: Statement): string {
  const { ast } = parse('');
  insertStatement(ast, stmt);
  return print(ast);
}

const PREAMBLE =
  'key base-key { algorithm hmac-md5; secret "c2VjcmV0"; }\nclass "base-class" { match if substring(option vendor-class-identifier, 0, 4) = "MSFT"; }\n';

const dir = mkdtempSync(join(tmpdir(), 'dhcplint-builders-'));
writeFileSync(join(dir, 'leases'), '');
writeFileSync(join(dir, 'included.conf'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** dhcpd's verdict on a config: undefined when accepted, else its first error with the offending line. */
function dhcpdRejects(config: string, family: '-4' | '-6'): string | undefined {
  const file = join(dir, `dhcpd${family}.conf`);
  writeFileSync(file, config);
  const r = spawnSync(dhcpd!, ['-t', family, '-cf', file, '-lf', join(dir, 'leases'), '-pf', join(dir, 'pid')], {
    encoding: 'utf8',
    cwd: dir,
    timeout: 30_000,
  });
  if (r.status === 0) return undefined;
  const out = `${r.stdout}${r.stderr}`;
  const lines = config.split('\n');
  const problems = out
    .split('\n')
    .filter((l) => /line \d+:/.test(l))
    .map((l) => `${l.replace(/^.*?line/, 'line')} → ${lines[Number(/line (\d+):/.exec(l)![1]) - 1]}`);
  return problems.length
    ? problems.join('\n')
    : out
        .split('\n')
        .filter((l) => l && !/^(Internet Systems|Copyright|All rights|For info)/.test(l))
        .join(' | ')
        .slice(0, 1500);
}

describe('builders produce what dhcpd accepts', () => {
  it('covers every value syntax of the option table', () => {
    expect(OPTIONS.map((o) => o.syntax).filter((s) => !(s in SYNTAXES) && s !== '::1')).toEqual([]);
    expect(PARAMETERS.length).toBeGreaterThan(90);
  });

  it.skipIf(!dhcpd)(
    `every option and keyword statement, built from generated values, passes dhcpd -t (${RUNS} × 2 configs)`,
    () => {
      // dhcpd's tables hold 'illegal-N' placeholders for reserved codes, which it refuses by name.
      const options = OPTIONS.filter((o) => o.space !== 'docsis' && !o.name.startsWith('illegal-'));
      const optionArgs = fc.tuple(...options.map((o) => syntaxOf(o).valid));
      const parameterArgs = fc.tuple(...PARAMETERS.map(valuesFor));
      const declarations = fc.record({
        net: fc.tuple(octet, octet).map(([x, y]) => `10.${x}.${y}.0`),
        host: fc.oneof(domain, fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/)),
        mac: hexBytes(6, 6),
        low: fc.nat({ max: 100 }),
        size: fc.nat({ max: 150 }),
      });
      fc.assert(
        fc.property(optionArgs, parameterArgs, declarations, (oa, pa, d) => {
          const v4: string[] = [PREAMBLE];
          const v6: string[] = [];
          options.forEach((o, i) => {
            const built = alone(b.option(o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`, ...oa[i]!));
            (o.space === 'dhcp6' ? v6 : v4).push(built);
          });
          PARAMETERS.forEach((s, i) =>
            (IPV6_ONLY.has(s.name) ? v6 : v4).push(placed(s, b.parameter(s.name, ...pa[i]!), i)),
          );
          // The declaration builders, nested as a config uses them.
          const low = `${d.net.slice(0, -1)}${d.low + 1}`;
          const high = `${d.net.slice(0, -1)}${d.low + 1 + d.size}`;
          const decls = parse(
            `failover peer "pair" {\n  primary;\n  address 10.255.0.1;\n  peer address 10.255.0.2;\n  mclt 3600;\n  split 128;\n}\n`,
          ).ast;
          insertStatement(
            decls,
            b.subnet(d.net, '255.255.255.0', [
              b.option('routers', `${d.net.slice(0, -1)}1`),
              b.pool([b.failoverRef('pair'), b.range(low, high)]),
            ]),
          );
          insertStatement(
            decls,
            b.group([
              b.host(d.host, { mac: d.mac, fixedAddress: `${d.net.slice(0, -1)}250` }, [
                b.parameter('filename', 'pxelinux.0'),
              ]),
            ]),
          );
          insertStatement(decls, b.include(join(dir, 'included.conf')));
          v4.push(print(decls));
          for (const [config, family] of [
            [v4.join(''), '-4'],
            [v6.join(''), '-6'],
          ] as const) {
            const verdict = dhcpdRejects(config, family);
            if (verdict) throw new Error(`dhcpd ${family} rejected a built config: ${verdict}`);
          }
        }),
        { numRuns: RUNS, endOnFailure: true }, // shrinking hundreds of generated values takes minutes; the message names the line
      );
    },
    300_000,
  );
});

describe('builders refuse invalid arguments', () => {
  it('throws a TypeError for every option given values of the wrong type or count', () => {
    const options = OPTIONS.filter((o) => o.space !== 'docsis' && o.syntax in SYNTAXES);
    fc.assert(
      fc.property(fc.constantFrom(...options), fc.context(), (o, ctx) => {
        const args = fc.sample(syntaxOf(o).invalid, 1)[0]!;
        ctx.log(`${o.space}.${o.name} ${JSON.stringify(args)}`);
        expect(() => b.option(`${o.space}.${o.name}`, ...args)).toThrow(TypeError);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws a TypeError for unknown options and statements, naming a close match', () => {
    const known = new Set(OPTIONS.map((o) => o.name));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z-]{0,20}$/).filter((n) => !known.has(n)),
        (n) => {
          expect(() => b.option(n, 'x')).toThrow(/Unknown option/);
        },
      ),
    );
    expect(() => b.option('no-such-option', 'x')).toThrow(TypeError);
    expect(() => b.option('domain-nme', 'x')).toThrow(/Did you mean 'domain-name'/);
    expect(() => b.option('docsis.tftp-servers', '2001:db8::1')).toThrow(/no option space 'docsis'/);
    expect(() => b.parameter('max-lease-tme', 60)).toThrow(/Unknown statement 'max-lease-tme'/);
    // dhcpd 4.4 reads 'interface NAME;' in a subnet or shared-network: built like any parameter.
    expect(b.parameter('interface', 'eth0').type).toBe('Parameter');
    expect(() => b.option('nwip.illegal-2')).toThrow(/reserved code/);
  });

  it('throws a TypeError for keyword statements given values of the wrong type or count', () => {
    const bad: [string, Arg[]][] = [
      ['default-lease-time', ['ten']],
      ['default-lease-time', [600, 700]],
      ['default-lease-time', []],
      ['authoritative', ['yes']],
      ['ping-check', ['maybe']],
      ['local-port', [70000]],
      ['log-threshold-high', [101]],
      ['ddns-update-style', ['fancy']],
      ['next-server', ['10.0.0.300']],
      ['fixed-address', []],
      ['fixed-address6', ['10.0.0.1']],
      ['filename', [42]],
      ['server-name', [true]],
      ['hardware', ['ethernet', '00:11:22']],
      ['hardware', ['ethernet']],
      ['hba', ['ff:00']],
      ['log-facility', ['local9']],
      ['secret', ['not base64!']],
      ['dynamic-bootp-lease-cutoff', ['tomorrow']],
      ['load balance max seconds', ['infinite']],
      ['ldap-server', ['ldap.example']],
      ['server-duid', ['LLT', 'bogus']],
      ['peer address', []],
      ['primary', ['10.0.0.1', '10.0.0.2']],
      ['mclt', [0]],
      ['ddns-update-style', ['ad-hoc']],
      ['min-secs', [256]],
      ['fixed-prefix6', ['2001:db8::']],
      ['fixed-prefix6', ['2001:db8::1/64']],
      ['vendor-option-space', ['0']],
      ['if', ['known']],
    ];
    for (const [name, args] of bad)
      expect(() => b.parameter(name, ...args), `${name} ${JSON.stringify(args)}`).toThrow(TypeError);
    expect(() => b.subnet('10.0.0.1', '255.255.255.0')).toThrow(/host bits/);
    expect(() => b.subnet('10.0.0.0', '255.0.255.0')).toThrow(/contiguous/);
    expect(() => b.range('10.0.0.300')).toThrow(/Invalid IPv4 address/);
    expect(() => b.host('x', { mac: '00:11:22' })).toThrow(/Invalid MAC address/);
    expect(() => b.include('')).toThrow(TypeError);
    expect(() => b.host('my host')).toThrow(/Invalid host name/);
    expect(() => b.host('_x')).toThrow(/Invalid host name/);
  });

  it('quotes text where dhcpd needs quotes (the cases of issue #15)', () => {
    const printed = (s: Statement) => alone(s).trim();
    expect(printed(b.option('domain-name', 'corp.example'))).toBe('option domain-name "corp.example";');
    expect(printed(b.parameter('filename', 'pxelinux.0'))).toBe('filename "pxelinux.0";');
    expect(printed(b.option('host-name', 'x'))).toBe('option host-name "x";');
    expect(printed(b.option('domain-search', 'a.example', 'b.example'))).toBe(
      'option domain-search "a.example", "b.example";',
    );
    expect(printed(b.option('routers', '10.0.0.1', '10.0.0.2'))).toBe('option routers 10.0.0.1, 10.0.0.2;');
    expect(printed(b.parameter('ping-check', false))).toBe('ping-check false;');
    expect(readFileSync(join(dir, 'leases'), 'utf8')).toBe('');
  });

  it.skipIf(!dhcpd)(
    'writes a hardware address in its canonical spelling, from any spelling dhcpd reads (checked with dhcpd -t)',
    () => {
      const spellings = ['0:1:2:3:4:5', 'AA:BB:CC:DD:EE:0F', '001:2:3:4:5:6'];
      const hosts = spellings.map((mac, i) => b.host(`m${i}`, { mac }));
      expect(hosts.map((h) => alone(h).match(/hardware ethernet ([^;]+);/)?.[1])).toEqual([
        '00:01:02:03:04:05',
        'aa:bb:cc:dd:ee:0f',
        '01:02:03:04:05:06',
      ]);
      const config = hosts.map(alone).join('');
      expect(dhcpdRejects(config, '-4')).toBeUndefined();
      for (const bad of ['00-01-02-03-04-05', '100:2:3:4:5:6', '00:11:22:33:44:55:'])
        expect(() => b.mac(bad), bad).toThrow(/Invalid MAC address/);
    },
  );
});
