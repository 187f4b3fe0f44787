import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { Value } from '../ast/nodes.js';

// The statement grammar's terminals. dhcpd reserves no words: every keyword is also a `Word`
// (a name or an argument wherever one is expected), and every terminal is an `Any` (a slot that
// takes whatever word is there, judged by the action that reads it).
export const Any = createToken({ name: 'Any', pattern: Lexer.NA });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA, categories: [Any] });
export const Str = createToken({ name: 'Str', pattern: Lexer.NA, categories: [Any] });
/** Punctuation and what the scanner could not read. */
export const Punct = createToken({ name: 'Punct', pattern: Lexer.NA, categories: [Any] });

const keywordTypes = new Map<string, TokenType>();
const ALL: TokenType[] = [Any, Word, Str, Punct];

/** A keyword: matched by its lower-cased text, and still a Word (and an Any). */
function keyword(text: string): TokenType {
  const name = `Kw_${text.replace(/\W/g, '_')}`;
  const t = createToken({ name, pattern: Lexer.NA, categories: [Word, Any] });
  keywordTypes.set(text, t);
  ALL.push(t);
  return t;
}

export const K = {
  subnet: keyword('subnet'),
  subnet6: keyword('subnet6'),
  netmask: keyword('netmask'),
  sharedNetwork: keyword('shared-network'),
  host: keyword('host'),
  class: keyword('class'),
  zone: keyword('zone'),
  group: keyword('group'),
  pool: keyword('pool'),
  pool6: keyword('pool6'),
  key: keyword('key'),
  subclass: keyword('subclass'),
  failover: keyword('failover'),
  peer: keyword('peer'),
  state: keyword('state'),
  no: keyword('no'),
  not: keyword('not'),
  authoritative: keyword('authoritative'),
  if: keyword('if'),
  elsif: keyword('elsif'),
  else: keyword('else'),
  switch: keyword('switch'),
  case: keyword('case'),
  default: keyword('default'),
  /** `default:` as one word (the scanner keeps ':' inside words). */
  defaultLabel: keyword('default:'),
  on: keyword('on'),
  option: keyword('option'),
  supersede: keyword('supersede'),
  prepend: keyword('prepend'),
  append: keyword('append'),
  space: keyword('space'),
  code: keyword('code'),
  range: keyword('range'),
  range6: keyword('range6'),
  dynamicBootp: keyword('dynamic-bootp'),
  temporary: keyword('temporary'),
  prefix6: keyword('prefix6'),
  allow: keyword('allow'),
  deny: keyword('deny'),
  ignore: keyword('ignore'),
  include: keyword('include'),
  match: keyword('match'),
  spawn: keyword('spawn'),
  with: keyword('with'),
  set: keyword('set'),
  unset: keyword('unset'),
  define: keyword('define'),
  eval: keyword('eval'),
  return: keyword('return'),
  log: keyword('log'),
  execute: keyword('execute'),
  break: keyword('break'),
  add: keyword('add'),
} as const;

/** '=' gets a type of its own: it separates a name from an expression in several statements. */
export const Equals = createToken({ name: 'Equals', pattern: Lexer.NA, categories: [Punct, Any] });
/** A ':' written as a word of its own (`default :`). */
export const Colon = createToken({ name: 'Colon', pattern: Lexer.NA, categories: [Word, Any] });
/** A word starting with '/': a prefix length (`/64`), or CIDR where dhcpd wants a netmask. */
export const Slashed = createToken({ name: 'Slashed', pattern: Lexer.NA, categories: [Word, Any] });
ALL.push(Equals, Colon, Slashed);

export const STATEMENT_TOKENS: TokenType[] = ALL;

/** A Chevrotain token for one of the statement's words: its `startOffset` is the word's index. */
export type StatementToken = IToken;

/** The token type of one of a statement's words. */
function typeOf(v: Value): TokenType {
  switch (v.type) {
    case 'Word': {
      const text = v.text;
      // Every keyword starts with a letter: addresses and numbers need no lookup.
      const c = text.charCodeAt(0) | 0x20;
      const t = c >= 0x61 && c <= 0x7a ? (keywordTypes.get(text) ?? keywordTypes.get(text.toLowerCase())) : undefined;
      if (t) return t;
      if (text.charCodeAt(0) === 0x2f /* / */) return Slashed;
      return text === ':' ? Colon : Word;
    }
    case 'String':
      return Str;
    case 'Punct':
      return v.text === '=' ? Equals : Punct;
    default:
      return Punct;
  }
}

/**
 * How many of a statement's words the grammar reads. Its rules name at most the first five
 * (`option NAME code CODE =`); every later word is part of a `…` that an action reads from the
 * statement's words, so those words get no token (a long option list costs nothing here).
 */
export const GRAMMAR_WORDS = 8;

/** Token objects, one per word position, shared by every statement of every parse. */
const pool: StatementToken[] = [];
/** One input array per length, so no array is resized per statement. */
const inputs: StatementToken[][] = [];

/** The grammar's input for a statement: tokens for its first GRAMMAR_WORDS words. */
export function statementTokens(words: readonly Value[]): StatementToken[] {
  const n = Math.min(words.length, GRAMMAR_WORDS);
  const input = (inputs[n] ??= new Array<StatementToken>(n));
  for (let i = 0; i < n; i++) {
    const v = words[i];
    if (v === undefined) throw new Error(`statement word ${i} is missing`);
    const tokenType = typeOf(v);
    let t = pool[i];
    if (t === undefined) {
      t = { image: '', startOffset: i, tokenType, tokenTypeIdx: tokenType.tokenTypeIdx ?? 0 };
      pool[i] = t;
    } else {
      t.tokenType = tokenType;
      t.tokenTypeIdx = tokenType.tokenTypeIdx ?? 0;
    }
    input[i] = t;
  }
  return input;
}
