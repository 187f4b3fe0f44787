import { Kind } from '../lexer/tokens.js';
import type { TokenVector } from '../lexer/scanner.js';

/**
 * The statement/block skeleton of a dhcpd.conf file, as token index ranges.
 * dhcpd's keywords are not reserved and each statement has its own shape, so the grammar
 * here only decides structure (statements end with ';' or a block) and the AST builder
 * interprets each statement's words against the spec tables.
 */
export interface RawStatement {
  /** Index of the first token (an atom, ';' or '{'). */
  first: number;
  /** Index one past the last atom of the statement head. */
  headEnd: number;
  /** Index of the terminating ';', or -1. */
  semi: number;
  block?: RawBlock;
  /** A statement dhcpd skips unread (one starting with '%'): [first, headEnd) may hold braces. */
  skipped?: boolean;
}

export interface RawBlock {
  open: number;
  /** Index of the closing '}', or -1 when the file ended first. */
  close: number;
  body: RawStatement[];
}

export interface StructureIssue {
  code: 'missing-semicolon' | 'unclosed-block' | 'stray-close-brace' | 'empty-statement' | 'nested-too-deep';
  /** Token index the issue is anchored to. */
  token: number;
}

/** Issues after which the block structure is unknown: nothing may be spliced or re-indented by it. */
export function breaksStructure(issue: StructureIssue): boolean {
  return issue.code === 'unclosed-block' || issue.code === 'stray-close-brace' || issue.code === 'nested-too-deep';
}

export interface StructureResult {
  body: RawStatement[];
  issues: StructureIssue[];
}

/**
 * Deepest block nesting that is parsed into statements. dhcpd itself accepts 10,000 nested
 * groups and 5,000 nested ifs; deeper blocks are kept as text (the printer still reproduces
 * them) and reported once, so no later stage has to hold an unbounded tree.
 */
export const MAX_NESTING_DEPTH = 100_000;

/** Every token except ; { } is one of a statement's words (undefined: past the last token). */
function isAtom(kind: number | undefined): boolean {
  return kind !== undefined && kind !== Kind.Semi && kind !== Kind.LBrace && kind !== Kind.RBrace;
}

/** Whether the tokens at `i` are the words `no failover peer`. */
function isNoFailoverPeer(tokens: TokenVector, i: number): boolean {
  const { kinds } = tokens;
  return (
    kinds[i] === Kind.Word &&
    kinds[i + 1] === Kind.Word &&
    kinds[i + 2] === Kind.Word &&
    i + 2 < tokens.length &&
    tokens.lower(i) === 'no' &&
    tokens.lower(i + 1) === 'failover' &&
    tokens.lower(i + 2) === 'peer'
  );
}

/** Whether the statement at `i` starts with '%', which dhcpd 4.4.3 skips without a word. */
function isSkippedByDhcpd(tokens: TokenVector, i: number): boolean {
  return tokens.kinds[i] === Kind.Op && tokens.text.charCodeAt(tokens.start(i)) === 0x25 /* % */;
}

/**
 * Whether the innermost open block is a bare '{' (no declaration before it): dhcpd does not read
 * statements there but skips the whole block after its error, so a '%' in it (a template's
 * `{% for … %}`) is an ordinary token.
 */
function inBareBlock(tokens: TokenVector, open: readonly RawBlock[]): boolean {
  const block = open[open.length - 1];
  return block !== undefined && (block.open === 0 || !isAtom(tokens.kinds[block.open - 1]));
}

/**
 * One past the last token dhcpd skips for a statement starting at `i`: its skip_to_semi reads on
 * to the first ';' outside braces, counting '{' … '}' pairs, and also ends at (and eats) a '}' that
 * brings the count back to 0 or that has no '{' of its own, which then no longer closes its block.
 */
function skipEnd(tokens: TokenVector, i: number): number {
  const { kinds, length } = tokens;
  let depth = 0;
  for (let j = i; j < length; j++) {
    const k = kinds[j];
    if (k === Kind.LBrace) depth++;
    else if (k === Kind.RBrace) {
      if (depth <= 1) return j + 1;
      depth--;
    } else if (k === Kind.Semi && depth === 0) return j + 1;
  }
  return length;
}

/**
 * Where a `case value:` / `default:` label starting at `i` ends (one past its colon), or -1.
 * dhcpd ends a label at its ':' with no ';' (parse_case_statement), so the statement after it
 * starts there. The scanner keeps ':' inside words (MACs, IPv6), so the colon is either a word
 * of its own or the end of the label's last word (`1:`, `"a" :`, `default:`).
 */
export function labelEnd(tokens: TokenVector, i: number): number {
  const { kinds, length } = tokens;
  // Most statements start with neither word: the first letter decides without slicing text.
  const c = tokens.text.charCodeAt(tokens.start(i)) | 0x20;
  if (c !== 0x63 /* c */ && c !== 0x64 /* d */) return -1;
  const head = tokens.lower(i);
  if (head === 'default:') return i + 1;
  if (head === 'default') return kinds[i + 1] === Kind.Word && tokens.image(i + 1) === ':' ? i + 2 : -1;
  if (head !== 'case') return -1;
  for (let j = i + 1; j < length && isAtom(kinds[j]); j++)
    if (kinds[j] === Kind.Word && tokens.image(j).endsWith(':')) return j + 1;
  return -1;
}

/**
 * Parses the token vector into its statement skeleton. The grammar is LL(1) and tiny
 * (file := (statement | '}')*; statement := ';' | label | block | atom+ (';' | block)?;
 * block := '{' statement* '}'?), so it is one loop with an explicit stack of open blocks:
 * nesting depth costs heap, never call stack (a recursive grammar died at 400 nested groups).
 */
export function parseStructure(tokens: TokenVector): StructureResult {
  const state = startStructure(tokens);
  structureUntil(state, tokens.length);
  return finishStructure(state);
}

/**
 * `parseStructure` in steps: reads statements starting in the next `tokensPerStep` tokens, then
 * pauses (yields), until the tokens are read; returns what `parseStructure` returns (the language
 * server reads a 10 MB file's ~100 ms of structure this way, answering requests in between). Both
 * run the same loop (`structureUntil`).
 */
export function* parseStructureSteps(
  tokens: TokenVector,
  tokensPerStep: number,
): Generator<void, StructureResult, void> {
  const state = startStructure(tokens);
  const perStep = Math.max(1, tokensPerStep);
  while (state.i < tokens.length) {
    structureUntil(state, Math.min(tokens.length, state.i + perStep));
    if (state.i < tokens.length) yield;
  }
  return finishStructure(state);
}

/** Where a structure pass stands between two steps: the loop's variables. */
interface StructureState {
  readonly tokens: TokenVector;
  readonly issues: StructureIssue[];
  readonly top: RawStatement[];
  /** The blocks open at `i`, outermost first. */
  readonly open: RawBlock[];
  /** The statement list being filled: the innermost open block's, or `top`. */
  body: RawStatement[];
  tooDeepReported: boolean;
  i: number;
}

function startStructure(tokens: TokenVector): StructureState {
  const top: RawStatement[] = [];
  return { tokens, issues: [], top, open: [], body: top, tooDeepReported: false, i: 0 };
}

function finishStructure(state: StructureState): StructureResult {
  const { open, issues } = state;
  // Blocks still open at the end of the file, innermost first.
  for (let block = open.pop(); block; block = open.pop()) issues.push({ code: 'unclosed-block', token: block.open });
  return { body: state.top, issues };
}

/**
 * Reads the statements that start before token `stop` (the last may end past it). The state is
 * read into locals and written back once, so the loop runs as fast as a one-shot pass.
 */
function structureUntil(state: StructureState, stop: number): void {
  const { tokens, issues, top, open } = state;
  const { kinds, length } = tokens;
  let body = state.body;
  let tooDeepReported = state.tooDeepReported;
  let i = state.i;
  while (i < stop) {
    const kind = kinds[i];
    if (kind === Kind.RBrace) {
      const closed = open.pop();
      if (closed) {
        closed.close = i;
        body = open.at(-1)?.body ?? top;
      } else issues.push({ code: 'stray-close-brace', token: i });
      i++;
      continue;
    }
    if (kind === Kind.Semi) {
      issues.push({ code: 'empty-statement', token: i });
      body.push({ first: i, headEnd: i, semi: i, block: undefined });
      i++;
      continue;
    }
    const first = i;
    if (kind !== Kind.LBrace) {
      if (isNoFailoverPeer(tokens, i)) {
        // dhcpd reads `no failover peer` as a whole statement: what follows (on the same line or
        // the next) is the next statement, and a ';' right after it is an error reported later.
        i += 3;
        const semi = i < length && kinds[i] === Kind.Semi ? i : -1;
        body.push({ first, headEnd: first + 3, semi, block: undefined });
        if (semi >= 0) i++;
        continue;
      }
      if (isSkippedByDhcpd(tokens, i) && !inBareBlock(tokens, open)) {
        // dhcpd 4.4.3 accepts such a line (a template tag left in, `%x`) and silently skips it
        // with whatever follows up to the next ';': the statement keeps those tokens as its words.
        const end = skipEnd(tokens, i);
        const semi = kinds[end - 1] === Kind.Semi ? end - 1 : -1;
        body.push({ first, headEnd: semi >= 0 ? semi : end, semi, block: undefined, skipped: true });
        i = end;
        continue;
      }
      const label = kinds[i] === Kind.Word ? labelEnd(tokens, i) : -1;
      if (label > 0) {
        body.push({ first, headEnd: label, semi: -1, block: undefined });
        i = label;
        continue;
      }
      while (i < length && isAtom(kinds[i])) i++;
      const headEnd = i;
      if (i < length && kinds[i] === Kind.Semi) {
        body.push({ first, headEnd, semi: i, block: undefined });
        i++;
        continue;
      }
      if (i >= length || kinds[i] !== Kind.LBrace) {
        issues.push({ code: 'missing-semicolon', token: headEnd - 1 });
        body.push({ first, headEnd, semi: -1, block: undefined });
        continue;
      }
    }
    // A block at i: after a statement's words, or on its own (no header).
    const block: RawBlock = { open: i, close: -1, body: [] };
    body.push(
      kind === Kind.LBrace ? { first: i, headEnd: i, semi: -1, block } : { first, headEnd: i, semi: -1, block },
    );
    i++;
    if (open.length < MAX_NESTING_DEPTH) {
      open.push(block);
      body = block.body;
      continue;
    }
    // Too deep: the block's contents are skipped to its matching '}' and reported once.
    if (!tooDeepReported) issues.push({ code: 'nested-too-deep', token: block.open });
    tooDeepReported = true;
    let depth = 1;
    for (; i < length && depth > 0; i++) {
      const k = kinds[i];
      if (k === Kind.LBrace) depth++;
      else if (k === Kind.RBrace) depth--;
    }
    if (depth === 0) block.close = i - 1;
    else issues.push({ code: 'unclosed-block', token: block.open });
  }
  state.body = body;
  state.tooDeepReported = tooDeepReported;
  state.i = i;
}
