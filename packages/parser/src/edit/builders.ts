/**
 * Builders for new statements. Arguments are validated: an invalid address or MAC is a
 * programmer error and throws a TypeError with a clear message (parsing never throws; building does).
 */
import type * as N from '../ast/nodes.js';
import { classifyWord, parseIPv4, quoteString } from '../ast/literals.js';

import type { Span } from '../text/line-index.js';

const NEW = (): Span => ({ start: -1, end: -1 });

export function word(text: string): N.Word {
  if (!/^[^\s;{}"#,()]+$/.test(text)) throw new TypeError(`Not a valid dhcpd.conf word: ${JSON.stringify(text)}`);
  return { type: 'Word', span: NEW(), text, literal: classifyWord(text) };
}
export function string(value: string): N.StringLit {
  return { type: 'String', span: NEW(), raw: quoteString(value), value };
}
export function punct(text: string): N.Punct {
  return { type: 'Punct', span: NEW(), text };
}
export function ipv4(text: string): N.Word {
  if (parseIPv4(text) === undefined) throw new TypeError(`Invalid IPv4 address: ${JSON.stringify(text)}`);
  return word(text);
}
export function mac(text: string): N.Word {
  const lit = classifyWord(text);
  if (lit.kind !== 'hex' || lit.bytes.length !== 6) throw new TypeError(`Invalid MAC address (want six colon-separated hex bytes): ${JSON.stringify(text)}`);
  return word(text.toLowerCase());
}

/** Turns loose arguments into words: strings that look like words stay words, others are quoted. */
function toValues(args: readonly (string | number | N.Value)[]): N.Value[] {
  return args.map((a) => (typeof a === 'number' ? word(String(a)) : typeof a === 'string' ? (/^[^\s;{}"#,()]+$/.test(a) ? word(a) : string(a)) : a));
}

function block(children: N.Statement[]): N.Block {
  return { type: 'Block', span: NEW(), open: NEW(), body: children };
}

function base<T extends N.Statement['type']>(type: T, words: N.Value[], extra: object): N.Statement {
  return { type, span: NEW(), words, dirty: true, ...extra } as unknown as N.Statement;
}

/** `name args…;` e.g. parameter('default-lease-time', 600). */
export function parameter(name: string, ...args: (string | number | N.Value)[]): N.Parameter {
  const values = toValues(args);
  return base('Parameter', [...name.split(' ').map(word), ...values], { name, args: values, known: true }) as N.Parameter;
}

/** `option name v1, v2;` — array values are joined with commas. */
export function option(name: string, ...values: (string | number | N.Value)[]): N.OptionStatement {
  const vals: N.Value[] = [];
  toValues(values).forEach((v, i) => {
    if (i > 0) vals.push(punct(','));
    vals.push(v);
  });
  const dot = name.indexOf('.');
  return base('Option', [word('option'), word(name), ...vals], {
    keyword: 'option',
    space: dot > 0 ? name.slice(0, dot) : 'dhcp',
    name: dot > 0 ? name.slice(dot + 1) : name,
    values: vals,
  }) as N.OptionStatement;
}

export function range(low: string, high?: string): N.RangeStatement {
  const l = ipv4(low);
  const h = high === undefined ? undefined : ipv4(high);
  return base('Range', [word('range'), l, ...(h ? [h] : [])], { v6: false, dynamicBootp: false, low: l, high: h }) as N.RangeStatement;
}

export function failoverRef(name: string): N.FailoverRef {
  const n = string(name);
  return base('FailoverRef', [word('failover'), word('peer'), n], { name, nameNode: n }) as N.FailoverRef;
}

export function host(name: string, opts: { mac?: string; fixedAddress?: string } = {}, children: N.Statement[] = []): N.HostDecl {
  const body: N.Statement[] = [];
  if (opts.mac) body.push(parameter('hardware', 'ethernet', mac(opts.mac)));
  if (opts.fixedAddress) body.push(parameter('fixed-address', ipv4(opts.fixedAddress)));
  body.push(...children);
  const n = word(name);
  return base('Host', [word('host'), n], { name, nameNode: n, body: block(body) }) as N.HostDecl;
}

export function subnet(network: string, netmask: string, children: N.Statement[] = []): N.SubnetDecl {
  const net = ipv4(network);
  const mask = ipv4(netmask);
  return base('Subnet', [word('subnet'), net, word('netmask'), mask], { network: net, netmask: mask, body: block(children) }) as N.SubnetDecl;
}

export function pool(children: N.Statement[] = []): N.PoolDecl {
  return base('Pool', [word('pool')], { v6: false, body: block(children) }) as N.PoolDecl;
}

export function group(children: N.Statement[] = []): N.GroupDecl {
  return base('Group', [word('group')], { body: block(children) }) as N.GroupDecl;
}

export function include(path: string): N.IncludeStatement {
  const p = string(path);
  return base('Include', [word('include'), p], { path: p }) as N.IncludeStatement;
}
