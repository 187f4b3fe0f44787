// dhcp-eval(5) expressions (as the parser builds them) in Kea's client-class `test` language.
// Only what has the same meaning is translated; anything else gives the reason it cannot be.
import type { Expression, Value } from '@dhcplint/parser';
import type { OptionCatalog } from './options.js';

export type Translation = { kea: string } | { error: string };

/** The code of an option named in an expression, in Kea's `option[code]` or `relay4[code]` form. */
function optionAccess(name: string, catalog: OptionCatalog): string | { error: string } {
  const dot = name.indexOf('.');
  const space = dot >= 0 ? name.slice(0, dot) : 'dhcp';
  const bare = dot >= 0 ? name.slice(dot + 1) : name;
  if (space === 'agent') {
    const sub: Record<string, number> = { 'circuit-id': 1, 'remote-id': 2, 'link-selection': 5 };
    const code = sub[bare];
    return code !== undefined ? `relay4[${code}]` : { error: `relay sub-option '${bare}' has no Kea accessor` };
  }
  if (space !== 'dhcp') return { error: `options of the '${space}' space are not reachable from a Kea test` };
  const found = catalog.lookup('dhcp', bare);
  if (
    'error' in found &&
    bare !== 'dhcp-client-identifier' &&
    bare !== 'dhcp-parameter-request-list' &&
    bare !== 'dhcp-requested-address' &&
    bare !== 'dhcp-max-message-size' &&
    bare !== 'fqdn' &&
    bare !== 'subnet-selection'
  )
    return found;
  const fixed: Record<string, number> = {
    'dhcp-client-identifier': 61,
    'dhcp-parameter-request-list': 55,
    'dhcp-requested-address': 50,
    'dhcp-max-message-size': 57,
    fqdn: 81,
    'subnet-selection': 118,
  };
  const code = fixed[bare] ?? ('error' in found ? undefined : found.code);
  return code === undefined ? { error: `option '${bare}' has no code` } : `option[${code}]`;
}

function literal(v: Value): Translation {
  if (v.type === 'String') {
    // Kea strings cannot hold a quote or a backslash escape: such strings go as hex.
    if (/['\\]/.test(v.value) || /[^\x20-\x7e]/.test(v.value))
      return { kea: `0x${Buffer.from(v.value, 'latin1').toString('hex') || '00'}` };
    return { kea: `'${v.value}'` };
  }
  if (v.type !== 'Word') return { error: `'${v.text}' is not a value` };
  if (v.literal.kind === 'hex')
    return { kea: `0x${v.literal.bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}` };
  if (v.literal.kind === 'ipv4') return { kea: v.text };
  return { error: `'${v.text}' is a number or name used as data; dhcpd and Kea encode such values differently` };
}

/** A numeric argument (substring offsets and lengths). */
function integer(e: Expression): number | undefined {
  if (e.type === 'Literal' && e.value.type === 'Word' && e.value.literal.kind === 'number')
    return e.value.literal.value;
  if (e.type === 'Paren') return integer(e.inner);
  return undefined;
}

/**
 * Translates an expression. `boolean` says whether a condition is expected (Kea's `test` must be
 * boolean; data expressions are compared with `==`).
 */
export function translateExpression(e: Expression, catalog: OptionCatalog): Translation {
  const t = (x: Expression) => translateExpression(x, catalog);
  const both = (a: Expression, b: Expression, f: (x: string, y: string) => string): Translation => {
    const l = t(a);
    if ('error' in l) return l;
    const r = t(b);
    if ('error' in r) return r;
    return { kea: f(l.kea, r.kea) };
  };
  switch (e.type) {
    case 'Literal':
      return literal(e.value);
    case 'Paren': {
      const inner = t(e.inner);
      return 'error' in inner ? inner : { kea: `(${inner.kea})` };
    }
    case 'Unary': {
      const inner = t(e.operand);
      return 'error' in inner ? inner : { kea: `not (${inner.kea})` };
    }
    case 'Binary': {
      const op = e.operator.toLowerCase();
      if (op === 'and' || op === 'or') return both(e.left, e.right, (x, y) => `(${x}) ${op} (${y})`);
      if (op === '=' || op === '==') return both(e.left, e.right, (x, y) => `${x} == ${y}`);
      if (op === '!=') return both(e.left, e.right, (x, y) => `not (${x} == ${y})`);
      return { error: `operator '${e.operator}' has no Kea equivalent` };
    }
    case 'OptionRef': {
      if (e.keyword === 'config-option')
        return { error: "'config-option' reads the server's own configuration; Kea tests see only the packet" };
      const access = optionAccess(e.name, catalog);
      return typeof access === 'string' ? { kea: `${access}.hex` } : access;
    }
    case 'Keyword': {
      if (e.keyword === 'exists' && e.name) {
        const access = optionAccess(e.name, catalog);
        return typeof access === 'string' ? { kea: `${access}.exists` } : access;
      }
      // dhcpd's `hardware` is the type byte then the address; Kea's pkt4.htype is 4 bytes wide.
      if (e.keyword === 'hardware') return { kea: 'concat(substring(pkt4.htype, 3, 1), pkt4.mac)' };
      if (e.keyword === 'known') return { kea: "member('KNOWN')" };
      if (e.keyword === 'true') return { kea: "'1' == '1'" };
      if (e.keyword === 'false') return { kea: "'1' == '0'" };
      return { error: `'${e.keyword}' has no Kea equivalent` };
    }
    case 'Call': {
      const name = e.callee.toLowerCase();
      const [first, second, third, ...more] = e.args;
      if (name === 'substring' && first && second && third && more.length === 0) {
        const off = integer(second);
        const len = integer(third);
        if (off === undefined || len === undefined)
          return { error: 'substring() offsets must be constant numbers for Kea' };
        // `hardware` is the type byte then the MAC; Kea reads the MAC on its own.
        const of = first;
        if (of.type === 'Keyword' && of.keyword === 'hardware' && off >= 1)
          return { kea: `substring(pkt4.mac, ${off - 1}, ${len})` };
        const inner = t(of);
        return 'error' in inner ? inner : { kea: `substring(${inner.kea}, ${off}, ${len})` };
      }
      if (name === 'suffix' && first && second && !third) {
        const n = integer(second);
        if (n === undefined) return { error: 'suffix() length must be a constant number for Kea' };
        const inner = t(first);
        return 'error' in inner ? inner : { kea: `substring(${inner.kea}, -${n}, all)` };
      }
      if (name === 'concat' && first && second) {
        let acc = t(first);
        for (const a of e.args.slice(1)) {
          if ('error' in acc) return acc;
          const next = t(a);
          if ('error' in next) return next;
          acc = { kea: `concat(${acc.kea}, ${next.kea})` };
        }
        return acc;
      }
      if (name === 'binary-to-ascii')
        return {
          error:
            "binary-to-ascii() drops leading zeros ('1:2:a'); Kea's hexstring() keeps them ('01:02:0a'), so comparisons would change meaning",
        };
      return { error: `${name}() has no Kea equivalent` };
    }
    case 'Name':
      return { error: `variable '${e.name}' (set by a 'set' statement) does not exist in Kea` };
  }
}

/** A condition for Kea's `test`: data expressions alone (dhcpd: true when non-empty) are refused. */
export function translateCondition(e: Expression, catalog: OptionCatalog): Translation {
  const inner = e.type === 'Paren' ? e.inner : e;
  const boolish =
    inner.type === 'Binary' ||
    inner.type === 'Unary' ||
    (inner.type === 'Keyword' && ['exists', 'known', 'true', 'false'].includes(inner.keyword));
  if (!boolish) return { error: 'a data expression used as a condition (true when not empty) has no Kea equivalent' };
  return translateExpression(e, catalog);
}
