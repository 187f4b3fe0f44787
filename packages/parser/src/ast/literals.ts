import type { Literal } from './nodes.js';

const DEC = /^[0-9]+$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEXBYTES = /^[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2})+$/;

/** Shared: names are most words, and the literal carries nothing else. */
const NAME: Literal = Object.freeze({ kind: 'name' });

/** Classifies a bare word by its spelling, the way dhcpd's parser would read it in a value position. */
export function classifyWord(text: string): Literal {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (DEC.test(text)) return { kind: 'number', value: Number(text) };
    const v4 = parseIPv4(text);
    if (v4 !== undefined) return { kind: 'ipv4', value: v4 };
  }
  if (text.includes(':')) {
    if (HEXBYTES.test(text)) return { kind: 'hex', bytes: text.split(':').map((h) => parseInt(h, 16)) };
    if (isIPv6(text)) return { kind: 'ipv6' };
  }
  if (text.charCodeAt(0) === 45 && DEC.test(text.slice(1))) return { kind: 'number', value: -Number(text.slice(1)) };
  return NAME;
}

/** Dotted-quad to uint32, or undefined. */
export function parseIPv4(text: string): number | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    v = v * 256 + o;
  }
  return v;
}

export function formatIPv4(v: number): string {
  return `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** True for an IPv6 address, optionally with a /prefix suffix. */
export function isIPv6(text: string): boolean {
  let t = text;
  const slash = t.indexOf('/');
  if (slash >= 0) {
    const len = t.slice(slash + 1);
    if (!DEC.test(len) || Number(len) > 128) return false;
    t = t.slice(0, slash);
  }
  if (!t.includes(':')) return false;
  const dbl = t.indexOf('::');
  if (dbl !== t.lastIndexOf('::')) return false;
  const groups = t.split(':');
  let extra = 0;
  const tail = groups[groups.length - 1];
  if (tail !== undefined && tail.includes('.')) {
    groups.pop();
    if (parseIPv4(tail) === undefined) return false;
    extra = 2; // an embedded IPv4 address counts as two groups
  }
  const nonEmpty = groups.filter((g) => g !== '');
  if (!nonEmpty.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = nonEmpty.length + extra;
  return dbl >= 0 ? count <= 7 : count === 8 && groups.every((g) => g !== '');
}

/** Decodes a dhcpd string literal (with quotes) the way conflex.c does: \n \t \r \b \\ \" octal and \x hex. */
export function decodeString(raw: string): string {
  const body = raw.length >= 2 && raw.endsWith('"') ? raw.slice(1, -1) : raw.slice(1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === undefined) break;
    if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === 'r') out += '\r';
    else if (next === 'b') out += '\b';
    else {
      const hex = next === 'x' ? /^[0-9A-Fa-f]{1,2}/.exec(body.slice(i + 1)) : null;
      const octal = hex ? null : /^[0-7]{1,3}/.exec(body.slice(i));
      if (hex) {
        out += String.fromCharCode(parseInt(hex[0], 16));
        i += hex[0].length;
      } else if (octal) {
        out += String.fromCharCode(parseInt(octal[0], 8) & 255);
        i += octal[0].length - 1;
      } else out += next;
    }
  }
  return out;
}

/** Encodes a JS string as a dhcpd string literal. */
export function quoteString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;
}
