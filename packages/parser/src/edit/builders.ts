/**
 * Builders for new statements. Every argument is checked against the statement and option tables
 * (`src/spec/`) and turned into the token dhcpd expects — text-like values are quoted, addresses and
 * numbers stay bare — so a built statement is one dhcpd accepts. Invalid input (an unknown option or
 * statement, a value of the wrong type, too many or too few values) is a programmer error and throws a
 * TypeError with a clear message (parsing never throws; building does).
 */
import type * as N from '../ast/nodes.js';
import { classifyWord, isIPv6, parseIPv4, quoteString } from '../ast/literals.js';
import { optionSpec, OPTION_SPACES, OPTIONS, type OptionSpec } from '../spec/options.js';
import { statementSpecs, type StatementSpec } from '../spec/statements.js';
import { checkAtom, checkParameterArgs, HOST_NAME } from '../spec/values.js';
import { normalizeMac } from './mac.js';
import { expectDefined } from '../invariant.js';

import type { Span } from '../text/line-index.js';

/** A value given to a builder: JS values are converted to the token the statement needs. */
export type Arg = string | number | boolean | N.Value;
/** An option value: one atom, or one comma-separated element of several atoms (`['10.0.0.0', '10.0.0.1']`). */
export type OptionArg = Arg | readonly Arg[];

const NEW = (): Span => ({ start: -1, end: -1 });
const WORD = /^[^\s;{}"#,()]+$/;
const ETHERNET = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;
const show = (a: Arg): string => (typeof a === 'object' ? (a.type === 'String' ? a.raw : a.text) : JSON.stringify(a));
const fail = (message: string): never => {
  throw new TypeError(message);
};

export function word(text: string): N.Word {
  if (!WORD.test(text)) fail(`Not a valid dhcpd.conf word: ${JSON.stringify(text)}`);
  return { type: 'Word', span: NEW(), text, literal: classifyWord(text) };
}
export function string(value: string): N.StringLit {
  // dhcpd has no escape for a NUL byte, and other control characters would not survive a round trip.
  if (/[\0-\x08\x0b-\x1f\x7f]/.test(value)) fail(`Strings may not hold control characters: ${JSON.stringify(value)}`);
  return { type: 'String', span: NEW(), raw: quoteString(value), value };
}
export function punct(text: string): N.Punct {
  return { type: 'Punct', span: NEW(), text };
}
export function ipv4(text: string): N.Word {
  ipv4Value(text);
  return word(text);
}
/** The address as a 32-bit number, or a TypeError. */
function ipv4Value(text: string): number {
  return parseIPv4(text) ?? fail(`Invalid IPv4 address: ${JSON.stringify(text)}`);
}
export function ipv6(text: string): N.Word {
  if (!isIPv6(text)) fail(`Invalid IPv6 address: ${JSON.stringify(text)}`);
  return word(text);
}
/** An Ethernet address, written in the canonical spelling (`0:1:A:…` → `00:01:0a:…`). */
export function mac(text: string): N.Word {
  const canonical = normalizeMac(text);
  if (!ETHERNET.test(canonical))
    fail(`Invalid MAC address (want six colon-separated hex bytes): ${JSON.stringify(text)}`);
  return word(canonical);
}

// ---- turning one argument into a token

/** A bare word: numbers, addresses, flags, names. A quoted string given where a word belongs is an error. */
function bare(a: Arg, what: string): N.Word {
  if (typeof a === 'boolean') return word(String(a));
  if (typeof a === 'number') return Number.isFinite(a) ? word(String(a)) : fail(`Expected ${what}, found ${a}.`);
  if (typeof a === 'string') return WORD.test(a) ? word(a) : fail(`Expected ${what}, found ${JSON.stringify(a)}.`);
  return a.type === 'Word' ? a : fail(`Expected ${what}, found ${show(a)}.`);
}
/** A quoted string: dhcpd reads text, file names and domain names only when quoted. */
function quoted(a: Arg, what: string): N.StringLit {
  if (typeof a === 'string') return string(a);
  if (typeof a === 'object' && a.type === 'String') return a;
  return fail(`Expected ${what} (a string), found ${show(a)}.`);
}
function checked<T extends N.Value>(v: T, check: (v: T) => { message: string } | undefined): T {
  const problem = check(v);
  return problem ? fail(problem.message) : v;
}

/** Enumerations dhcpd defines for two DHCPv6 option types (common/tables.c), spelled as it matches them. */
const ENUMERATIONS: Record<string, readonly string[]> = {
  'status-code': [
    'success',
    'UnspecFail',
    'NoAddrsAvail',
    'NoBinding',
    'NotOnLink',
    'UseMulticast',
    'NoPrefixAvail',
    'UnknownQueryType',
    'MalformedQuery',
    'NotConfigured',
    'NotAllowed',
    'QueryTerminated',
  ],
  'dhcpv6-message': [
    'SOLICIT',
    'ADVERTISE',
    'REQUEST',
    'CONFIRM',
    'RENEW',
    'REBIND',
    'REPLY',
    'RELEASE',
    'DECLINE',
    'RECONFIGURE',
    'INFORMATION-REQUEST',
    'RELAY-FORW',
    'RELAY-REPL',
  ],
};

/** One option value of the given atom type (ip-address, uint16, text, …) as dhcpd reads it. */
function optionAtom(atom: string, a: Arg, option: string, alone: boolean): N.Value {
  const what = `${atom} for option '${option}'`;
  switch (atom) {
    case 'ip-address': {
      const w = bare(a, `an IPv4 address or host name for option '${option}'`);
      const problem = checkAtom(atom, w);
      return problem ? fail(`Option '${option}': ${problem.message}`) : w;
    }
    case 'ip6-address':
      return checked(bare(a, `an IPv6 address for option '${option}'`), (v) =>
        isIPv6(v.text) ? undefined : { message: `Option '${option}' expects an IPv6 address, found ${v.text}.` },
      );
    case 'flag':
    case 'boolean':
      return checked(
        bare(a, `true or false for option '${option}'`),
        (v) => checkAtom('flag', v) && { message: `Option '${option}' expects true or false, found ${show(a)}.` },
      );
    case 'text':
      return quoted(a, what);
    case 'domain-name':
      // dhcpd reads an option that is one domain name as a bare name and refuses quotes there, but wants a
      // quoted string for a domain name among other values (rdnss-selection).
      if (alone)
        return checked(typeof a === 'boolean' ? fail(`Expected ${what}, found ${a}.`) : bare(a, what), (v) =>
          HOST_NAME.test(v.text)
            ? undefined
            : { message: `Option '${option}' expects a domain name, found ${v.text}.` },
        );
      return checked(quoted(a, what), (v) =>
        HOST_NAME.test(v.value)
          ? undefined
          : { message: `Option '${option}' expects a domain name, found ${JSON.stringify(v.value)}.` },
      );
    case 'domain-list':
      return checked(quoted(a, what), (v) =>
        HOST_NAME.test(v.value)
          ? undefined
          : { message: `Option '${option}' expects a domain name, found ${JSON.stringify(v.value)}.` },
      );
    case 'string':
      // A quoted string is read by every option the man page types `string` (some, like default-url, are
      // text to dhcpd and refuse bare hex bytes); hex bytes are written only when given as b.word('01:02').
      if (typeof a === 'object' && a.type === 'Word')
        return checked(
          a,
          (v) =>
            checkAtom(atom, v) && { message: `Option '${option}' expects a string or hex bytes, found ${v.text}.` },
        );
      return quoted(a, what);
    default: {
      const values = ENUMERATIONS[atom];
      if (values)
        return checked(bare(a, what), (v) =>
          values.includes(v.text)
            ? undefined
            : { message: `Option '${option}' expects one of ${values.join(', ')}; found ${v.text}.` },
        );
      const w = bare(a, what);
      const problem = checkAtom(atom, w);
      if (problem) fail(`Option '${option}': ${problem.message}`);
      // dhcpd also takes -1 for 255 and wraps at 32 bits; the builders write only the canonical range.
      const range = CANONICAL_RANGE[atom];
      if (!/^u?int\d+$/.test(atom) || !range)
        return fail(`Option '${option}' has a value type the builders do not know (${atom}).`);
      const [min, max] = range;
      if (Number(w.text) < min || Number(w.text) > max)
        fail(`Option '${option}': ${w.text} is out of range for ${atom} (${min}–${max}).`);
      return w;
    }
  }
}

// ---- options

/** Integer ranges as their types name them (what the builders write; dhcpd's parser takes more). */
const UINT32_RANGE: [number, number] = [0, 4294967295];
const CANONICAL_RANGE: Record<string, [number, number]> = {
  'lease-time': UINT32_RANGE,
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: UINT32_RANGE,
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
};

/**
 * The shape of an option's value, read from the man page's syntax: atoms given once, then atoms that
 * repeat as comma-separated elements (`boolean ip-address [, ip-address...]` repeats only the address).
 */
interface OptionShape {
  prefix: string[];
  element: string[];
  repeated: boolean;
  /** Atoms of a single element that may be left out (`status-code [ string ]`). */
  optional: number;
}
const atomsOf = (text: string): string[] =>
  text
    .replace(/[[\],]|\.\.\./g, ' ')
    .split(/\s+/)
    .filter(Boolean);

function optionShape(spec: OptionSpec): OptionShape {
  const syntax = DHCPD_SYNTAX[`${spec.space}.${spec.name}`] ?? spec.syntax;
  const bracket = syntax.indexOf('[');
  if (syntax === 'domain-list') return { prefix: [], element: ['domain-list'], repeated: true, optional: 0 };
  if (bracket < 0) return { prefix: [], element: atomsOf(syntax), repeated: false, optional: 0 };
  const main = atomsOf(syntax.slice(0, bracket));
  const inner = atomsOf(syntax.slice(bracket));
  if (!syntax.slice(bracket).includes(','))
    return { prefix: [], element: [...main, ...inner], repeated: false, optional: inner.length };
  const repeat = Math.min(inner.length, main.length);
  return {
    prefix: main.slice(0, main.length - repeat),
    element: main.slice(main.length - repeat),
    repeated: true,
    optional: 0,
  };
}

/** Where dhcp-options(5) types a value differently from dhcpd 4.4.3's own option table (common/tables.c). */
const DHCPD_SYNTAX: Record<string, string> = {
  'fqdn.rcode1': 'uint8',
  'fqdn.rcode2': 'uint8',
  'nwip.nwip-1-1': 'flag',
  'dhcp6.nis-domain-name': 'domain-list',
  'dhcp6.nisp-domain-name': 'domain-list',
};

/** Option spaces dhcpd 4.4.3 knows; dhcp-options(5) also lists `docsis`, which its parser rejects. */
const DHCPD_SPACES = new Set(OPTION_SPACES);

/** Levenshtein's distance, one row of the table at a time: row[j] is the distance from a's first i characters to b's first j. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = i - 1; // the previous row's entry before j
    let left = i; // this row's entry before j
    row = row.map((above, j) => {
      if (j === 0) return i;
      left = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      return left;
    });
  }
  return expectDefined(row.at(-1), 'the table has a column for the empty prefix of b');
}
function suggestOption(space: string, name: string): string {
  const close = OPTIONS.filter((o) => o.space === space && DHCPD_SPACES.has(o.space))
    .map((o) => [o.name, editDistance(o.name, name)] as const)
    .sort((x, y) => x[1] - y[1])[0];
  return close && close[1] <= 3 ? ` Did you mean '${space === 'dhcp' ? '' : `${space}.`}${close[0]}'?` : '';
}

/** The option's spec, or a TypeError naming what is wrong with the name. */
export function knownOption(name: string): OptionSpec {
  const dot = name.indexOf('.');
  const space = dot > 0 ? name.slice(0, dot) : 'dhcp';
  const short = dot > 0 ? name.slice(dot + 1) : name;
  if (!DHCPD_SPACES.has(space)) return fail(`Option '${name}': dhcpd 4.4.3 has no option space '${space}'.`);
  const spec = optionSpec(space, short);
  if (!spec)
    return fail(
      `Unknown option '${name}': not in dhcpd's option tables.${suggestOption(space, short)} Options declared in a config (option NAME code N = …) cannot be built.`,
    );
  return spec;
}

/** The option's values in order, commas included, from the arguments given to `option()`. */
function optionValues(name: string, spec: OptionSpec, args: readonly OptionArg[]): N.Value[] {
  const shape = optionShape(spec);
  const flat = (list: readonly OptionArg[]): Arg[] => list.flatMap((a) => (Array.isArray(a) ? a : [a as Arg]));
  const alone = shape.prefix.length + shape.element.length === 1;
  const atoms = (types: string[], given: readonly Arg[]): N.Value[] =>
    given.map((a, i) =>
      optionAtom(types[i] ?? fail(`Option '${name}' expects ${spec.syntax}; too many values.`), a, name, alone),
    );
  if (!shape.repeated) {
    const given = flat(args);
    const min = shape.element.length - shape.optional;
    if (given.length < min || given.length > shape.element.length) {
      const want =
        shape.element.length === 0
          ? 'no value'
          : min === shape.element.length
            ? `${min} value(s) (${shape.element.join(' ')})`
            : `${min} to ${shape.element.length} values (${spec.syntax})`;
      fail(`Option '${name}' takes ${want}; got ${given.length}.`);
    }
    return atoms(shape.element, given);
  }
  const head = flat(args.slice(0, shape.prefix.length));
  if (head.length < shape.prefix.length) fail(`Option '${name}' expects ${spec.syntax}; too few values.`);
  // The repeated part: an array is one element; loose values are cut into elements of the right size.
  const elements: Arg[][] = [];
  let open: Arg[] | undefined; // the element loose values are being collected into
  for (const a of args.slice(shape.prefix.length)) {
    if (Array.isArray(a)) {
      elements.push([...(a as readonly Arg[])]);
      open = undefined;
    } else if (open && open.length < shape.element.length) open.push(a as Arg);
    else elements.push((open = [a as Arg]));
  }
  if (elements.length === 0) fail(`Option '${name}' needs at least one ${shape.element.join(' ')}.`);
  for (const e of elements)
    if (e.length !== shape.element.length)
      fail(`Option '${name}': each element of the list is ${shape.element.join(' ')}; got ${e.map(show).join(' ')}.`);
  const out = atoms(shape.prefix, head);
  elements.forEach((e, i) => {
    if (i > 0) out.push(punct(','));
    out.push(...atoms(shape.element, e));
  });
  return out;
}

function block(children: N.Statement[]): N.Block {
  return { type: 'Block', span: NEW(), open: NEW(), body: children };
}

function base<T extends N.Statement['type']>(type: T, words: N.Value[], extra: object): N.Statement {
  return { type, span: NEW(), words, dirty: true, ...extra } as unknown as N.Statement;
}

/**
 * `option name values;` e.g. option('routers', '10.0.0.1', '10.0.0.2'), option('domain-name', 'corp.example')
 * (quoted for you), option('static-routes', ['10.1.0.0', '10.0.0.1'], ['10.2.0.0', '10.0.0.1']).
 * Names in other spaces are written `space.name` (`agent.circuit-id`, `dhcp6.name-servers`).
 */
export function option(name: string, ...values: OptionArg[]): N.OptionStatement {
  const spec = knownOption(name);
  // dhcpd's tables name reserved codes 'illegal-N'; it refuses them in a config.
  if (spec.name.startsWith('illegal-'))
    fail(`'${name}' is a reserved code in dhcpd's option table, not an option a config can set.`);
  const vals = optionValues(name, spec, values);
  return base('Option', [word('option'), word(name), ...vals], {
    keyword: 'option',
    space: spec.space,
    name: spec.name,
    values: vals,
  }) as N.OptionStatement;
}

// ---- keyword statements (parameters, failover, key and zone statements)

/** Statements that have their own builder, or that a parameter builder cannot write as dhcpd wants them. */
const NOT_A_PARAMETER: Record<string, string> = {
  range: 'use b.range()',
  include: 'use b.include()',
  'failover peer': "use b.failoverRef() for a pool's reference",
  'no failover peer': 'dhcpd 4.4.3 cannot parse it',
  range6: 'IPv6 ranges are not built; parse them from text',
  prefix6: 'IPv6 prefixes are not built; parse them from text',
  'host-identifier option': 'it names an option and its value; parse it from text',
  define: 'it defines a variable or function; parse it from text',
};
/** Statements of dhcpd.conf(5) that dhcpd 4.4.3's standard build (no LDAP, no EUI-64) refuses to parse. */
const OPTIONAL_BUILD: Record<string, string> = {
  'ldap-server': 'LDAP',
  'use-eui-64': 'EUI-64',
  'persist-eui-64-leases': 'EUI-64',
};
/** Keyword statements that read a bare identifier where the table says text (dhcpd's own parser decides). */
const BARE_TEXT = new Set(['vendor-option-space', 'key']);
/** Numbers dhcpd stores in fewer than 32 bits (its own option table, or failover limits). */
const NUMBER_MAX: Record<string, number> = { 'min-secs': 255, 'delayed-ack': 65535, split: 256 };
/** Times dhcpd reads as a plain number, without `infinite`. */
const FINITE = new Set(['dynamic-bootp-lease-length']);
/** Syslog facilities dhcpd's `log-facility` accepts (server/dhcpd.c). */
const LOG_FACILITIES = new Set([
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
]);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DUID = /^(LLT|LL|EN \d+ [^\s"]+|LLT ethernet \d+ [0-9A-Fa-f:]+|LL ethernet [0-9A-Fa-f:]+)$/;

/** An IPv6 address (already checked with isIPv6) as a 128-bit number. */
function ipv6Bits(address: string): bigint {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) + BigInt(parseInt(g, 16)), 0n);
}

/**
 * dhcpd's convert_num wraps a statement's integer at its width (`default-lease-time -5;` is read as
 * 4294967291 seconds, `99999999999` as 1215752191), so the parser's check accepts what dhcpd accepts;
 * the builders write only the range the statement's type names, as they do for options.
 */
function checkCanonicalNumber(spec: StatementSpec, v: N.Value | undefined): void {
  if (!['number', 'seconds', 'date'].includes(spec.args) || v?.type !== 'Word' || v.literal.kind !== 'number') return;
  const atom = spec.kind === 'parameter' ? optionSpec('server', spec.name)?.atoms : undefined;
  const [only, ...more] = atom ?? [];
  const [min, max] = (only !== undefined && more.length === 0 && CANONICAL_RANGE[only]) || UINT32_RANGE;
  if (v.literal.value < min || v.literal.value > max || !/^-?\d+$/.test(v.text))
    fail(`${v.text} is out of range for '${spec.name}' (${min}–${max}).`);
}

/** The argument tokens for one spec, or a TypeError saying what the statement wants. */
function parameterArgs(spec: StatementSpec, args: readonly Arg[]): N.Value[] {
  const name = spec.name;
  const one = (): Arg => {
    const [only, ...more] = args;
    return only !== undefined && more.length === 0 ? only : fail(`'${name}' takes one value; got ${args.length}.`);
  };
  let values: N.Value[];
  switch (spec.args) {
    case 'string':
      values = [quoted(one(), `a quoted string for '${name}'`)];
      break;
    case 'text':
      values = [
        BARE_TEXT.has(name)
          ? checked(bare(one(), `a name for '${name}'`), (v) =>
              /^[A-Za-z][\w-]*$/.test(v.text)
                ? undefined
                : {
                    message: `'${name}' expects an identifier (a letter, then letters, digits, '-' or '_'), found ${v.text}.`,
                  },
            )
          : quoted(one(), `a name for '${name}'`),
      ];
      break;
    case 'seconds':
      values = [bare(one(), `a number of seconds for '${name}'`)];
      if ((spec.kind !== 'parameter' || FINITE.has(name)) && (values[0] as N.Word).text.toLowerCase() === 'infinite')
        fail(`'${name}' expects a number of seconds ('infinite' is not accepted here).`);
      break;
    case 'ip-list':
      values = args.flatMap((a, i) =>
        i > 0 ? [punct(','), bare(a, `an address for '${name}'`)] : [bare(a, `an address for '${name}'`)],
      );
      break;
    case 'ip6': {
      const arg = one();
      const word = bare(arg, `an IPv6 address for '${name}'`);
      values = [word];
      const text = word.text;
      // fixed-prefix6 is a prefix: an address with its length.
      const [address = '', length, extra] = name === 'fixed-prefix6' ? text.split('/') : [text];
      if (
        !isIPv6(address) ||
        extra !== undefined ||
        (name === 'fixed-prefix6' && !(Number(length) >= 0 && Number(length) <= 128 && /^\d+$/.test(length ?? '')))
      )
        fail(
          `'${name}' expects an IPv6 ${name === 'fixed-prefix6' ? 'prefix such as 2001:db8::/56' : 'address'}, found ${show(arg)}.`,
        );
      if (name === 'fixed-prefix6' && ipv6Bits(address) % (1n << BigInt(128 - Number(length))) !== 0n)
        fail(`'${text}' has bits set after the prefix length (dhcpd: network mask too short).`);
      break;
    }
    case 'date': {
      // dhcpd.conf(5) documents a date, but dhcpd 4.4.3 parses this statement as seconds since the epoch.
      const arg = one();
      values = [bare(arg, `seconds since the epoch for '${name}'`)];
      if (checkParameterArgs({ ...spec, args: 'number' }, values).length)
        fail(`'${name}' expects seconds since the epoch (dhcpd 4.4.3 reads no date here), found ${show(arg)}.`);
      break;
    }
    case 'words':
      if (name === 'secret') {
        const key = quoted(one(), `the base64 key material for 'secret'`).value;
        if (!key || !BASE64.test(key)) fail(`'secret' expects base64 key material, found ${JSON.stringify(key)}.`);
        values = [string(key)];
      } else if (name === 'server-duid') {
        // EN's identifier is a string; the other fields are words.
        const text = args.map((a) => (typeof a === 'object' ? show(a) : String(a))).join(' ');
        if (!DUID.test(text))
          fail(
            `'server-duid' expects LLT, LL or EN with their fields (e.g. 'LLT ethernet 1 00:11:22:33:44:55', 'EN 2495 "id"'), found ${JSON.stringify(text)}.`,
          );
        values = text.split(' ').map((w, i) => (i === 2 && text.startsWith('EN ') ? string(w) : word(w)));
      } else values = fail(`'${name}' cannot be built; parse it from text.`);
      break;
    case 'expr':
      values = fail(`'${name}' takes an expression; the builders do not build expressions (parse it from text).`);
      break;
    default:
      values = args.map((a) => bare(a, `a value for '${name}'`));
  }
  const problem = checkParameterArgs(spec, values)[0];
  if (problem) fail(problem.message);
  checkCanonicalNumber(spec, values[0]);
  // The statements checked below take a word first (the spec's check above refused anything else).
  const first = values[0] as N.Word;
  const max = NUMBER_MAX[name];
  if (max !== undefined && Number(first.text) > max) fail(`${first.text} is out of range for '${name}' (0–${max}).`);
  if (name === 'ddns-update-style' && first.text.toLowerCase() === 'ad-hoc')
    fail(`'ddns-update-style ad-hoc' is no longer supported by dhcpd 4.4.3; use interim or standard.`);
  // dhcpd treats an mclt of 0 as no mclt at all, which a primary must have.
  if (name === 'mclt' && first.text === '0') fail(`'mclt' must be at least 1 second.`);
  if (name === 'log-facility' && !LOG_FACILITIES.has(first.text))
    fail(`'log-facility' expects a syslog facility (${[...LOG_FACILITIES].join(', ')}); found ${show(first)}.`);
  if (name === 'hba' && first.literal.kind === 'hex' && (first.literal as { bytes: number[] }).bytes.length !== 32)
    fail(`'hba' expects exactly 32 colon-separated hex bytes.`);
  if (name === 'hba' && first.literal.kind !== 'hex') fail(`'hba' expects exactly 32 colon-separated hex bytes.`);
  if (name === 'hardware' && values[1]) mac((values[1] as N.Word).text);
  return values;
}

/**
 * `name args…;` e.g. parameter('default-lease-time', 600), parameter('filename', 'pxelinux.0') (quoted for
 * you), parameter('ping-check', true), parameter('hardware', 'ethernet', '00:11:22:33:44:55'), failover
 * statements such as parameter('peer address', '10.0.0.2'), key and zone statements.
 */
export function parameter(name: string, ...args: Arg[]): N.Parameter {
  const canonical = name.trim().split(/\s+/).join(' ').toLowerCase();
  if (NOT_A_PARAMETER[canonical]) fail(`'${canonical}' is not built with parameter(): ${NOT_A_PARAMETER[canonical]}.`);
  const specs = statementSpecs(canonical);
  if (specs.length === 0) fail(`Unknown statement '${name}': not in dhcpd.conf(5).`);
  const candidates = specs.filter((s) => s.kind !== 'declaration');
  if (candidates.length === 0)
    fail(
      `'${canonical}' is a declaration with a block; use its own builder (b.subnet(), b.host(), b.pool(), b.group()).`,
    );
  const usable = candidates.filter((s) => !s.deprecated);
  if (usable.length === 0) fail(`'${canonical}' is not accepted by dhcpd 4.4.3: ${candidates[0]?.deprecated}.`);
  if (OPTIONAL_BUILD[canonical])
    fail(
      `'${canonical}' is not accepted by dhcpd 4.4.3 as packaged (it needs a build with ${OPTIONAL_BUILD[canonical]} support).`,
    );
  // `primary` is a failover statement without a value and a zone statement with an address: the arguments decide.
  let firstError: unknown;
  for (const spec of usable) {
    try {
      const values = parameterArgs(spec, args);
      const negated = canonical.startsWith('not ');
      const keyword = negated ? canonical.slice(4) : canonical;
      return base('Parameter', [...canonical.split(' ').map(word), ...values], {
        name: keyword,
        args: values,
        known: true,
        ...(negated ? { negated: true } : {}),
      }) as N.Parameter;
    } catch (e) {
      firstError ??= e;
    }
  }
  throw firstError;
}

// ---- declarations and references

export function range(low: string, high?: string): N.RangeStatement {
  const l = ipv4(low);
  const h = high === undefined ? undefined : ipv4(high);
  return base('Range', [word('range'), l, ...(h ? [h] : [])], {
    v6: false,
    dynamicBootp: false,
    low: l,
    high: h,
  }) as N.RangeStatement;
}

export function failoverRef(name: string): N.FailoverRef {
  if (!name) fail('A failover peer needs a name.');
  const n = string(name);
  return base('FailoverRef', [word('failover'), word('peer'), n], { name, nameNode: n }) as N.FailoverRef;
}

/** dhcpd reads a host declaration's name as a bare host name (labels of letters, digits, '-' and '_'); it refuses quotes. */
const HOST_DECL_NAME = /^[A-Za-z0-9][\w-]*(\.[A-Za-z0-9][\w-]*)*\.?$/;

export function host(
  name: string,
  opts: { mac?: string; fixedAddress?: string } = {},
  children: N.Statement[] = [],
): N.HostDecl {
  const body: N.Statement[] = [];
  if (opts.mac) body.push(parameter('hardware', 'ethernet', mac(opts.mac)));
  if (opts.fixedAddress) body.push(parameter('fixed-address', ipv4(opts.fixedAddress)));
  body.push(...children);
  if (!HOST_DECL_NAME.test(name))
    fail(
      `Invalid host name ${JSON.stringify(name)}: dhcpd wants labels of letters, digits, '-' and '_', each starting with a letter or digit, separated by dots.`,
    );
  const n = word(name);
  return base('Host', [word('host'), n], { name, nameNode: n, body: block(body) }) as N.HostDecl;
}

/** The prefix length of a contiguous netmask, or undefined. */
function prefixLength(mask: number): number | undefined {
  const inverted = ~mask >>> 0;
  return (inverted & (inverted + 1)) === 0 ? 32 - Math.log2(inverted + 1) : undefined;
}

export function subnet(network: string, netmask: string, children: N.Statement[] = []): N.SubnetDecl {
  const net = ipv4(network);
  const mask = ipv4(netmask);
  const bits = prefixLength(ipv4Value(netmask));
  if (bits === undefined) fail(`Invalid netmask ${netmask}: the one bits must be contiguous.`);
  if ((ipv4Value(network) & ~ipv4Value(netmask)) !== 0)
    fail(`${network} is not a network address for netmask ${netmask} (host bits are set).`);
  return base('Subnet', [word('subnet'), net, word('netmask'), mask], {
    network: net,
    netmask: mask,
    body: block(children),
  }) as N.SubnetDecl;
}

export function pool(children: N.Statement[] = []): N.PoolDecl {
  return base('Pool', [word('pool')], { v6: false, body: block(children) }) as N.PoolDecl;
}

export function group(children: N.Statement[] = []): N.GroupDecl {
  return base('Group', [word('group')], { body: block(children) }) as N.GroupDecl;
}

export function include(path: string): N.IncludeStatement {
  if (!path) fail('include needs a file name.');
  const p = string(path);
  return base('Include', [word('include'), p], { path: p }) as N.IncludeStatement;
}
