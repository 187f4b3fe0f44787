import { classifyWord, parseIPv4, quoteString } from '../ast/literals.js';
const NEW = () => ({ start: -1, end: -1 });
export function word(text) {
    if (!/^[^\s;{}"#,()]+$/.test(text))
        throw new TypeError(`Not a valid dhcpd.conf word: ${JSON.stringify(text)}`);
    return { type: 'Word', span: NEW(), text, literal: classifyWord(text) };
}
export function string(value) {
    return { type: 'String', span: NEW(), raw: quoteString(value), value };
}
export function punct(text) {
    return { type: 'Punct', span: NEW(), text };
}
export function ipv4(text) {
    if (parseIPv4(text) === undefined)
        throw new TypeError(`Invalid IPv4 address: ${JSON.stringify(text)}`);
    return word(text);
}
export function mac(text) {
    const lit = classifyWord(text);
    if (lit.kind !== 'hex' || lit.bytes.length !== 6)
        throw new TypeError(`Invalid MAC address (want six colon-separated hex bytes): ${JSON.stringify(text)}`);
    return word(text.toLowerCase());
}
/** Turns loose arguments into words: strings that look like words stay words, others are quoted. */
function toValues(args) {
    return args.map((a) => (typeof a === 'number' ? word(String(a)) : typeof a === 'string' ? (/^[^\s;{}"#,()]+$/.test(a) ? word(a) : string(a)) : a));
}
function block(children) {
    return { type: 'Block', span: NEW(), open: NEW(), body: children };
}
function base(type, words, extra) {
    return { type, span: NEW(), words, dirty: true, ...extra };
}
/** `name args…;` e.g. parameter('default-lease-time', 600). */
export function parameter(name, ...args) {
    const values = toValues(args);
    return base('Parameter', [...name.split(' ').map(word), ...values], { name, args: values, known: true });
}
/** `option name v1, v2;` — array values are joined with commas. */
export function option(name, ...values) {
    const vals = [];
    toValues(values).forEach((v, i) => {
        if (i > 0)
            vals.push(punct(','));
        vals.push(v);
    });
    const dot = name.indexOf('.');
    return base('Option', [word('option'), word(name), ...vals], {
        keyword: 'option',
        space: dot > 0 ? name.slice(0, dot) : 'dhcp',
        name: dot > 0 ? name.slice(dot + 1) : name,
        values: vals,
    });
}
export function range(low, high) {
    const l = ipv4(low);
    const h = high === undefined ? undefined : ipv4(high);
    return base('Range', [word('range'), l, ...(h ? [h] : [])], { v6: false, dynamicBootp: false, low: l, high: h });
}
export function failoverRef(name) {
    const n = string(name);
    return base('FailoverRef', [word('failover'), word('peer'), n], { name, nameNode: n });
}
export function host(name, opts = {}, children = []) {
    const body = [];
    if (opts.mac)
        body.push(parameter('hardware', 'ethernet', mac(opts.mac)));
    if (opts.fixedAddress)
        body.push(parameter('fixed-address', ipv4(opts.fixedAddress)));
    body.push(...children);
    const n = word(name);
    return base('Host', [word('host'), n], { name, nameNode: n, body: block(body) });
}
export function subnet(network, netmask, children = []) {
    const net = ipv4(network);
    const mask = ipv4(netmask);
    return base('Subnet', [word('subnet'), net, word('netmask'), mask], { network: net, netmask: mask, body: block(children) });
}
export function pool(children = []) {
    return base('Pool', [word('pool')], { v6: false, body: block(children) });
}
export function group(children = []) {
    return base('Group', [word('group')], { body: block(children) });
}
export function include(path) {
    const p = string(path);
    return base('Include', [word('include'), p], { path: p });
}
//# sourceMappingURL=builders.js.map