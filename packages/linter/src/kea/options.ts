// dhcpd `option` statements and `option … code N = format` definitions in Kea's terms.
import { optionSpec, parseUserFormat, type OptionDefinition, type OptionStatement, type Value } from '@dhcplint/parser';
import {
  DHCPD_TO_KEA_NAME,
  KEA_STD_BY_CODE,
  KEA_STD_OPTIONS,
  OPTION_AS_PARAMETER,
  SERVER_MANAGED,
  keaAtomType,
} from './option-names.js';
import type { KeaOptionData, KeaOptionDef } from './types.js';

/** A user definition seen in the config (`option space.name code N = format;`). */
export interface UserOption {
  space: string;
  name: string;
  code: number;
  atoms: string[];
  array: boolean;
  /** The space an `encapsulate` format points at. */
  encapsulate?: string;
}

/** Option definitions of one server, by `space.name`. */
export class OptionCatalog {
  readonly user = new Map<string, UserOption>();
  /** `space.name` of a later definition of a code → the first definition's name (Kea allows one name per code). */
  readonly aliases = new Map<string, string>();
  /** dhcpd option space → Kea option space (the one `vendor-option-space` names → Kea's vendor space). */
  readonly spaceNames = new Map<string, string>();

  keaSpaceOf(space: string): string {
    return space === 'dhcp' ? 'dhcp4' : (this.spaceNames.get(space) ?? space);
  }

  define(d: OptionDefinition): UserOption | { error: string } {
    if (d.code === undefined) return { error: 'the definition has no code' };
    const words = d.format.map((v) => (v.type === 'String' ? v.value : v.text));
    const enc = words.findIndex((w) => w.toLowerCase() === 'encapsulate');
    const { atoms, array } = parseUserFormat(words);
    const u: UserOption = {
      space: d.space,
      name: d.name,
      code: d.code,
      atoms,
      array,
      encapsulate: enc >= 0 ? words[enc + 1] : undefined,
    };
    const first = [...this.user.values()].find((x) => x.space === d.space && x.code === d.code && x.name !== d.name);
    if (first) this.aliases.set(`${d.space}.${d.name}`, first.name);
    this.user.set(`${d.space}.${d.name}`, u);
    return u;
  }

  /** Kea's name and space for an option, with the atoms of one element of its value. */
  lookup(
    space: string,
    name: string,
  ):
    | { keaSpace: string; keaName: string; code?: number; atoms: string[]; array: boolean; user?: UserOption }
    | { error: string } {
    const user = this.user.get(`${space}.${name}`);
    // A second user name for one code (recorded with its definition): the first name's Kea option, this format.
    const alias = this.aliases.get(`${space}.${name}`);
    if (alias !== undefined && user) {
      const first = this.lookup(space, alias);
      return 'error' in first ? first : { ...first, atoms: user.atoms };
    }
    if (space === 'dhcp') {
      const managed = SERVER_MANAGED[name] ?? SERVER_MANAGED[DHCPD_TO_KEA_NAME[name] ?? ''];
      if (managed) return { error: `${managed}` };
      if (user) {
        // A user definition for a code Kea defines itself uses Kea's definition and name.
        const std = KEA_STD_BY_CODE.get(user.code);
        return {
          keaSpace: 'dhcp4',
          keaName: std ?? name,
          code: user.code,
          atoms: user.atoms,
          array: user.array,
          user: std ? undefined : user,
        };
      }
      const spec = optionSpec('dhcp', name);
      if (!spec) return { error: `option '${name}' has no definition` };
      let keaName = DHCPD_TO_KEA_NAME[name] ?? name;
      if (!KEA_STD_OPTIONS.has(keaName) && spec.code !== null) {
        const std = KEA_STD_BY_CODE.get(spec.code);
        if (std) keaName = std;
        // A dhcpd standard option Kea 2.2 does not define: it gets an option-def.
        else
          return {
            keaSpace: 'dhcp4',
            keaName,
            code: spec.code,
            atoms: spec.atoms,
            array: spec.array,
            user: { space: 'dhcp', name, code: spec.code, atoms: spec.atoms, array: spec.array },
          };
      }
      const code = KEA_STD_OPTIONS.get(keaName) ?? spec.code ?? undefined;
      return { keaSpace: 'dhcp4', keaName, code, atoms: spec.atoms, array: spec.array };
    }
    if (user)
      return {
        keaSpace: this.keaSpaceOf(space),
        keaName: name,
        code: user.code,
        atoms: user.atoms,
        array: user.array,
        user,
      };
    if (space === 'agent' || space === 'fqdn' || space === 'server')
      return { error: `the '${space}' option space is not configurable in Kea` };
    return { error: `option '${space}.${name}' has no definition Kea could be given` };
  }

  /**
   * `option-def` entries Kea needs: user definitions it does not know, and dhcpd standard options
   * Kea 2.2 does not define (tftp-server-address, …) when they are used.
   */
  keaDefinition(u: UserOption): KeaOptionDef | { error: string } {
    const keaSpace = this.keaSpaceOf(u.space);
    if (u.encapsulate)
      return { name: u.name, code: u.code, space: keaSpace, type: 'empty', encapsulate: u.encapsulate };
    const types = u.atoms.map(keaAtomType);
    const [first, ...more] = types;
    if (first === undefined || types.includes(undefined))
      return { error: `format '${u.atoms.join(' ') || '(empty)'}' has no Kea type` };
    const listOfNames = u.atoms.length === 1 && u.atoms[0] === 'domain-list';
    if (more.length === 0)
      return {
        name: u.name,
        code: u.code,
        space: keaSpace,
        type: first,
        ...(u.array || listOfNames ? { array: true } : {}),
      };
    if (
      types.some((t) => t === 'fqdn' || t === 'string') &&
      types.length > 1 &&
      types.slice(0, -1).some((t) => t === 'string' || t === 'fqdn')
    )
      return { error: 'a record with a text field before its end has no Kea type' };
    return {
      name: u.name,
      code: u.code,
      space: keaSpace,
      type: 'record',
      'record-types': types.join(', '),
      ...(u.array ? { array: true } : {}),
    };
  }
}

/** Kea's CSV escaping: a comma inside a value must be written `\,`. */
function csvEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** The value of an `option` statement as Kea `data`. */
export function optionValue(
  values: readonly Value[],
  atoms: readonly string[],
): { data: string; csv: boolean } | { error: string } {
  const words = values.filter((v) => !(v.type === 'Punct' && v.text === ','));
  const [first, ...others] = words;
  if (!first) return { data: '', csv: true };
  const alone = others.length === 0;
  if (alone && first.type === 'String' && first.value === '')
    return { error: 'an empty value; Kea refuses an option of this type without data' };
  // A colon-separated hex byte string for a text/binary option: raw bytes in Kea.
  const textual = atoms.length === 1 && (atoms[0] === 'string' || atoms[0] === 'text');
  if (alone && first.type === 'Word' && first.literal.kind === 'hex' && (textual || atoms.length === 0)) {
    return { data: first.literal.bytes.map((b) => b.toString(16).padStart(2, '0')).join(''), csv: false };
  }
  const parts: string[] = [];
  for (const [i, w] of words.entries()) {
    // The format's atoms repeat along the values (an array); without a format, each value is text.
    const atom = (atoms.length && atoms[i % atoms.length]) || 'string';
    if (w.type === 'Invalid' || w.type === 'Punct') return { error: `unexpected '${w.text}' in the value` };
    if (w.type === 'String') {
      parts.push(csvEscape(w.value));
      continue;
    }
    if (atom === 'ip-address' && w.literal.kind !== 'ipv4')
      return { error: `'${w.text}' is a host name; Kea needs an IPv4 address here (dhcpd resolved it at startup)` };
    if (atom === 'flag' || atom === 'boolean') {
      const t = w.text.toLowerCase();
      if (t === 'on' || t === 'true') parts.push('true');
      else if (t === 'off' || t === 'false') parts.push('false');
      else return { error: `'${w.text}' is not a boolean` };
      continue;
    }
    if (w.literal.kind === 'hex' && atom !== 'string' && atom !== 'text')
      return { error: `hex value '${w.text}' for a ${atom} field` };
    parts.push(csvEscape(w.text));
  }
  return { data: parts.join(', '), csv: true };
}

/** The Kea option-data for an option statement, or why it cannot be one. */
export function convertOption(
  s: OptionStatement,
  catalog: OptionCatalog,
):
  | { option: KeaOptionData; user?: UserOption; note?: string }
  | { parameter: 'renew-timer' | 'rebind-timer'; value: number }
  | { error: string } {
  if (s.expression)
    return {
      error:
        'the value is an expression evaluated per client; Kea option values are constants (a client class with option-data may express a fixed case)',
    };
  if (s.keyword === 'prepend' || s.keyword === 'append')
    return { error: `'${s.keyword}' merges with the client's value; Kea has no equivalent` };
  const asParameter = s.space === 'dhcp' ? OPTION_AS_PARAMETER[s.name] : undefined;
  if (asParameter) {
    const n = Number(valueWords(s.values)[0]);
    if (!Number.isInteger(n)) return { error: `'${s.name}' needs a number` };
    return { parameter: asParameter, value: n };
  }
  const found = catalog.lookup(s.space, s.name);
  if ('error' in found) return found;
  // A user definition of a code Kea defines differently (43 as text, …): the bytes go as hex.
  const remapped = s.space === 'dhcp' && found.keaName !== s.name && catalog.user.has(`dhcp.${s.name}`);
  const value = remapped ? rawBytes(s.values) : optionValue(s.values, found.atoms);
  if ('error' in value) return value;
  const option: KeaOptionData = { name: found.keaName, space: found.keaSpace };
  if (found.code !== undefined && found.keaSpace === 'dhcp4' && !KEA_STD_OPTIONS.has(found.keaName))
    option.code = found.code;
  if (value.data !== '' || !value.csv) option.data = value.data;
  if (!value.csv) option['csv-format'] = false;
  const notes: string[] = [];
  if (found.keaName !== s.name) notes.push(`named '${found.keaName}' in Kea`);
  if (s.keyword === 'supersede') notes.push("'supersede' is what a Kea option-data always does");
  return { option, user: found.user, note: notes.join('; ') || undefined };
}

/** A value as hex bytes (strings as their bytes, hex words as written). */
function rawBytes(values: readonly Value[]): { data: string; csv: boolean } | { error: string } {
  let hex = '';
  for (const v of values) {
    if (v.type === 'String') hex += Buffer.from(v.value, 'latin1').toString('hex');
    else if (v.type === 'Word' && v.literal.kind === 'hex')
      hex += v.literal.bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    else if (!(v.type === 'Punct' && v.text === ','))
      return { error: `'${v.text}' cannot be written as raw bytes for Kea's definition of this code` };
  }
  return { data: hex, csv: false };
}

function valueWords(values: readonly Value[]): string[] {
  return values.filter((v) => v.type !== 'Punct').map((v) => (v.type === 'String' ? v.value : v.text));
}
