import type { Parameter, Statement, Value } from './nodes.js';
import { excerpt } from '../text/excerpt.js';

/**
 * The word shapes dhcpd's parser (confpars.c, parse.c) requires in declaration headers and
 * fixed-form statements, checked on a statement's words. Each check returns the first problem,
 * located on the word dhcpd stops at, or undefined.
 */
export interface FormProblem {
  code: 'bad-declaration-name' | 'unexpected-argument';
  message: string;
  start: number;
  end: number;
}

/** parse_host_name: labels of letters, digits, '-' and '_' joined by dots, a trailing dot allowed. */
const DHCPD_HOST_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/;
/** An identifier token of dhcpd's lexer (one label, not a plain number). */
const DHCPD_IDENTIFIER = /^[A-Za-z0-9_-]+$/;
const DHCPD_NUMBER = /^-?[0-9]+$/;

type NameForm = 'host-name' | 'string' | 'string-or-host-name' | 'string-or-identifier';

const show = (v: Value): string => excerpt(v.type === 'String' ? v.raw : v.text);

function nameProblem(form: NameForm, v: Value, what: string): FormProblem | undefined {
  const isString = v.type === 'String';
  const word = v.type === 'Word' ? v.text : undefined;
  // The common case first, without building anything: every host of a large file passes here.
  if (word !== undefined && (form === 'host-name' || form === 'string-or-host-name') && DHCPD_HOST_NAME.test(word))
    return undefined;
  if (isString && form !== 'host-name') return undefined;
  const at = { start: v.span.start, end: v.span.end };
  const hostName = word !== undefined && DHCPD_HOST_NAME.test(word);
  const identifier = word !== undefined && DHCPD_IDENTIFIER.test(word) && !DHCPD_NUMBER.test(word);
  switch (form) {
    case 'host-name':
      if (hostName) return undefined;
      if (isString)
        return {
          code: 'bad-declaration-name',
          message: `dhcpd does not accept a quoted ${what} name: write it bare, as a host name (${show(v)}).`,
          ...at,
        };
      break;
    case 'string':
      if (isString) return undefined;
      return {
        code: 'bad-declaration-name',
        message: `The ${what} name must be in quotes: dhcpd rejects ${show(v)} ("Expecting class name").`,
        ...at,
      };
    case 'string-or-host-name':
      if (hostName || isString) return undefined;
      break;
    case 'string-or-identifier':
      if (identifier || isString) return undefined;
      if (word !== undefined && DHCPD_NUMBER.test(word))
        return {
          code: 'bad-declaration-name',
          message: `dhcpd does not accept the number ${show(v)} as a ${what} name; put it in quotes.`,
          ...at,
        };
      break;
  }
  return {
    code: 'bad-declaration-name',
    message: `${show(v)} is not a ${what} name dhcpd accepts (letters, digits, '-', '_'${form === 'string-or-identifier' ? '' : ' and dots'}${form === 'host-name' ? '' : ', or a quoted string'}).`,
    ...at,
  };
}

function extraWord(v: Value, after: string): FormProblem {
  return {
    code: 'unexpected-argument',
    message: `Unexpected ${show(v)} after ${after}: dhcpd expects '{' here.`,
    start: v.span.start,
    end: v.span.end,
  };
}

/** Name form and position of the name for each declaration that has one. */
const DECLARATIONS: Record<string, { form: NameForm; what: string; nameAt: number }> = {
  host: { form: 'host-name', what: 'host', nameAt: 1 },
  zone: { form: 'host-name', what: 'zone', nameAt: 1 },
  'shared-network': { form: 'string-or-host-name', what: 'shared-network', nameAt: 1 },
  key: { form: 'string-or-host-name', what: 'key', nameAt: 1 },
  class: { form: 'string', what: 'class', nameAt: 1 },
  group: { form: 'string-or-identifier', what: 'group', nameAt: 1 },
  'failover peer': { form: 'string-or-identifier', what: 'failover peer', nameAt: 2 },
};

/**
 * Checks the header words of a block declaration (`host NAME {`, `class "NAME" {`, …): the
 * name's form and that nothing follows it before the '{'. `head` is the declaration keyword
 * ('failover peer' for failover declarations).
 */
export function declarationHeaderProblem(head: string, words: readonly Value[]): FormProblem | undefined {
  if (head === 'pool' || head === 'pool6') return words[1] ? extraWord(words[1], `'${head}'`) : undefined;
  const decl = DECLARATIONS[head];
  if (!decl) return undefined;
  const name = words[decl.nameAt];
  if (!name) return undefined; // a missing name is reported where the node is built
  const problem = nameProblem(decl.form, name, decl.what);
  if (problem) return problem;
  if (head === 'shared-network' && name.type === 'String' && name.value === '')
    return {
      code: 'bad-declaration-name',
      message: 'dhcpd rejects an empty shared-network name ("zero-length shared network name").',
      start: name.span.start,
      end: name.span.end,
    };
  const extra = words[decl.nameAt + 1];
  return extra ? extraWord(extra, `the ${decl.what} name`) : undefined;
}

const DOTTED_QUAD = /^\d+\.\d+\.\d+\.\d+$/;

/** `subnet A netmask M {`: address and mask are four numbers each (parse_numeric_aggregate), nothing follows. */
export function subnetHeaderProblem(words: readonly Value[]): FormProblem | undefined {
  for (const i of [1, 3]) {
    const w = words[i];
    // A missing or '/'-prefixed word is reported where the Subnet node is built.
    if (
      w &&
      w.type === 'Word' &&
      !w.text.startsWith('/') &&
      !DOTTED_QUAD.test(w.text) &&
      (i === 3 || lowerOf(words[2]) === 'netmask')
    )
      return {
        code: 'unexpected-argument',
        message: `dhcpd reads the subnet ${i === 1 ? 'address' : 'mask'} as four numbers separated by dots, not ${show(w)} ("too few numbers." or "expecting numeric value.").`,
        start: w.span.start,
        end: w.span.end,
      };
  }
  const extra = words[4];
  return extra ? extraWord(extra, 'the netmask') : undefined;
}

const lowerOf = (v: Value | undefined): string => (v?.type === 'Word' ? v.text.toLowerCase() : '');

/** `range [dynamic-bootp] LOW [HIGH];`: at most two addresses, no commas. */
export function rangeProblem(words: readonly Value[], firstAddress: number): FormProblem | undefined {
  for (let i = firstAddress; i < words.length; i++) {
    const w = words[i];
    if (w?.type === 'Punct' && w.text === ',')
      return {
        code: 'unexpected-argument',
        message: "'range' takes its addresses separated by a blank, not a comma; dhcpd rejects the ','.",
        start: w.span.start,
        end: w.span.end,
      };
  }
  const extra = words[firstAddress + 2];
  if (extra)
    return {
      code: 'unexpected-argument',
      message: `'range' takes a low and a high address; unexpected ${show(extra)} (dhcpd: "semicolon expected").`,
      start: extra.span.start,
      end: extra.span.end,
    };
  return undefined;
}

/** Statements dhcpd's parse_zone / parse_key read at most once per block, and what dhcpd says. */
const ONCE_PER_BLOCK: Record<'zone' | 'key', Record<string, string>> = {
  zone: {
    primary: 'more than one primary.',
    secondary: 'more than one secondary.',
    primary6: 'more than one primary6.',
    secondary6: 'more than one secondary6.',
    key: 'Multiple key definitions for zone',
  },
  key: { algorithm: 'too many algorithms', secret: 'too many secrets' },
};

const isParameter = (s: Statement): s is Parameter => s.type === 'Parameter';

/** Problems in the body of a `zone` or `key` block: a repeated statement, an IPv6 server that is not an address. */
export function blockBodyProblems(head: 'zone' | 'key', body: readonly Statement[]): FormProblem[] {
  const once = ONCE_PER_BLOCK[head];
  const seen = new Set<string>();
  const problems: FormProblem[] = [];
  for (const s of body) {
    if (!isParameter(s) || s.negated) continue;
    const name = s.name.toLowerCase();
    const dhcpdSays = once[name];
    if (!dhcpdSays) continue;
    const keyword = s.words[0];
    if (keyword && seen.has(name))
      problems.push({
        code: 'unexpected-argument',
        message: `A ${head} block takes one '${name}'; dhcpd rejects a second ("${dhcpdSays}").`,
        start: keyword.span.start,
        end: keyword.span.end,
      });
    seen.add(name);
    if (name === 'algorithm') {
      const algorithm = s.args[0];
      if (algorithm && !(algorithm.type === 'Word' && DHCPD_HOST_NAME.test(algorithm.text)))
        problems.push({
          code: 'unexpected-argument',
          message: `The key algorithm is a bare name such as hmac-sha256; dhcpd rejects ${show(algorithm)} ("expecting key algorithm name.").`,
          start: algorithm.span.start,
          end: algorithm.span.end,
        });
    }
    if (name === 'primary6' || name === 'secondary6') {
      const address = s.args[0];
      if (address && !(address.type === 'Word' && address.literal.kind === 'ipv6'))
        problems.push({
          code: 'unexpected-argument',
          message: `'${name}' takes an IPv6 address; dhcpd rejects ${show(address)} ("expecting IPv6 addr.").`,
          start: address.span.start,
          end: address.span.end,
        });
    }
  }
  return problems;
}

const LEASE_EVENTS = new Set(['commit', 'release', 'expiry', 'transmission']);

/** `on EVENT [or EVENT]… {`: the events dhcpd knows, joined by 'or'. */
export function leaseEventsProblem(words: readonly Value[]): FormProblem | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) break;
    if (i % 2 === 1) {
      if (w.type !== 'Word' || !LEASE_EVENTS.has(w.text.toLowerCase()))
        return {
          code: 'unexpected-argument',
          message: `Unknown lease event ${show(w)}: 'on' takes commit, release, expiry or transmission (dhcpd: "expecting a lease event type").`,
          start: w.span.start,
          end: w.span.end,
        };
    } else if (!(w.type === 'Word' && w.text.toLowerCase() === 'or'))
      return {
        code: 'unexpected-argument',
        message: `Lease events are joined by 'or'; dhcpd rejects ${show(w)} here ("left brace expected.").`,
        start: w.span.start,
        end: w.span.end,
      };
  }
  const last = words[words.length - 1];
  if (last && words.length > 2 && words.length % 2 === 1)
    return {
      code: 'unexpected-argument',
      message: `Expected a lease event after 'or' (dhcpd: "expecting a lease event type").`,
      start: last.span.end,
      end: last.span.end,
    };
  return undefined;
}

/**
 * dhcpd's parse_if_statement takes an opening '(' as wrapping the whole condition: after its
 * matching ')' it wants the '{'. So `if (a) or (b) {` is rejected ("left brace expected.").
 */
export function parenthesizedConditionProblem(words: readonly Value[], condStart: number): FormProblem | undefined {
  const first = words[condStart];
  if (!first || first.type !== 'Punct' || first.text !== '(') return undefined;
  let depth = 0;
  for (let i = condStart; i < words.length; i++) {
    const w = words[i];
    if (w?.type !== 'Punct') continue;
    if (w.text === '(') depth++;
    else if (w.text === ')' && --depth === 0) {
      const after = words[i + 1];
      return after
        ? {
            code: 'unexpected-argument',
            message: `dhcpd reads a condition that starts with '(' as ending at its ')' and wants '{' there; put the whole condition in parentheses, or none (found ${show(after)}).`,
            start: after.span.start,
            end: after.span.end,
          }
        : undefined;
    }
  }
  return undefined;
}
