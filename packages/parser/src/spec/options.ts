import { OPTION_ROWS } from './options-data.js';

/** One option of dhcpd's option tables (common/tables.c): its space, name, code and value format. */
export interface OptionSpec {
  space: string;
  name: string;
  code: number | null;
  /** The value syntax as dhcp-options(5) writes it, e.g. `ip-address [, ip-address ... ]`. */
  syntax: string;
  /** dhcpd's format string (`IA`, `fIa`, `Dc`, …), the source of the fields below. */
  format?: string;
  /** The value atoms of the first element (ip-address, uint8, text, …). */
  atoms: string[];
  /** Whether several comma-separated elements are allowed. */
  array: boolean;
  /**
   * With `array`: the atoms from this index on are what each further comma-separated element
   * holds (0 repeats the whole tuple, as `IIA` does; `fIa` repeats only the address).
   */
  repeatFrom?: number;
  /** Atoms from this index on may be left out. */
  optionalFrom?: number;
}

/** dhcpd's format letters (see the comment at the top of tables.c) as value atoms. */
const FORMAT_ATOMS: Record<string, string> = {
  I: 'ip-address',
  6: 'ip6-address',
  l: 'int32',
  L: 'uint32',
  s: 'int16',
  S: 'uint16',
  b: 'int8',
  B: 'uint8',
  t: 'text',
  T: 'lease-time',
  f: 'flag',
  X: 'string',
  d: 'domain-name',
  D: 'domain-list',
  U: 'option-space',
  k: 'key-name',
};

/** Reads a dhcpd format string into the value shape checked by checkOptionValues. */
export function shapeOfFormat(format: string): Pick<OptionSpec, 'atoms' | 'array' | 'repeatFrom' | 'optionalFrom'> {
  const atoms: string[] = [];
  let array = false;
  let repeatFrom: number | undefined;
  let optionalFrom: number | undefined;
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i);
    if (c === 'E' || c === 'N') {
      // An encapsulation (string or hex bytes) or a named enumeration, up to the next '.'.
      const end = format.indexOf('.', i);
      atoms.push(c === 'E' ? 'string' : `enum:${format.slice(i + 1, end)}`);
      i = end < 0 ? format.length : end;
    } else if (c === 'A' || c === 'a') {
      array = true;
      repeatFrom = c === 'A' ? 0 : atoms.length - 1;
    } else if (c === 'o') optionalFrom = atoms.length - 1;
    else if (c === 'D') {
      // A domain list is comma-separated names.
      atoms.push('domain-list');
      array = true;
      repeatFrom = atoms.length - 1;
    } else {
      // c (compression), Z (no value), F (implicit flag), e (encapsulation marker): no atom.
      const atom = FORMAT_ATOMS[c];
      if (atom) atoms.push(atom);
    }
  }
  return { atoms, array, repeatFrom, optionalFrom };
}

const ALL_OPTIONS: readonly OptionSpec[] = OPTION_ROWS.map(([space, name, code, syntax, format]) => ({
  space,
  name,
  code,
  syntax,
  format,
  ...shapeOfFormat(format),
}));

/**
 * The options a config sets with `option …` (completion, hover, builders list these). The `server`
 * space is dhcpd's table of server statements (`min-secs`, `default-lease-time`, …): optionSpec
 * finds them (`option server.min-secs 5;` is valid, and their formats type the statements), but
 * they are written as statements, so they are not listed here.
 */
export const OPTIONS: readonly OptionSpec[] = ALL_OPTIONS.filter((o) => o.space !== 'server');

const byKey = new Map<string, OptionSpec>(ALL_OPTIONS.map((o) => [`${o.space}.${o.name}`, o]));

/** Built-in option spaces of dhcpd 4.4.3 (user spaces come from `option space` declarations). */
export const OPTION_SPACES = [
  'dhcp',
  'dhcp6',
  'agent',
  'fqdn',
  'nwip',
  'server',
  'vendor',
  'vendor-class',
  'isc',
  'vsio',
  'isc6',
];

export function optionSpec(space: string, name: string): OptionSpec | undefined {
  return byKey.get(`${space}.${name}`);
}

/** Options whose code in the dhcp space is taken by a standard definition. */
export function optionByCode(space: string, code: number): OptionSpec | undefined {
  return OPTIONS.find((o) => o.space === space && o.code === code);
}

/** Parses a user format (`array of ip-address`, `{ boolean, text }`, `unsigned integer 16`) into atoms. */
export function parseUserFormat(words: readonly string[]): Pick<OptionSpec, 'atoms' | 'array' | 'repeatFrom'> {
  const atoms: string[] = [];
  let array = false;
  let repeatFrom: number | undefined;
  for (let i = 0, word = words[0]; word !== undefined; word = words[++i]) {
    const w = word.toLowerCase();
    if (w === 'array' && words[i + 1]?.toLowerCase() === 'of') {
      // `{ ip-address, array of unsigned integer 8 }` repeats only what follows 'array of'.
      array = true;
      repeatFrom = atoms.length;
      i++;
    } else if (w === '{' || w === '}' || w === ',' || w === 'zerolen') continue;
    else if (w === 'unsigned' || w === 'signed') {
      const width = words[i + 2];
      atoms.push(`${w === 'unsigned' ? 'uint' : 'int'}${width ?? '32'}`);
      i += 2;
    } else if (w === 'integer') {
      atoms.push(`int${words[i + 1] ?? '32'}`);
      i++;
    } else if (w === 'encapsulate') {
      atoms.push('string');
      i++;
    } else if (w === 'boolean') atoms.push('flag');
    else if (w === 'compressed') continue;
    else atoms.push(w);
  }
  return { atoms, array, repeatFrom };
}
