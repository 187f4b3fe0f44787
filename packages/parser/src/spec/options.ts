import { OPTION_ROWS } from './options-data.js';

/** One option of dhcp-options(5): its space, name, code and value syntax. */
export interface OptionSpec {
  space: string;
  name: string;
  code: number | null;
  /** The value syntax as the man page writes it, e.g. `ip-address [, ip-address... ]`. */
  syntax: string;
  /** The value atoms of one element (ip-address, uint8, text, …). */
  atoms: string[];
  /** Whether several comma-separated elements are allowed. */
  array: boolean;
  /** Atoms from this index on may be left out. */
  optionalFrom?: number;
}

function parseSyntax(syntax: string): Pick<OptionSpec, 'atoms' | 'array' | 'optionalFrom'> {
  let array = false;
  let optionalFrom: number | undefined;
  const bracket = syntax.indexOf('[');
  let main = syntax;
  if (bracket >= 0) {
    const inner = syntax.slice(bracket);
    if (inner.includes(',')) array = true;
    else optionalFrom = syntax.slice(0, bracket).trim().split(/\s+/).filter(Boolean).length;
    main = syntax.slice(0, bracket) + (inner.includes(',') ? '' : inner.replace(/[[\]]/g, ' '));
  }
  const atoms = main.trim().split(/\s+/).filter(Boolean);
  if (atoms.length === 1 && atoms[0] === 'domain-list') array = true;
  return { atoms, array, optionalFrom };
}

export const OPTIONS: readonly OptionSpec[] = OPTION_ROWS.map(([space, name, code, syntax]) => ({ space, name, code, syntax, ...parseSyntax(syntax) }));

const byKey = new Map<string, OptionSpec>(OPTIONS.map((o) => [`${o.space}.${o.name}`, o]));

/** Built-in option spaces (user spaces come from `option space` declarations). */
export const OPTION_SPACES = ['dhcp', 'dhcp6', 'agent', 'fqdn', 'nwip', 'server', 'vendor', 'vendor-class', 'isc', 'vsio', 'isc6', 'docsis'];

export function optionSpec(space: string, name: string): OptionSpec | undefined {
  return byKey.get(`${space}.${name}`);
}

/** Options whose code in the dhcp space is taken by a standard definition. */
export function optionByCode(space: string, code: number): OptionSpec | undefined {
  return OPTIONS.find((o) => o.space === space && o.code === code);
}

/** Parses a user format (`array of ip-address`, `{ boolean, text }`, `unsigned integer 16`) into atoms. */
export function parseUserFormat(words: readonly string[]): Pick<OptionSpec, 'atoms' | 'array'> {
  const atoms: string[] = [];
  let array = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (w === 'array' && words[i + 1]?.toLowerCase() === 'of') {
      array = true;
      i++;
    } else if (w === '{' || w === '}' || w === ',') continue;
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
  return { atoms, array };
}
