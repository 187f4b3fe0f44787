import type { Value } from './nodes.js';
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
  const at = { start: v.span.start, end: v.span.end };
  const isString = v.type === 'String';
  const word = v.type === 'Word' ? v.text : undefined;
  const hostName = word !== undefined && DHCPD_HOST_NAME.test(word);
  const identifier = word !== undefined && DHCPD_IDENTIFIER.test(word) && !DHCPD_NUMBER.test(word);
  switch (form) {
    case 'host-name':
      if (hostName) return undefined;
      if (isString) return { code: 'bad-declaration-name', message: `dhcpd does not accept a quoted ${what} name: write it bare, as a host name (${show(v)}).`, ...at };
      break;
    case 'string':
      if (isString) return undefined;
      return { code: 'bad-declaration-name', message: `The ${what} name must be in quotes: dhcpd rejects ${show(v)} ("Expecting class name").`, ...at };
    case 'string-or-host-name':
      if (hostName || isString) return undefined;
      break;
    case 'string-or-identifier':
      if (identifier || isString) return undefined;
      if (word !== undefined && DHCPD_NUMBER.test(word)) return { code: 'bad-declaration-name', message: `dhcpd does not accept the number ${show(v)} as a ${what} name; put it in quotes.`, ...at };
      break;
  }
  return { code: 'bad-declaration-name', message: `${show(v)} is not a ${what} name dhcpd accepts (letters, digits, '-', '_'${form === 'string-or-identifier' ? '' : ' and dots'}${form === 'host-name' ? '' : ', or a quoted string'}).`, ...at };
}

function extraWord(v: Value, after: string): FormProblem {
  return { code: 'unexpected-argument', message: `Unexpected ${show(v)} after ${after}: dhcpd expects '{' here.`, start: v.span.start, end: v.span.end };
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
  if (head === 'shared-network' && name.type === 'String' && name.value === '') return { code: 'bad-declaration-name', message: 'dhcpd rejects an empty shared-network name ("zero-length shared network name").', start: name.span.start, end: name.span.end };
  const extra = words[decl.nameAt + 1];
  return extra ? extraWord(extra, `the ${decl.what} name`) : undefined;
}

/** `subnet A netmask M {`: nothing may follow the mask. */
export function subnetHeaderProblem(words: readonly Value[]): FormProblem | undefined {
  const extra = words[4];
  return extra ? extraWord(extra, 'the netmask') : undefined;
}

/** `range [dynamic-bootp] LOW [HIGH];`: at most two addresses, no commas. */
export function rangeProblem(words: readonly Value[], firstAddress: number): FormProblem | undefined {
  for (let i = firstAddress; i < words.length; i++) {
    const w = words[i]!;
    if (w.type === 'Punct' && w.text === ',') return { code: 'unexpected-argument', message: "'range' takes its addresses separated by a blank, not a comma; dhcpd rejects the ','.", start: w.span.start, end: w.span.end };
  }
  const extra = words[firstAddress + 2];
  if (extra) return { code: 'unexpected-argument', message: `'range' takes a low and a high address; unexpected ${show(extra)} (dhcpd: "semicolon expected").`, start: extra.span.start, end: extra.span.end };
  return undefined;
}
