import type { Value, Word } from '../ast/nodes.js';
import { optionSpec, type OptionSpec } from './options.js';
import { STATEMENT_KEYWORDS, type StatementSpec } from './statements.js';

/** A value problem: `strict` ones are accepted by dhcpd but wrong in practice. */
export interface ValueProblem {
  message: string;
  value?: Value;
  strict?: boolean;
}

const FLAGS = new Set(['true', 'false', 'on', 'off', 'ignore']);
/**
 * What dhcpd's convert_num takes for an integer of each width: from -2^(w-1) to 2^w-1 whether the
 * table says signed or unsigned (`option default-ip-ttl -1;` is 255 on the wire).
 */
const INT_RANGE: Record<string, [number, number]> = {
  uint8: [-128, 255],
  uint16: [-32768, 65535],
  uint32: [-2147483648, 4294967295],
  int8: [-128, 255],
  int16: [-32768, 65535],
  int32: [-2147483648, 4294967295],
  'lease-time': [-2147483648, 4294967295],
};

/**
 * Whether dhcpd's convert_num takes decimal `text` for an integer of `range` (see INT_RANGE). It
 * accumulates in 32 bits, so larger numbers wrap before the check: any positive number fits a
 * 32-bit field (`max-lease-time 99999999999;` is accepted), and -4294967297 reads as -1.
 */
function convertNumAccepts(text: string, range: readonly [number, number]): boolean {
  const negative = text.startsWith('-');
  const value = Number(BigInt(negative ? text.slice(1) : text) % 4294967296n);
  return negative ? value <= -range[0] : value <= range[1];
}

/** An identifier token of dhcpd's lexer: what a `text` value may be without quotes. */
const DHCPD_IDENTIFIER = /^[A-Za-z0-9_-]+$/;
/** parse_host_name: labels joined by dots, a trailing dot allowed. */
const DHCPD_DOMAIN_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/;

/** A DNS host name (labels of letters, digits and inner hyphens), as dhcpd accepts where an address may be a name. */
export const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

const show = (v: Value): string => (v.type === 'String' ? v.raw : v.text);

/** Checks one value against one atom of an option syntax. */
export function checkAtom(atom: string, v: Value): ValueProblem | undefined {
  const word = v.type === 'Word' ? v : undefined;
  switch (atom) {
    case 'ip-address': {
      if (!word) return { message: `Expected an IPv4 address, found ${show(v)}.`, value: v };
      if (word.literal.kind === 'ipv4') return undefined;
      // dhcpd reads a word of digits and dots as an address, never as a host name.
      // A first label of digits makes dhcpd read four numbers ("expecting numeric value").
      if (/^\d+\./.test(word.text))
        return {
          message: `'${word.text}' is not a valid IPv4 address (four numbers 0–255 separated by dots).`,
          value: v,
        };
      if (word.literal.kind === 'number')
        return {
          message: `'${word.text}' is not an IPv4 address; dhcpd would try to resolve it as a host name at startup.`,
          value: v,
          strict: true,
        };
      if (word.literal.kind === 'name' && HOST_NAME.test(word.text)) return undefined; // a host name
      // dhcpd's parse_host_name also takes '_' and edge hyphens; such a name only fails when resolved at startup.
      if (word.literal.kind === 'name' && DHCPD_DOMAIN_NAME.test(word.text))
        return {
          message: `'${word.text}' is not a valid DNS host name; dhcpd takes it, but resolving it at startup will fail.`,
          value: v,
          strict: true,
        };
      return { message: `Expected an IPv4 address or host name, found '${word.text}'.`, value: v };
    }
    case 'ip6-address':
      return word && (word.literal.kind === 'ipv6' || word.literal.kind === 'hex')
        ? undefined
        : { message: `Expected an IPv6 address, found ${show(v)}.`, value: v };
    case 'flag':
    case 'boolean':
      return word && FLAGS.has(word.text.toLowerCase())
        ? undefined
        : { message: `Expected true or false, found ${show(v)}.`, value: v };
    case 'text':
      // dhcpd takes a quoted string or one bare identifier (not a number, no dots).
      if (v.type === 'String' || (word && DHCPD_IDENTIFIER.test(word.text) && !/^-?\d+$/.test(word.text)))
        return undefined;
      return { message: `Expected a quoted string, found ${show(v)}.`, value: v };
    case 'domain-name':
      // parse_host_name: a bare name; dhcpd refuses a quoted one ("not a valid domain name.").
      if (word && DHCPD_DOMAIN_NAME.test(word.text)) return longLabelProblem(word.text, v);
      if (v.type === 'String')
        return {
          message: `dhcpd takes this domain name bare, without quotes: ${v.value === '' ? '""' : v.value}.`,
          value: v,
        };
      return { message: `Expected a domain name, found ${show(v)}.`, value: v };
    case 'domain-list':
      return v.type === 'String'
        ? longLabelProblem(v.value, v)
        : { message: `Each domain in the list must be quoted, found ${show(v)}.`, value: v };
    case 'string':
      return v.type === 'String' || (word && (word.literal.kind === 'hex' || /^[0-9A-Fa-f]{1,2}$/.test(word.text)))
        ? undefined
        : { message: `Expected a quoted string or colon-separated hex bytes, found ${show(v)}.`, value: v };
    default: {
      const range = INT_RANGE[atom];
      if (range) {
        if (atom === 'lease-time' && word?.text.toLowerCase() === 'infinite') return undefined;
        if (!word || word.literal.kind !== 'number')
          return { message: `Expected a number, found ${show(v)}.`, value: v };
        if (!convertNumAccepts(word.text, range))
          return { message: `${word.text} is out of range for ${atom} (${range[0]}–${range[1]}).`, value: v };
      }
      return undefined;
    }
  }
}

/** DNS wire format allows 63 bytes a label: dhcpd fails to encode a longer one ("Error assembling domain name"). */
function longLabelProblem(name: string, v: Value): ValueProblem | undefined {
  const long = name.split('.').find((label) => label.length > 63);
  return long
    ? {
        message: `The DNS label '${long.slice(0, 20)}…' is ${long.length} characters long; a label holds at most 63, so dhcpd cannot encode this name.`,
        value: v,
      }
    : undefined;
}

/** Splits option values at commas. */
export function splitOnCommas(values: readonly Value[]): Value[][] {
  let group: Value[] = [];
  const groups = [group];
  for (const v of values) {
    if (v.type === 'Punct' && v.text === ',') groups.push((group = []));
    else group.push(v);
  }
  return groups;
}

/** Checks an option statement's values against its syntax. Returns the problems found. */
export function checkOptionValues(
  spec: Pick<OptionSpec, 'atoms' | 'array' | 'optionalFrom' | 'repeatFrom'> & { format?: string },
  values: readonly Value[],
  name: string,
): ValueProblem[] {
  // An empty format (nwip.illegal-1 … 4) is a placeholder: dhcpd's parser has nothing to read for it.
  if (spec.format === '')
    return [
      {
        message: `Option '${name}' has no value format in dhcpd's tables; dhcpd rejects any use of it.`,
        value: values[0],
      },
    ];
  // No atoms: a zero-length option (`Z`, `zerolen`), set by its name alone.
  if (spec.atoms.length === 0)
    return values.length
      ? [
          {
            message: `Option '${name}' has no value (zero-length); dhcpd expects ';' right after its name.`,
            value: values[0],
          },
        ]
      : [];
  if (spec.atoms.some((a) => !KNOWN_ATOMS.has(a))) return [];
  if (values.length === 0) return [{ message: `Option '${name}' needs a value.` }];
  const groups = splitOnCommas(values);
  if (groups.length > 1 && !spec.array)
    return [
      {
        message: `Option '${name}' takes a single value, not a comma-separated list.`,
        value: values.find((v) => v.type === 'Punct' && v.text === ','),
      },
    ];
  const problems: ValueProblem[] = [];
  for (const [k, g] of groups.entries()) {
    if (g.length === 0) {
      problems.push({ message: `Empty element in the value list of '${name}' (a stray comma?).` });
      continue;
    }
    // The first element holds every atom; later ones only the repeated tail (`fIa`: the addresses).
    const atoms = k === 0 ? spec.atoms : spec.atoms.slice(spec.repeatFrom ?? 0);
    const min = k === 0 ? (spec.optionalFrom ?? atoms.length) : atoms.length;
    if (g.length < min)
      problems.push({
        message: `Option '${name}' expects ${spec.atoms.join(' ')}${spec.array ? ' (comma-separated)' : ''}; too few values.`,
        value: g[g.length - 1],
      });
    else {
      const extra = g[atoms.length]; // the first value past the shape, if any
      if (extra)
        problems.push({
          message: spec.array
            ? `List elements of '${name}' must be separated by commas (found ${show(extra)}).`
            : `Option '${name}' takes ${atoms.length} value(s); unexpected ${show(extra)}.`,
          value: extra,
        });
    }
    for (const [i, atom] of atoms.entries()) {
      const v = g[i];
      if (v === undefined) break; // too few values, reported above
      const p = checkAtom(atom, v);
      if (p) problems.push(p);
    }
  }
  return problems;
}

/** The integer atom of a server-space statement in dhcpd's table (`min-secs` → uint8), if it has one. */
function serverIntegerAtom(name: string): string | undefined {
  const [atom, ...more] = optionSpec('server', name)?.atoms ?? [];
  return atom !== undefined && more.length === 0 && INT_RANGE[atom] ? atom : undefined;
}

/** When the unexpected word starts a statement, the real mistake is usually a ';' left out on the line. */
function missingSemicolonHint(v: Value): string {
  return v.type === 'Word' && STATEMENT_KEYWORDS.has(v.text.toLowerCase())
    ? ` Is a ';' missing before '${v.text}'?`
    : '';
}

const KNOWN_ATOMS = new Set([
  'ip-address',
  'ip6-address',
  'flag',
  'boolean',
  'text',
  'domain-name',
  'domain-list',
  'string',
  ...Object.keys(INT_RANGE),
]);

/** Checks a keyword statement's arguments against its spec's argument grammar. */
export function checkParameterArgs(spec: StatementSpec, args: readonly Value[]): ValueProblem[] {
  const syntax = spec.args;
  const one = (check: (v: Value) => ValueProblem | undefined, what: string): ValueProblem[] => {
    const [first, second] = args;
    if (first === undefined) return [{ message: `'${spec.name}' needs ${what}.` }];
    if (second !== undefined)
      return [
        {
          message: `'${spec.name}' takes one value (${what}); unexpected ${show(second)}.${missingSemicolonHint(second)}`,
          value: second,
        },
      ];
    const p = check(first);
    return p ? [p] : [];
  };
  const num = (v: Value, min: number, max: number, what: string, wraps = false): ValueProblem | undefined => {
    if (v.type !== 'Word' || v.literal.kind !== 'number')
      return { message: `'${spec.name}' expects ${what}, found ${show(v)}.`, value: v };
    if (wraps ? !convertNumAccepts(v.text, [min, max]) : v.literal.value < min || v.literal.value > max)
      return { message: `${v.text} is out of range for '${spec.name}' (${min}–${max}).`, value: v };
    return undefined;
  };
  switch (syntax) {
    case 'none': {
      const [first] = args;
      return first
        ? [
            {
              message: `'${spec.name}' takes no value; unexpected ${show(first)}.${missingSemicolonHint(first)}`,
              value: first,
            },
          ]
        : [];
    }
    case 'number':
    case 'seconds': {
      // A server option's integer is read as its format in dhcpd's server table says (min-secs is
      // `B`, lease times `T`), and convert_num takes -2^(w-1) to 2^w-1 (`max-lease-time -1;` is the
      // all-ones value). 'infinite' is a lease time (`T`) only. Failover timers are plain numbers.
      const what = syntax === 'seconds' ? 'a number of seconds' : 'a number';
      const atom = spec.kind === 'parameter' ? serverIntegerAtom(spec.name) : undefined;
      const [min, max] = (atom !== undefined && INT_RANGE[atom]) || [0, 4294967295];
      const infinite = atom ? atom === 'lease-time' : syntax === 'seconds';
      return one(
        (v) =>
          infinite && v.type === 'Word' && v.text.toLowerCase() === 'infinite'
            ? undefined
            : num(v, min, max, what, atom !== undefined),
        what,
      );
    }
    case 'port':
      return one((v) => num(v, 0, 65535, 'a port number'), 'a port number');
    case 'percent':
      return one((v) => num(v, 0, 100, 'a percentage'), 'a percentage');
    case 'flag':
      return one((v) => checkAtom('flag', v), 'true or false');
    case 'string':
      return one(
        (v) =>
          v.type === 'String'
            ? undefined
            : { message: `'${spec.name}' expects a quoted string, found ${show(v)}.`, value: v },
        'a quoted string',
      );
    case 'text':
    case 'name':
      return one(
        (v) =>
          v.type === 'String' || v.type === 'Word'
            ? undefined
            : { message: `'${spec.name}' expects a name, found ${show(v)}.`, value: v },
        'a name',
      );
    case 'ip':
      return one((v) => checkAtom('ip-address', v), 'an address');
    case 'ip6':
      return one(
        (v) => (v.type === 'Word' ? undefined : { message: `'${spec.name}' expects an IPv6 address.`, value: v }),
        'an IPv6 address',
      );
    case 'ip-list': {
      if (args.length === 0) return [{ message: `'${spec.name}' needs at least one address.` }];
      return checkOptionValues({ atoms: ['ip-address'], array: true }, args, spec.name);
    }
    case 'hex':
      return one(
        (v) =>
          v.type === 'Word' && (v.literal.kind === 'hex' || v.literal.kind === 'number')
            ? undefined
            : { message: `'${spec.name}' expects colon-separated hex bytes.`, value: v },
        'hex bytes',
      );
    case 'hardware': {
      const [type, address, extra] = args;
      if (type === undefined || address === undefined)
        return [
          {
            message: `'hardware' needs a type and an address, e.g. 'hardware ethernet 00:11:22:33:44:55'.`,
            value: type,
          },
        ];
      const types = ['ethernet', 'token-ring', 'fddi', 'infiniband'];
      if (type.type !== 'Word' || !types.includes(type.text.toLowerCase()))
        return [{ message: `Unknown hardware type ${show(type)}; expected one of ${types.join(', ')}.`, value: type }];
      if (extra) return [{ message: `Unexpected ${show(extra)} after the hardware address.`, value: extra }];
      const mac = address as Word;
      if (mac.type !== 'Word' || mac.literal.kind !== 'hex') {
        if (mac.type === 'Word' && /^[0-9A-Fa-f]{1,2}(-[0-9A-Fa-f]{1,2})+$/.test(mac.text))
          return [
            {
              message: `Hardware addresses use ':' between bytes, not '-': ${mac.text.replace(/-/g, ':')}.`,
              value: mac,
            },
          ];
        return [{ message: `Expected a hardware address such as 00:11:22:33:44:55, found ${show(mac)}.`, value: mac }];
      }
      // dhcpd keeps at most 16 bytes of a hardware address and refuses more ("hardware address too long").
      if (mac.literal.bytes.length > 16)
        return [
          { message: `A hardware address has at most 16 bytes; this one has ${mac.literal.bytes.length}.`, value: mac },
        ];
      return [];
    }
    default:
      if (syntax.startsWith('enum:')) {
        const allowed = syntax.slice(5).split('|');
        return one(
          (v) =>
            v.type === 'Word' && allowed.includes(v.text.toLowerCase())
              ? undefined
              : { message: `'${spec.name}' expects one of ${allowed.join(', ')}; found ${show(v)}.`, value: v },
          `one of ${allowed.join(', ')}`,
        );
      }
      return [];
  }
}
