import { LineIndex, parseIPv4, type Span } from '@dhcplint/parser';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { FileSystem } from '@dhcplint/parser';
import { readThrough } from '@dhcplint/parser/internal';
import type { SourceFile } from '../types.js';
import type { Located } from './facts.js';

export interface InterfaceFacts extends Located {
  name: string;
  dhcp4: boolean;
  dhcp4Loc?: Located;
  addresses: { address: number; prefix: number; text: string; loc: Located }[];
}

export interface DefaultsFacts {
  file: SourceFile;
  interfacesV4?: { names: { name: string; loc: Located }[]; loc: Located };
  legacyInterfaces?: Located & { value: string };
}

/** The host a server runs on: its netplan interfaces and its isc-dhcp-server defaults file. */
export interface HostContext {
  interfaces: InterfaceFacts[];
  netplanFiles: SourceFile[];
  defaults?: DefaultsFacts;
  problems: (Located & { message: string })[];
}

export function textFile(uri: string, text: string): SourceFile {
  return { uri, lines: new LineIndex(text) };
}

/** Reads `/etc/default/isc-dhcp-server` (shell assignments). */
export function readDefaults(uri: string, text: string): DefaultsFacts {
  const file = textFile(uri, text);
  const out: DefaultsFacts = { file };
  const re = /^[ \t]*(INTERFACESv4|INTERFACES)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|(\S*))/gm;
  for (let m; (m = re.exec(text)); ) {
    const [whole, name, doubleQuoted, singleQuoted, bare] = m;
    if (name === undefined) continue; // the name's group takes part in every match
    const value = doubleQuoted ?? singleQuoted ?? bare ?? '';
    const quoted = doubleQuoted !== undefined || singleQuoted !== undefined;
    const valueStart = m.index + whole.length - (quoted ? value.length + 1 : value.length);
    const loc: Located = { file, span: { start: m.index + whole.indexOf(name), end: m.index + whole.length } };
    if (name === 'INTERFACES') out.legacyInterfaces = { ...loc, value };
    else {
      const names: { name: string; loc: Located }[] = [];
      for (const w of value.matchAll(/\S+/g))
        names.push({
          name: w[0],
          loc: { file, span: { start: valueStart + w.index, end: valueStart + w.index + w[0].length } },
        });
      out.interfacesV4 = { names, loc };
    }
  }
  return out;
}

const span = (n: YamlNode | null | undefined): Span =>
  n && n.range ? { start: n.range[0], end: n.range[1] } : { start: 0, end: 0 };

/** Deeper than any netplan file (they nest about six levels), far below what exhausts the stack. */
export const MAX_YAML_NESTING = 256;

/**
 * Where a YAML text first nests deeper than MAX_YAML_NESTING, counting flow brackets outside
 * quotes and, per line, indentation steps plus leading `- ` / `? ` markers; undefined when it does not.
 */
export function deepestNesting(text: string): { at: number } | undefined {
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let lineDepth = 0;
  const indents: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      lineStart = true;
      lineDepth = 0;
      continue;
    }
    if (lineStart) {
      // Block nesting of this line: indentation levels above it, then sequence/key markers.
      let j = i;
      while (text[j] === ' ') j++;
      const indent = j - i;
      for (let top = indents.at(-1); top !== undefined && top >= indent; top = indents.at(-1)) indents.pop();
      indents.push(indent);
      lineDepth = indents.length;
      while ((text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        lineDepth++;
        j += 2;
        while (text[j] === ' ') j++;
      }
      if (lineDepth > MAX_YAML_NESTING) return { at: i };
      lineStart = false;
      i = j - 1;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++flow + lineDepth > MAX_YAML_NESTING) return { at: i };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

/** Reads the interfaces of a netplan file, with source positions. */
export function readNetplan(uri: string, text: string, ctx: HostContext): void {
  const file = textFile(uri, text);
  ctx.netplanFiles.push(file);
  // The YAML library recurses once per nesting level: a hostile file (100,000 '[') would run
  // it out of stack. Real netplan files nest a handful of levels.
  const deep = deepestNesting(text);
  if (deep) {
    ctx.problems.push({
      file,
      span: { start: deep.at, end: deep.at + 1 },
      message: `Netplan YAML nested deeper than ${MAX_YAML_NESTING} levels; not read.`,
    });
    return;
  }
  const doc = parseDocument(text, { lineCounter: new LineCounter(), keepSourceTokens: false });
  for (const e of doc.errors)
    ctx.problems.push({
      file,
      span: { start: e.pos[0], end: e.pos[1] },
      message: `Netplan YAML error: ${e.message.split('\n')[0]}`,
    });
  const network = doc.get('network', true);
  if (!isMap(network)) return;
  for (const kind of ['ethernets', 'bonds', 'vlans', 'bridges', 'wifis']) {
    const group = network.get(kind, true);
    if (!isMap(group)) continue;
    for (const pair of group.items) {
      const key = pair.key as YamlNode;
      const name = isScalar(key) ? String(key.value) : '';
      const body = pair.value as YamlNode;
      const itf: InterfaceFacts = { file, span: span(key), name, dhcp4: false, addresses: [] };
      if (isMap(body)) {
        const dhcp = body.get('dhcp4', true);
        if (isScalar(dhcp)) {
          itf.dhcp4 =
            dhcp.value === true ||
            String(dhcp.value).toLowerCase() === 'yes' ||
            String(dhcp.value).toLowerCase() === 'true';
          itf.dhcp4Loc = { file, span: span(dhcp) };
        }
        const addrs = body.get('addresses', true);
        if (isSeq(addrs)) {
          for (const a of addrs.items) {
            const node = a as YamlNode;
            const t = isScalar(node) ? String(node.value) : '';
            const [ip, len] = t.split('/');
            const v = parseIPv4(ip ?? '');
            if (v !== undefined)
              itf.addresses.push({ address: v, prefix: Number(len ?? 32), text: t, loc: { file, span: span(node) } });
          }
        }
      }
      ctx.interfaces.push(itf);
    }
  }
}

/** A host file (netplan, defaults) that exists but was not read, and why. */
export interface HostFileRefusal {
  path: string;
  /** Completes "… is <reason>": "a symlink leading outside the server root". */
  reason: string;
}

/**
 * Loads the host context of a server root (`<root>/etc/netplan/*.yaml`, `<root>/etc/default/isc-dhcp-server`).
 * Files the file system refuses are left out and passed to `onRefused`.
 */
export function loadHostContext(
  files: { defaults?: string; netplan: string[] },
  fs: FileSystem,
  onRefused?: (r: HostFileRefusal) => void,
): HostContext | undefined {
  const ctx: HostContext = { interfaces: [], netplanFiles: [], problems: [] };
  let any = false;
  const text = (path: string): string | undefined => {
    const r = readThrough(fs, path);
    if (r !== undefined && typeof r !== 'string') onRefused?.({ path, reason: r.refused });
    return typeof r === 'string' ? r : undefined;
  };
  for (const p of files.netplan) {
    const t = text(p);
    if (t !== undefined) {
      readNetplan(p, t, ctx);
      any = true;
    }
  }
  if (files.defaults) {
    const t = text(files.defaults);
    if (t !== undefined) {
      ctx.defaults = readDefaults(files.defaults, t);
      any = true;
    }
  }
  return any ? ctx : undefined;
}
