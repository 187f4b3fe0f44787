import type { Span } from '../text/line-index.js';
import type { Comment } from '../lexer/scanner.js';
export type { Comment };

/**
 * The dhcpd.conf AST: plain JSON-serialisable data. Every node has a `type` discriminant and a
 * source `span` (half-open UTF-16 offsets into ConfigFile.source). Nodes created by the edit API
 * have no meaningful span and are marked `dirty`, which tells the printer to regenerate them.
 */
export interface NodeBase {
  span: Span;
  /** Set on nodes created or modified through the edit API; the printer regenerates them. */
  dirty?: boolean;
}

// ---------------------------------------------------------------- values

/** A bare word: a keyword, a name, a number, an address, a MAC — classified in `literal`. */
export interface Word extends NodeBase {
  type: 'Word';
  text: string;
  literal: Literal;
}
export interface StringLit extends NodeBase {
  type: 'String';
  /** As written, with quotes and escapes. */
  raw: string;
  /** Decoded contents. */
  value: string;
}
/** Punctuation inside a statement: , ( ) = and operators. */
export interface Punct extends NodeBase {
  type: 'Punct';
  text: string;
}
/** A token the scanner could not make sense of (control character, unterminated string). */
export interface Invalid extends NodeBase {
  type: 'Invalid';
  text: string;
}
export type Value = Word | StringLit | Punct | Invalid;

/** What a bare word denotes, decided from its spelling alone. */
export type Literal =
  | { kind: 'number'; value: number }
  | { kind: 'ipv4'; value: number }
  | { kind: 'ipv6' }
  | { kind: 'hex'; bytes: number[] }
  | { kind: 'name' };

// ---------------------------------------------------------------- expressions (dhcp-eval(5))

export type Expression =
  | { type: 'Literal'; span: Span; value: Value }
  | { type: 'Name'; span: Span; name: string }
  | { type: 'OptionRef'; span: Span; keyword: 'option' | 'config-option'; name: string }
  | { type: 'Call'; span: Span; callee: string; args: Expression[] }
  | { type: 'Unary'; span: Span; operator: string; operand: Expression }
  | { type: 'Binary'; span: Span; operator: string; left: Expression; right: Expression }
  | { type: 'Paren'; span: Span; inner: Expression }
  | { type: 'Keyword'; span: Span; keyword: string; arg?: Expression; name?: string };

// ---------------------------------------------------------------- statements

export interface Block extends NodeBase {
  type: 'Block';
  body: Statement[];
  /** Span of '{'. */
  open: Span;
  /** Span of '}', absent when the file ended first. */
  close?: Span;
  /** Comments inside the block that precede no statement (e.g. before '}'). */
  danglingComments?: Comment[];
  /** Source offset where the last original statement's extent ends (printer bookkeeping). */
  contentEnd?: number;
}

interface StatementBase extends NodeBase {
  /** The statement's words as written (head and arguments, without ';' and the block). */
  words: Value[];
  /** Span of the terminating ';' when there is one. */
  semicolon?: Span;
  leadingComments?: Comment[];
  trailingComment?: Comment;
  /** Blank lines before this statement in the source (capped at 2), used by the formatter. */
  blankLinesBefore?: number;
  /**
   * Where the statement sits in the source, for the lossless printer: `start`..`end` covers its
   * leading comments, its text, its trailing comment and its line break; `gap` is where the
   * whitespace before it begins (the end of the previous statement's extent).
   */
  layout?: { gap: number; start: number; end: number };
}

/** `subnet 10.0.0.0 netmask 255.255.255.0 { … }` */
export interface SubnetDecl extends StatementBase {
  type: 'Subnet';
  network?: Word;
  netmask?: Word;
  body: Block;
}
/** `subnet6 2001:db8::/64 { … }` */
export interface Subnet6Decl extends StatementBase {
  type: 'Subnet6';
  prefix?: Word;
  body: Block;
}
export interface SharedNetworkDecl extends StatementBase {
  type: 'SharedNetwork';
  name: string;
  nameNode?: Value;
  body: Block;
}
export interface GroupDecl extends StatementBase {
  type: 'Group';
  name?: string;
  body: Block;
}
export interface HostDecl extends StatementBase {
  type: 'Host';
  name: string;
  nameNode?: Value;
  body: Block;
}
export interface PoolDecl extends StatementBase {
  type: 'Pool';
  v6: boolean;
  body: Block;
}
export interface ClassDecl extends StatementBase {
  type: 'Class';
  name: string;
  nameNode?: Value;
  body: Block;
}
/** `subclass "name" key;` or with a block. */
export interface SubclassDecl extends StatementBase {
  type: 'Subclass';
  className: string;
  classNode?: Value;
  key?: Expression;
  body?: Block;
}
/** `failover peer "name" { … }` */
export interface FailoverPeerDecl extends StatementBase {
  type: 'FailoverPeer';
  name: string;
  nameNode?: Value;
  body: Block;
}
export interface KeyDecl extends StatementBase {
  type: 'Key';
  name: string;
  nameNode?: Value;
  body: Block;
}
export interface ZoneDecl extends StatementBase {
  type: 'Zone';
  name: string;
  nameNode?: Value;
  body: Block;
}
/** `if cond { … } elsif cond { … } else { … }` — elsif/else are folded into one node. */
export interface IfStatement extends StatementBase {
  type: 'If';
  condition?: Expression;
  body: Block;
  /** `elsif` / `else if` branches, each a nested If. */
  elsif: IfStatement[];
  else?: ElseClause;
  /** The keyword as written: if, elsif or `else if`. */
  keyword: string;
}
export interface ElseClause extends StatementBase {
  type: 'Else';
  body: Block;
}
/**
 * `switch (expr) { case "a": statements default: statements }`. As in dhcpd (parse.c's
 * parse_switch_statement), the labels are statements of the block: `case`/`default` labels and
 * the statements they select sit side by side in `body`, so every statement keeps one place.
 */
export interface SwitchStatement extends StatementBase {
  type: 'Switch';
  /** The data or numeric expression in parentheses. */
  expression?: Expression;
  body: Block;
}
/** `case value:` or `default:` inside a switch block (a label: no ';'). */
export interface CaseLabel extends StatementBase {
  type: 'Case';
  /** True for `default:`. */
  isDefault: boolean;
  /** The value compared with the switch expression (absent for `default:`). */
  expression?: Expression;
}
/** `on commit or expiry { … }` */
export interface OnStatement extends StatementBase {
  type: 'On';
  events: string[];
  body: Block;
}
/** `option name value[, value…];`, `option name = expr;`, and supersede/default/prepend/append. */
export interface OptionStatement extends StatementBase {
  type: 'Option';
  /** option | supersede | default | prepend | append */
  keyword: string;
  space: string;
  name: string;
  nameNode?: Word;
  /** Value words after the name (commas included as Punct). */
  values: Value[];
  /** Set when the value is an expression (`option x = expr;`). */
  expression?: Expression;
}
/** `option [space.]name code N = format;` */
export interface OptionDefinition extends StatementBase {
  type: 'OptionDefinition';
  space: string;
  name: string;
  nameNode?: Word;
  code?: number;
  codeNode?: Word;
  /** The format words after '='. */
  format: Value[];
}
/** `option space name [code width N] [length width N] [hash size N];` */
export interface OptionSpaceDecl extends StatementBase {
  type: 'OptionSpace';
  name: string;
}
/** `range [dynamic-bootp] low [high];` and `range6 low high;` / `range6 prefix [temporary];` */
export interface RangeStatement extends StatementBase {
  type: 'Range';
  v6: boolean;
  dynamicBootp: boolean;
  low?: Word;
  high?: Word;
  temporary?: boolean;
}
/** `prefix6 low high /len;` */
export interface Prefix6Statement extends StatementBase {
  type: 'Prefix6';
  low?: Word;
  high?: Word;
  length?: number;
}
/** `failover peer "name";` inside a pool (a reference, not a declaration). */
export interface FailoverRef extends StatementBase {
  type: 'FailoverRef';
  name: string;
  nameNode?: Value;
}
/** `no failover peer` (dhcpd 4.4.3 does not accept a ';' after it). */
export interface NoFailoverPeer extends StatementBase {
  type: 'NoFailoverPeer';
}
/** `allow|deny|ignore what;` — `what` normalised to single-spaced lower case words. */
export interface AllowDeny extends StatementBase {
  type: 'AllowDeny';
  verb: 'allow' | 'deny' | 'ignore';
  what: string;
  /** The class name of `members of "x"`, or the date of `after`. */
  arg?: Value;
  /** Flag form: `allow-booting true;` style is not dhcpd; `allow x = expr` sets a flag by expression. */
  expression?: Expression;
}
export interface IncludeStatement extends StatementBase {
  type: 'Include';
  path?: StringLit;
}
/** `match if expr;`, `match expr;`, `spawn with expr;` (class bodies). */
export interface MatchStatement extends StatementBase {
  type: 'Match';
  form: 'match if' | 'match' | 'spawn with';
  expression?: Expression;
}
/** Executable statements of dhcp-eval(5): set, unset, eval, log, execute, return, break, add. */
export interface ExecStatement extends StatementBase {
  type: 'Exec';
  keyword: string;
  variable?: string;
  expression?: Expression;
  args?: Expression[];
}
/**
 * Any other keyword statement: parameters (`default-lease-time 600;`), failover-peer statements
 * (`peer address 10.0.0.2;`), key/zone statements. `name` is the canonical keyword
 * (multi-word keywords joined by single spaces) and `args` the words after it.
 */
export interface Parameter extends StatementBase {
  type: 'Parameter';
  name: string;
  /** Words after the keyword. */
  args: Value[];
  /** `name = expr;` form. */
  expression?: Expression;
  /** False when the keyword is not in the statement tables (kept so later stages can judge it). */
  known: boolean;
  /** Negated form (`not authoritative;`). */
  negated?: boolean;
  /** Unknown block statements keep their block. */
  body?: Block;
}
/** Text that could not be made into a statement at all (stray '}' or ';', a bare block). */
export interface ErrorStatement extends StatementBase {
  type: 'Error';
  body?: Block;
}

export type Declaration =
  | SubnetDecl
  | Subnet6Decl
  | SharedNetworkDecl
  | GroupDecl
  | HostDecl
  | PoolDecl
  | ClassDecl
  | FailoverPeerDecl
  | KeyDecl
  | ZoneDecl;

export type Statement =
  | Declaration
  | SubclassDecl
  | IfStatement
  | SwitchStatement
  | CaseLabel
  | OnStatement
  | OptionStatement
  | OptionDefinition
  | OptionSpaceDecl
  | RangeStatement
  | Prefix6Statement
  | FailoverRef
  | NoFailoverPeer
  | AllowDeny
  | IncludeStatement
  | MatchStatement
  | ExecStatement
  | Parameter
  | ErrorStatement;

export interface ConfigFile extends NodeBase {
  type: 'ConfigFile';
  uri: string;
  /** The exact text parsed, kept for the lossless printer. */
  source: string;
  body: Statement[];
  /** Every comment in the file, in order. */
  comments: Comment[];
  /** Comments at the end of the file after the last statement. */
  danglingComments?: Comment[];
  /** The file's dominant line ending, used when regenerating edited text. */
  eol: '\n' | '\r\n';
  bom: boolean;
  /** Source offset where the last original statement's extent ends (printer bookkeeping). */
  contentEnd?: number;
}

export type Node = ConfigFile | Statement | Block | ElseClause | Value;

/** The file node for a parsed text (full or incremental parse). */
export function configFileNode(text: string, uri: string, body: Statement[], comments: Comment[]): ConfigFile {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  return {
    type: 'ConfigFile',
    uri,
    source: text,
    span: { start: 0, end: text.length },
    body,
    comments,
    eol: crlf >= 0 && crlf < lf ? '\r\n' : '\n',
    bom: text.charCodeAt(0) === 0xfeff,
  };
}

/** Statements that own a block. */
export function bodyOf(s: Statement | ElseClause): Block | undefined {
  return 'body' in s ? (s.body as Block | undefined) : undefined;
}
