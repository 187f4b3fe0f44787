import type { TokenVector, Comment } from '../lexer/scanner.js';
import { Kind } from '../lexer/tokens.js';
import type { RawBlock, RawStatement, StructureIssue } from '../grammar/structure.js';
import type * as N from './nodes.js';
import { classifyWord, decodeString } from './literals.js';
import type { ParseError, ParseErrorCode } from './errors.js';
import { MULTIWORD_KEYWORDS, STATEMENT_KEYWORDS } from '../spec/statements.js';
import { parseExpression, parseExpressionPrefix } from '../expr/parse.js';
import { expressionTypeProblem, typeOf, type ExprType } from '../expr/types.js';
import { excerpt } from '../text/excerpt.js';
import { expectDefined } from '../invariant.js';
import type { TokenType } from 'chevrotain';
import { statementGrammar } from '../grammar/statements.js';
import { K, statementTokens, type StatementToken } from '../grammar/statement-tokens.js';
import { MAX_NESTING_DEPTH } from '../grammar/structure.js';
import { MAX_WHITESPACE_RUN } from '../lexer/scanner.js';
import { stringEscapeProblem } from '../lexer/escapes.js';
import { DHCPD_KEYWORDS } from '../spec/dhcpd-keywords.js';
import {
  DHCPD_BUILTIN_SPACES,
  optionDefinitionProblem,
  optionSpaceProblem,
  type FormatProblem,
} from '../spec/option-format.js';
import {
  blockBodyProblems,
  declarationHeaderProblem,
  leaseEventsProblem,
  parenthesizedConditionProblem,
  rangeProblem,
  subnetHeaderProblem,
  type FormProblem,
} from './forms.js';

type Stmt = N.Statement | N.ElseClause;

/** The first and last word of StatementContext before its first statement. */
const PLACEHOLDER: N.Value = { type: 'Invalid', span: { start: 0, end: 0 }, text: '' };

/** What each named declaration's keyword builds. */
const NAMED_DECLARATIONS = new Map<TokenType, { keyword: string; type: 'SharedNetwork' | 'Host' | 'Class' | 'Zone' }>([
  [K.sharedNetwork, { keyword: 'shared-network', type: 'SharedNetwork' }],
  [K.host, { keyword: 'host', type: 'Host' }],
  [K.class, { keyword: 'class', type: 'Class' }],
  [K.zone, { keyword: 'zone', type: 'Zone' }],
]);

/**
 * A bare word whose literal is classified on first access: most words (names, keywords) are
 * never asked, and a large file has close to a million of them.
 */
export class WordNode implements N.Word {
  readonly type = 'Word' as const;
  private lit: N.Literal | undefined;
  /** The text `lit` was computed from, so an edited `text` is reclassified. */
  private litText: string | undefined;
  private spanObject: N.Word['span'] | undefined;
  constructor(
    private start: number,
    private end: number,
    public text: string,
  ) {}
  /** The word's offsets without creating its span object (the expression grammar reads every word's). */
  get spanStart(): number {
    return this.spanObject ? this.spanObject.start : this.start;
  }
  get spanEnd(): number {
    return this.spanObject ? this.spanObject.end : this.end;
  }
  /** Created on first access (then stable), like `literal`: rules rarely ask for it. */
  get span(): N.Word['span'] {
    return (this.spanObject ??= { start: this.start, end: this.end });
  }
  set span(value: N.Word['span']) {
    this.spanObject = value;
  }
  get literal(): N.Literal {
    let lit = this.lit;
    if (lit === undefined || this.litText !== this.text) {
      lit = classifyWord(this.text);
      this.lit = lit;
      this.litText = this.text;
    }
    return lit;
  }
  set literal(value: N.Literal) {
    this.lit = value;
    this.litText = this.text;
  }
  /** Moves the word by `delta` characters (the incremental parser, for words after an edit). */
  shiftBy(delta: number): void {
    this.start += delta;
    this.end += delta;
    if (this.spanObject) {
      this.spanObject.start += delta;
      this.spanObject.end += delta;
    }
  }
  /** Serialises like a plain Word node. */
  toJSON(): N.Word {
    return { type: 'Word', span: this.span, text: this.text, literal: this.literal };
  }
}

/** One open block of AstBuilder.statements: its raw statements, where it is, what it built so far. */
interface BuildFrame {
  raws: RawStatement[];
  index: number;
  out: N.Statement[];
  /** The statement the block belongs to, and the token its words start at. */
  raw: RawStatement | undefined;
  from: number;
  /** The block is a switch's: `case`/`default` labels belong here. */
  switchBody: boolean;
}

function frameAt(frames: BuildFrame[], depth: number): BuildFrame {
  return (frames[depth] ??= { raws: [], index: 0, out: [], raw: undefined, from: -1, switchBody: false });
}

/** Longer tokens (words, strings) get one 'token-too-long' warning. */
export const MAX_TOKEN_LENGTH = 65_536;

/** Statements whose words are an expression, so line breaks inside them are expected. */
const EXPRESSION_HEADS = new Set([
  'if',
  'elsif',
  'else',
  'match',
  'spawn',
  'set',
  'eval',
  'log',
  'execute',
  'return',
  'subclass',
  'define',
  'on',
  'switch',
  'case',
]);

/**
 * Turns the statement skeleton into typed AST nodes, interpreting each statement's words.
 * Never throws: every oddity becomes a ParseError plus a node that keeps its span.
 */
export class AstBuilder {
  readonly errors: ParseError[] = [];
  private readonly values: N.Value[];

  constructor(
    private readonly text: string,
    private readonly tokens: TokenVector,
  ) {
    // One Value per token, built lazily on first use.
    this.values = new Array<N.Value>(tokens.length);
  }

  private start(i: number): number {
    return this.tokens.start(i);
  }

  private end(i: number): number {
    return this.tokens.end(i);
  }

  private spanOf(i: number): { start: number; end: number } {
    return { start: this.tokens.start(i), end: this.tokens.end(i) };
  }

  error(code: ParseErrorCode, message: string, start: number, end: number): void {
    this.errors.push({ code, message, span: { start, end }, severity: 'error' });
  }

  /** A limit of this tool rather than a problem of the file: what it could not check. */
  notChecked(message: string, start: number, end: number): void {
    this.errors.push({ code: 'nested-too-deep', message, span: { start, end }, severity: 'warning' });
  }

  value(i: number): N.Value {
    let v = this.values[i];
    if (v) return v;
    const image = this.tokens.image(i);
    switch (this.tokens.kinds[i]) {
      case Kind.Word:
        v = new WordNode(this.start(i), this.end(i), image);
        break;
      case Kind.String:
        v = { type: 'String', span: this.spanOf(i), raw: image, value: decodeString(image) };
        break;
      case Kind.Bad:
        v = { type: 'Invalid', span: this.spanOf(i), text: image };
        break;
      default:
        v = { type: 'Punct', span: this.spanOf(i), text: image };
    }
    this.values[i] = v;
    return v;
  }

  reportStructure(issues: StructureIssue[]): void {
    for (const issue of issues) {
      const exists = issue.token >= 0 && issue.token < this.tokens.length;
      const start = exists ? this.start(issue.token) : this.text.length;
      const end = exists ? this.end(issue.token) : this.text.length;
      switch (issue.code) {
        case 'missing-semicolon':
          this.error('missing-semicolon', `Missing ';' after '${excerpt(this.tokens.image(issue.token))}'.`, end, end);
          break;
        case 'nested-too-deep':
          this.notChecked(
            `Blocks are nested deeper than ${MAX_NESTING_DEPTH} levels here; the contents of this block are not checked.`,
            start,
            end,
          );
          break;
        case 'unclosed-block':
          this.error(
            'unclosed-block',
            "This '{' is never closed: a '}' is missing before the end of the file.",
            start,
            end,
          );
          break;
        case 'stray-close-brace':
          this.error('stray-close-brace', "Unexpected '}': there is no open block to close here.", start, end);
          break;
        case 'empty-statement': {
          const prev = this.tokens.kind(issue.token - 1);
          if (prev === Kind.RBrace && this.closesKeyBlock(issue.token - 1)) break; // dhcpd accepts `key … { … };`
          if (prev === Kind.RBrace)
            this.error('semicolon-after-block', "A block needs no ';' after its '}'; dhcpd rejects it.", start, end);
          else this.error('empty-statement', "Stray ';' with no statement before it.", start, end);
          break;
        }
      }
    }
    const { kinds, length } = this.tokens;
    for (const issue of this.tokens.lexical) {
      if (issue.code === 'byte-order-mark')
        this.error(
          'byte-order-mark',
          'The file starts with a UTF-8 byte-order mark; dhcpd reads it as text and rejects the file. Save it without the BOM.',
          issue.start,
          issue.end,
        );
      else
        this.error(
          'whitespace-too-long',
          `A run of ${MAX_WHITESPACE_RUN} or more blanks and line breaks: dhcpd fails with "whitespace too long, buffer overflow".`,
          issue.start,
          issue.start,
        );
    }
    // One warning for the first absurdly long token (dhcpd itself keeps 1,500 characters of one).
    let longReported = false;
    for (let i = 0; i < length; i++) {
      if (kinds[i] === Kind.String) this.checkEscapes(i);
      if (longReported) continue;
      const start = this.start(i);
      const end = this.end(i);
      if (end - start <= MAX_TOKEN_LENGTH) continue;
      this.errors.push({
        code: 'token-too-long',
        message: `This token is ${end - start} characters long; dhcpd reads at most 1,500 characters of a word or string.`,
        span: { start, end },
        severity: 'warning',
      });
      longReported = true;
    }
    for (let i = kinds.indexOf(Kind.Bad); i >= 0 && i < length; i = kinds.indexOf(Kind.Bad, i + 1)) {
      const image = this.tokens.image(i);
      if (image.startsWith('"'))
        this.error('unterminated-string', 'This string has no closing quote.', this.start(i), this.end(i));
      else
        this.error(
          'invalid-character',
          `Invalid character U+${(image.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} in the configuration.`,
          this.start(i),
          this.end(i),
        );
    }
  }

  /** Reports the first escape in string token `i` that dhcpd's lexer refuses (see stringEscapeProblem). */
  private checkEscapes(i: number): void {
    const start = this.start(i);
    const end = this.end(i);
    let k = start + 1;
    while (k < end && this.text.charCodeAt(k) !== 92) k++; // bounded: indexOf could run to the file's end
    if (k >= end) return;
    const problem = stringEscapeProblem(this.text, start + 1, end - 1);
    if (problem) this.error('bad-escape', problem.message, problem.start, problem.end);
  }

  private spaceDeclarations: { names: Map<string, number>; firstInclude: number } | undefined;
  private classDeclarations: Map<string, number> | undefined;

  /** Whether class `name` is declared before `offset` in this text (or an include before it may declare it). */
  classKnown(name: string, offset: number): boolean {
    if (!this.classDeclarations) {
      this.classDeclarations = new Map();
      for (const m of this.text.matchAll(/(?:^|[;{}])[ \t]*class\s+"((?:[^"\\]|\\.)*)"/gm)) {
        const name = decodeString(`"${m[1] ?? ''}"`);
        if (!this.classDeclarations.has(name)) this.classDeclarations.set(name, m.index);
      }
    }
    const declared = this.classDeclarations.get(name);
    return (declared !== undefined && declared < offset) || this.declarations().firstInclude < offset;
  }

  /**
   * Whether option space `name` is known at `offset`: built in, or declared earlier in this text.
   * An `include` before `offset` may declare it too, so then it counts as known (no false alarm).
   */
  optionSpaceKnown(name: string, offset: number): boolean {
    if (DHCPD_BUILTIN_SPACES.has(name)) return true;
    const { names, firstInclude } = this.declarations();
    const declared = names.get(name);
    return (declared !== undefined && declared < offset) || firstInclude < offset;
  }

  /** The option spaces declared in this text and where its first include is, searched once, lazily. */
  private declarations(): { names: Map<string, number>; firstInclude: number } {
    if (this.spaceDeclarations) return this.spaceDeclarations;
    // Only definitions that encapsulate a space and `add` need this.
    const names = new Map<string, number>();
    // At the start of a line or after ; { } on it: not inside a comment.
    for (const m of this.text.matchAll(/(?:^|[;{}])[ \t]*option\s+space\s+([A-Za-z0-9_-]+)/gim)) {
      const space = m[1];
      if (space !== undefined && !names.has(space)) names.set(space, m.index);
    }
    const include = /(?:^|[;{}])[ \t]*include\s/im.exec(this.text);
    return (this.spaceDeclarations = { names, firstInclude: include ? include.index : Infinity });
  }

  /** Whether the '}' at index `close` ends a `key NAME { … }` block. */
  private closesKeyBlock(close: number): boolean {
    let depth = 0;
    for (let i = close; i >= 0; i--) {
      const k = this.tokens.kinds[i];
      if (k === Kind.RBrace) depth++;
      else if (k === Kind.LBrace && --depth === 0) return this.tokens.lower(i - 2) === 'key';
    }
    return false;
  }

  // ------------------------------------------------------------------ blocks and statements

  /**
   * Builds the statements of a raw statement list, nested blocks included. Iterative: a frame
   * per open block on an explicit stack (frames are reused by depth, so nothing is allocated per
   * statement), because nesting follows the input and a recursive build ran out of call stack.
   */
  statements(raws: RawStatement[]): N.Statement[] {
    return this.finishList(this.buildStatements(raws, 0, raws.length, []));
  }

  /**
   * Builds `raws[from, to)` (nested blocks included) onto `out` and returns it, not yet finished:
   * the stepped parse builds a long top-level list in chunks, then calls finishList once, so
   * an if/elsif chain split across two chunks is folded as in one call to `statements`.
   */
  buildStatements(raws: RawStatement[], from: number, to: number, out: N.Statement[]): N.Statement[] {
    const frames = this.frames;
    let depth = 0;
    let frame = frameAt(frames, 0);
    frame.raws = raws;
    frame.index = from;
    frame.out = out;
    frame.switchBody = false;
    for (;;) {
      if (frame.index < (depth === 0 ? to : frame.raws.length)) {
        const raw = frame.raws[frame.index++];
        if (raw === undefined) continue;
        this.inSwitchBody = frame.switchBody;
        const from = this.statementHead(raw, frame.out);
        if (from < 0 || !raw.block) continue; // statementHead returns a token only for a block
        // The statement's block is built first; its frame remembers how the statement continues.
        const child = frameAt(frames, ++depth);
        child.raws = raw.block.body;
        child.index = 0;
        child.out = [];
        child.raw = raw;
        child.from = from;
        child.switchBody = this.tokens.kinds[from] === Kind.Word && this.tokens.lower(from) === 'switch';
        frame = child;
        continue;
      }
      if (depth === 0) return frame.out;
      const list = this.finishList(frame.out);
      const { raw, from } = frame;
      frame.raw = undefined;
      frame = frameAt(frames, --depth);
      // An inner frame is only ever opened for a statement with a block (above).
      const block = expectDefined(raw?.block, 'an inner build frame belongs to a statement with a block');
      this.finishStatement(expectDefined(raw, 'an inner build frame has its statement'), from, block, list, frame.out);
    }
  }

  private readonly frames: BuildFrame[] = [];
  private readonly context = new StatementContext(this);
  /** Whether the statements being interpreted sit directly in a switch block (where labels go). */
  inSwitchBody = false;

  /** Finishes a statement list (folds its if/elsif/else chains); public for lists built by buildStatements. */
  finishList(out: N.Statement[]): N.Statement[] {
    const folded = out.some((s) => (s.type === 'If' && s.keyword !== 'if') || (s.type as string) === 'Else')
      ? foldIfChains(out, this)
      : out;
    // Short lists are copied to an exact-size array (see interpret); long ones waste little.
    return folded.length < 16 ? folded.slice() : folded;
  }

  private block(raw: RawBlock, body: N.Statement[]): N.Block {
    const hasClose = raw.close >= 0;
    // An unclosed block can only end at the end of the file.
    const end = hasClose ? this.end(raw.close) : this.text.length;
    return {
      type: 'Block',
      span: { start: this.start(raw.open), end },
      open: this.spanOf(raw.open),
      close: hasClose ? this.spanOf(raw.close) : undefined,
      body,
    };
  }

  /**
   * Interprets a raw statement's words, pushing one or more statements to `out` (a forgotten ';'
   * splits the words). When the (last) statement has a block, returns the token its words
   * start at (its block's '{' when it has no words) and pushes nothing for it: the caller builds
   * the block and then calls finishStatement. Returns -1 otherwise.
   */
  private statementHead(raw: RawStatement, out: N.Statement[]): number {
    for (let from = raw.first; ; ) {
      const k0 = this.tokens.kinds[from];
      if (raw.block && from === raw.block.open) return from;
      if (k0 === Kind.Semi) {
        out.push({ type: 'Error', span: this.spanOf(from), words: [], semicolon: this.spanOf(from) });
        return -1;
      }
      // dhcpd skips it unread, so it is kept whole (braces and line breaks included).
      if (raw.skipped) {
        out.push(this.interpret(raw, from, raw.headEnd, undefined));
        return -1;
      }
      const headEnd = this.splitAt(raw, from);
      if (headEnd < raw.headEnd) {
        out.push(this.interpret({ first: from, headEnd, semi: -1 }, from, headEnd, undefined));
        from = headEnd;
        continue;
      }
      if (raw.block) return from;
      out.push(this.interpret(raw, from, headEnd, undefined));
      return -1;
    }
  }

  /** Completes a statement whose block `body` statementHead left to build. */
  private finishStatement(
    raw: RawStatement,
    from: number,
    block: RawBlock,
    list: N.Statement[],
    out: N.Statement[],
  ): void {
    const body = this.block(block, list);
    if (from === block.open) {
      this.error(
        'block-without-header',
        "A '{' block must follow a declaration such as subnet, host or pool.",
        body.open.start,
        body.open.end,
      );
      out.push({ type: 'Error', span: { ...body.span }, words: [], body });
      return;
    }
    out.push(this.interpret(raw, from, raw.headEnd, body));
  }

  /**
   * Where the statement starting at `from` ends: a line break followed by a statement keyword,
   * inside a statement that takes no expression, almost always means the ';' before it was
   * forgotten, so it is split there and said so. Returns raw.headEnd when there is no split.
   */
  private splitAt(raw: RawStatement, from: number): number {
    const k0 = this.tokens.kinds[from];
    const head = k0 === Kind.Word ? this.tokens.lower(from) : '';
    // `option x code N = type` also has '=', but its type list never spans a line break
    // before a new statement keyword, so it gets the missing-';' check too.
    const optionDefinition = head === 'option' && this.tokens.lower(from + 2) === 'code';
    const exprLike = EXPRESSION_HEADS.has(head) || (!optionDefinition && this.hasEquals(from, raw.headEnd));
    if (exprLike) return raw.headEnd;
    for (let i = from + 1; i < raw.headEnd; i++) {
      if (!this.tokens.newline[i] || this.tokens.kinds[i] !== Kind.Word) continue;
      const prev = this.tokens.kinds[i - 1];
      if (prev === Kind.Comma || prev === Kind.Op || prev === Kind.LParen) continue;
      if (!STATEMENT_KEYWORDS.has(this.tokens.lower(i))) continue;
      this.error(
        'missing-semicolon',
        `Missing ';' after '${excerpt(this.tokens.image(i - 1))}': the next line starts a new statement.`,
        this.end(i - 1),
        this.end(i - 1),
      );
      return i;
    }
    return raw.headEnd;
  }

  private hasEquals(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      if (this.tokens.kinds[i] === Kind.Op && this.tokens.image(i) === '=') return true;
    }
    return false;
  }

  /** Builds the node for words [from, headEnd) with the raw statement's ';' or block. */
  private interpret(raw: RawStatement, from: number, headEnd: number, body: N.Block | undefined): N.Statement {
    // Exact size: a pushed-to [] reserves 17 slots, which over 350,000 statements is 50 MB.
    const words = new Array<N.Value>(headEnd - from);
    for (let i = from; i < headEnd; i++) words[i - from] = this.value(i);
    const semi = raw.semi >= 0 && headEnd === raw.headEnd ? raw.semi : -1;
    const end = semi >= 0 ? this.end(semi) : body ? body.span.end : this.end(headEnd - 1);
    this.context.reset({ start: this.start(from), end }, words, semi >= 0 ? this.spanOf(semi) : undefined, body);
    // A block's header is checked whatever the statement (dhcpd's declaration name forms).
    this.context.checkBlockHeader();
    return statementGrammar().read(this.context, statementTokens(words));
  }
}

interface Base {
  span: { start: number; end: number };
  words: N.Value[];
  semicolon?: { start: number; end: number };
}

/**
 * The statement grammar's view of one statement (grammar/statements.ts): its words, its ';' or
 * block, and the actions that build its node and report what dhcpd would refuse. One instance
 * serves every statement of a parse (reset per statement).
 */
export class StatementContext {
  readonly base: Base = { span: { start: 0, end: 0 }, words: [], semicolon: undefined };
  words: N.Value[] = [];
  body: N.Block | undefined;
  /** The statement's first and last words (every statement has one). */
  private first: N.Value = PLACEHOLDER;
  private last: N.Value = PLACEHOLDER;

  constructor(private readonly b: AstBuilder) {}

  /** Points the context at the next statement. */
  reset(span: Base['span'], words: N.Value[], semicolon: Base['semicolon'], body: N.Block | undefined): void {
    // One base object for every statement: the nodes copy its fields (`...base`), none keeps it.
    const { base } = this;
    base.span = span;
    base.words = words;
    base.semicolon = semicolon;
    this.words = words;
    this.body = body;
    this.first = expectDefined(words[0], 'the builder interprets statements of one word or more');
    this.last = expectDefined(words[words.length - 1], 'the builder interprets statements of one word or more');
  }

  /** The word a grammar token stands for. */
  private at(t: StatementToken): N.Value {
    const w = this.words[t.startOffset];
    if (w === undefined) throw new Error(`no word ${t.startOffset} in this statement`);
    return w;
  }

  private lower(i: number): string {
    const w = this.words[i];
    return w && w.type === 'Word' ? w.text.toLowerCase() : '';
  }

  private word(i: number): N.Word | undefined {
    const w = this.words[i];
    return w && w.type === 'Word' ? w : undefined;
  }

  private nameOf(i: number): { name: string; node?: N.Value } {
    const w = this.words[i];
    if (!w) return { name: '' };
    if (w.type === 'String') return { name: w.value, node: w };
    if (w.type === 'Word') return { name: w.text, node: w };
    return { name: '', node: w };
  }

  private missing(what: string, after?: N.Value): void {
    const at = after ?? this.words[this.words.length - 1];
    const pos = at ? at.span.end : this.base.span.start;
    this.b.error('missing-argument', what, pos, pos);
  }

  private needBlock(keyword: string): N.Block {
    if (this.body) return this.body;
    const { last } = this;
    this.b.error(
      'missing-block',
      `'${keyword}' declares a block: expected '{' … '}' here.`,
      last.span.end,
      last.span.end,
    );
    return {
      type: 'Block',
      span: { start: this.base.span.end, end: this.base.span.end },
      open: { start: this.base.span.end, end: this.base.span.end },
      body: [],
    };
  }

  private noBlock(keyword: string): void {
    if (this.body)
      this.b.error(
        'unexpected-block',
        `'${keyword}' takes no block; end it with ';'.`,
        this.body.open.start,
        this.body.open.end,
      );
  }

  /** Parses words[start, end) as an expression where dhcpd expects a `want` expression. */
  expr(start: number, end = this.words.length, want: ExprType = 'any'): N.Expression | undefined {
    return this.exprIn(this.words, start, end, want);
  }

  /** Parses words[start, end) of `words` (the statement's, or a case label's value) as an expression. */
  private exprIn(
    words: readonly N.Value[],
    start: number,
    end: number,
    want: ExprType = 'any',
  ): N.Expression | undefined {
    if (start >= end) {
      this.missing('Expected an expression here.');
      return undefined;
    }
    const r = parseExpression(words, start, end);
    for (const e of r.errors) {
      if (e.code) this.b.notChecked(e.message, e.start, e.end);
      else this.b.error('bad-expression', e.message, e.start, e.end);
    }
    if (r.expression && r.errors.length === 0) {
      const problem = expressionTypeProblem(r.expression, want);
      if (problem) this.b.error('bad-expression', problem.message, problem.start, problem.end);
    }
    return r.expression;
  }

  /** A variable name where dhcpd wants one (set, unset, define): a bare word that is not a number. */
  private variableName(i: number, keyword: string): string | undefined {
    const w = this.words[i];
    if (!w) return undefined;
    if (w.type !== 'Word' || /^-?[0-9]+$/.test(w.text))
      this.b.error(
        'bad-statement-form',
        `${excerpt(w.type === 'String' ? w.raw : w.text)} can't be a variable name: '${keyword}' takes a bare name.`,
        w.span.start,
        w.span.end,
      );
    else if (DHCPD_KEYWORDS.has(w.text.toLowerCase()))
      this.b.error(
        'bad-statement-form',
        `'${excerpt(w.text)}' is a dhcpd keyword and can't be a variable name; pick another name.`,
        w.span.start,
        w.span.end,
      );
    return w.type === 'Word' ? w.text : undefined;
  }

  /** Length of the multi-word keyword at the start, or 1. */
  private keywordLength(): { name: string; length: number } {
    for (const kw of MULTIWORD_KEYWORDS) {
      if (kw.length > this.words.length) continue;
      let ok = true;
      for (let i = 0; i < kw.length && ok; i++) ok = this.lower(i) === kw[i];
      if (ok) return { name: kw.join(' '), length: kw.length };
    }
    return { name: this.lower(0), length: 1 };
  }

  private report(problem: FormProblem | undefined): void {
    if (problem) this.b.error(problem.code, problem.message, problem.start, problem.end);
  }

  private reportFormat(code: 'bad-option-space' | 'bad-option-definition', problem: FormatProblem | undefined): void {
    if (problem) this.b.error(code, problem.message, problem.start, problem.end);
  }

  /** Where a problem at the end of the statement's words goes: its ';', or after its last word. */
  private endOffset(): number {
    return this.base.semicolon?.start ?? this.words[this.words.length - 1]?.span.end ?? this.base.span.end;
  }

  /** The word a grammar slot took, when it is a bare word (dhcpd wants an identifier or number there). */
  private bare(t: StatementToken | undefined): N.Word | undefined {
    const w = t && this.words[t.startOffset];
    return w && w.type === 'Word' ? w : undefined;
  }

  /** A declaration's name: a string's value or a word's text (anything else is kept as the node). */
  private nameIn(t: StatementToken | undefined): { name: string; node?: N.Value } {
    return t ? this.nameOf(t.startOffset) : { name: '' };
  }

  // ---------------------------------------------------- actions of grammar/statements.ts

  /** dhcpd's name forms for a block's header, whatever the statement (forms.ts). */
  checkBlockHeader(): void {
    if (!this.body) return;
    const head = this.lower(0);
    this.report(
      head === 'subnet'
        ? subnetHeaderProblem(this.words)
        : declarationHeaderProblem(
            head === 'failover' && this.lower(1) === 'peer' ? 'failover peer' : head,
            this.words,
          ),
    );
  }

  subnet(
    networkSlot: StatementToken | undefined,
    netmaskKeyword: StatementToken | undefined,
    maskSlot: StatementToken | undefined,
    cidr: StatementToken | undefined,
  ): N.Statement {
    const { base, words } = this;
    const network = this.bare(networkSlot);
    let netmask: N.Word | undefined;
    if (!network) this.missing("'subnet' needs a network address.", words[0]);
    else if (cidr && !netmaskKeyword) {
      this.b.error(
        'cidr-subnet',
        `dhcpd does not accept CIDR notation here: write 'subnet ${excerpt(network.text)} netmask …'.`,
        network.span.start,
        this.at(cidr).span.end,
      );
    } else if (!netmaskKeyword) this.missing("Expected 'netmask' and a mask after the subnet address.", network);
    else {
      netmask = this.bare(maskSlot);
      if (!netmask) this.missing("Expected the netmask after 'netmask'.", this.at(netmaskKeyword));
    }
    return { type: 'Subnet', ...base, network, netmask, body: this.needBlock('subnet') };
  }

  subnet6(prefixSlot: StatementToken | undefined): N.Statement {
    const prefix = this.bare(prefixSlot);
    if (!prefix) this.missing("'subnet6' needs a prefix such as 2001:db8::/64.", this.words[0]);
    return { type: 'Subnet6', ...this.base, prefix, body: this.needBlock('subnet6') };
  }

  /** shared-network, host, class or zone NAME { … } */
  named(keyword: StatementToken, nameSlot: StatementToken | undefined): N.Statement {
    const head = NAMED_DECLARATIONS.get(keyword.tokenType);
    if (head === undefined) throw new Error(`not a named declaration: ${keyword.tokenType.name}`);
    const { name, node } = this.nameIn(nameSlot);
    if (!node) this.missing(`'${head.keyword}' needs a name.`, this.words[0]);
    if (head.keyword === 'zone' && this.body) for (const p of blockBodyProblems('zone', this.body.body)) this.report(p);
    return { type: head.type, ...this.base, name, nameNode: node, body: this.needBlock(head.keyword) } as N.Statement;
  }

  group(nameSlot: StatementToken | undefined): N.Statement {
    return {
      type: 'Group',
      ...this.base,
      name: this.nameIn(nameSlot).name || undefined,
      body: this.needBlock('group'),
    };
  }

  pool(keyword: StatementToken): N.Statement {
    const v6 = keyword.tokenType === K.pool6;
    return { type: 'Pool', ...this.base, v6, body: this.needBlock(v6 ? 'pool6' : 'pool') };
  }

  key(nameSlot: StatementToken | undefined): N.Statement {
    const { name, node } = this.nameIn(nameSlot);
    if (!this.body) return this.parameter('key', 1);
    if (!node) this.missing("'key' needs a name before its '{' (dhcpd: \"expecting key name.\").", this.words[0]);
    for (const p of blockBodyProblems('key', this.body.body)) this.report(p);
    return { type: 'Key', ...this.base, name, nameNode: node, body: this.body };
  }

  subclass(classSlot: StatementToken | undefined): N.Statement {
    const { words } = this;
    const { name, node } = this.nameIn(classSlot);
    if (!node) this.missing("'subclass' needs the class name.", words[0]);
    const key = words.length > 2 ? this.expr(2, words.length, 'data') : undefined;
    if (node && words.length <= 2) this.missing('Expected the subclass match value after the class name.', node);
    return { type: 'Subclass', ...this.base, className: name, classNode: node, key, body: this.body };
  }

  failover(
    peer: StatementToken | undefined,
    nameSlot: StatementToken | undefined,
    state: StatementToken | undefined,
  ): N.Statement {
    if (!peer) return this.parameter('failover', 1);
    const { name, node } = this.nameIn(nameSlot);
    if (this.body && !state) {
      if (!node) this.missing("'failover peer' needs the relationship name.", this.at(peer));
      return { type: 'FailoverPeer', ...this.base, name, nameNode: node, body: this.body };
    }
    if (state) return this.parameter('failover peer state', 4);
    if (!node) this.missing("'failover peer' needs the relationship name in quotes.", this.at(peer));
    return { type: 'FailoverRef', ...this.base, name, nameNode: node };
  }

  on(): N.Statement {
    const { words } = this;
    const events: string[] = [];
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w === undefined) continue;
      const text = w.type === 'Word' ? w.text.toLowerCase() : '';
      if (text !== 'or') events.push(text);
    }
    if (events.length === 0) this.missing("'on' needs an event: commit, release or expiry.", words[0]);
    else this.report(leaseEventsProblem(words));
    return { type: 'On', ...this.base, events, body: this.needBlock('on') };
  }

  elseStatement(): N.Statement {
    const { words } = this;
    const second = words[1];
    const last = words[words.length - 1];
    if (second && last)
      this.b.error(
        'bad-expression',
        "'else' takes no condition; did you mean 'elsif'?",
        second.span.start,
        last.span.end,
      );
    return { type: 'Else', ...this.base, body: this.needBlock('else') } as unknown as N.Statement;
  }

  optionSpace(nameSlot: StatementToken | undefined): N.Statement {
    this.noBlock('option');
    const { name } = this.nameIn(nameSlot);
    if (!name) this.missing("'option space' needs a name.", this.words[1]);
    else this.reportFormat('bad-option-space', optionSpaceProblem(this.words, this.endOffset()));
    return { type: 'OptionSpace', ...this.base, name };
  }

  /** The option's space and name from `SPACE.NAME` (the dhcp space when there is no dot). */
  private optionName(nameNode: N.Word): { space: string; name: string } {
    const dot = nameNode.text.indexOf('.');
    return dot > 0
      ? { space: nameNode.text.slice(0, dot), name: nameNode.text.slice(dot + 1) }
      : { space: 'dhcp', name: nameNode.text };
  }

  optionDefinition(
    nameSlot: StatementToken | undefined,
    codeSlot: StatementToken | undefined,
    equalsSlot: StatementToken | undefined,
  ): N.Statement {
    const { base, words } = this;
    this.noBlock('option');
    const nameNode = this.bare(nameSlot);
    if (!nameNode) return this.unnamedOption('option');
    const { space, name } = this.optionName(nameNode);
    const codeNode = this.bare(codeSlot);
    const code = codeNode?.literal.kind === 'number' ? codeNode.literal.value : undefined;
    if (!codeNode) this.missing('Expected the option code number.', words[2]);
    const eq = equalsSlot && this.at(equalsSlot);
    if (codeNode && (!eq || eq.type !== 'Punct' || eq.text !== '='))
      this.missing("Expected '=' and the option's format after the code.", codeNode);
    else if (words.length < 6) this.missing("Expected the option's format after '='.", eq);
    const start = base.span.start;
    this.reportFormat(
      'bad-option-definition',
      optionDefinitionProblem(words, this.endOffset(), { spaceKnown: (s) => this.b.optionSpaceKnown(s, start) }),
    );
    return { type: 'OptionDefinition', ...base, space, name, nameNode, code, codeNode, format: words.slice(5) };
  }

  private unnamedOption(keyword: string): N.Statement {
    this.missing(`'${keyword}' needs an option name.`, this.words[0]);
    return { type: 'Option', ...this.base, keyword, space: 'dhcp', name: '', values: [] };
  }

  /** option / supersede / prepend / append / default NAME (= DATA-EXPR | VALUES…) */
  option(keyword: string, nameSlot: StatementToken | undefined, assign: StatementToken | undefined): N.Statement {
    const { base, words } = this;
    this.noBlock(keyword);
    const nameNode = this.bare(nameSlot);
    if (!nameNode) return this.unnamedOption(keyword);
    const { space, name } = this.optionName(nameNode);
    const values = words.slice(2);
    if (assign)
      return {
        type: 'Option',
        ...base,
        keyword,
        space,
        name,
        nameNode,
        values,
        expression: this.expr(3, words.length, 'data'),
      };
    return { type: 'Option', ...base, keyword, space, name, nameNode, values };
  }

  range(
    v6: boolean,
    bootp: StatementToken | undefined,
    lowSlot: StatementToken | undefined,
    highSlot: StatementToken | undefined,
  ): N.Statement {
    const keyword = v6 ? 'range6' : 'range';
    this.noBlock(keyword);
    const first = bootp ? 2 : 1;
    const low = this.bare(lowSlot);
    const high = this.bare(highSlot);
    const temporary = highSlot?.tokenType === K.temporary;
    if (!low) this.missing(`'${keyword}' needs at least one address.`, this.words[first - 1]);
    else if (!v6) this.report(rangeProblem(this.words, first));
    return {
      type: 'Range',
      ...this.base,
      v6,
      dynamicBootp: bootp !== undefined,
      low,
      high: temporary ? undefined : high,
      temporary: temporary || undefined,
    };
  }

  prefix6(
    lowSlot: StatementToken | undefined,
    highSlot: StatementToken | undefined,
    lengthSlot: StatementToken | undefined,
  ): N.Statement {
    this.noBlock('prefix6');
    const lenWord = this.bare(lengthSlot);
    const length = lenWord && lenWord.text.startsWith('/') ? Number(lenWord.text.slice(1)) : undefined;
    if (!lengthSlot) this.missing("'prefix6' needs a low prefix, a high prefix and a /length.");
    return { type: 'Prefix6', ...this.base, low: this.bare(lowSlot), high: this.bare(highSlot), length };
  }

  include(pathSlot: StatementToken | undefined): N.Statement {
    this.noBlock('include');
    const word = pathSlot && this.at(pathSlot);
    const path = word?.type === 'String' ? word : undefined;
    if (!word) this.missing("'include' needs a file name in quotes.", this.words[0]);
    return { type: 'Include', ...this.base, path };
  }

  matchStatement(form: 'match if' | 'match' | 'spawn with', start: number, want: ExprType): N.Statement {
    return { type: 'Match', ...this.base, form, expression: this.expr(start, this.words.length, want) };
  }

  set(nameSlot: StatementToken | undefined, equalsSlot: StatementToken | undefined): N.Statement {
    const { words } = this;
    const variable = this.variableName(1, 'set');
    const eq = equalsSlot && this.at(equalsSlot);
    if (!variable) this.missing("'set' needs a variable name.", words[0]);
    else if (!eq || eq.type !== 'Punct' || eq.text !== '=')
      this.missing("Expected '=' after the variable name.", nameSlot && this.at(nameSlot));
    return {
      type: 'Exec',
      ...this.base,
      keyword: 'set',
      variable,
      expression: words.length > 3 ? this.expr(3) : (this.missing('Expected a value after =.'), undefined),
    };
  }

  unset(): N.Statement {
    return { type: 'Exec', ...this.base, keyword: 'unset', variable: this.variableName(1, 'unset') };
  }

  /** eval / return EXPR (from word 1), log / execute (the whole statement is the call, from word 0). */
  exec(keyword: 'eval' | 'return' | 'log' | 'execute', start: number): N.Statement {
    const expression = this.expr(start);
    if (start > 0) return { type: 'Exec', ...this.base, keyword, expression };
    return {
      type: 'Exec',
      ...this.base,
      keyword,
      expression,
      args: expression?.type === 'Call' ? expression.args : undefined,
    };
  }

  breakStatement(): N.Statement {
    return { type: 'Exec', ...this.base, keyword: 'break' };
  }

  add(nameSlot: StatementToken | undefined): N.Statement {
    const w = nameSlot && this.at(nameSlot);
    if (w && w.type !== 'String')
      this.b.error(
        'bad-statement-form',
        `'add' takes the class name in quotes (dhcpd: "expecting class name.").`,
        w.span.start,
        w.span.end,
      );
    else if (w?.type === 'String' && !this.b.classKnown(w.value, this.base.span.start))
      this.b.error(
        'bad-statement-form',
        `No class '${excerpt(w.value)}' is declared before this 'add'; dhcpd rejects it ("class ${excerpt(w.value)}: not found").`,
        w.span.start,
        w.span.end,
      );
    return { type: 'Exec', ...this.base, keyword: 'add', variable: this.nameOf(1).name };
  }

  noFailoverPeer(): N.Statement {
    const { semicolon } = this.base;
    if (semicolon)
      this.b.error(
        'no-failover-peer-semicolon',
        "dhcpd 4.4.3 does not accept ';' after 'no failover peer' and fails to parse the file; remove the statement (or the ';').",
        semicolon.start,
        semicolon.end,
      );
    return { type: 'NoFailoverPeer', ...this.base };
  }

  /** `not authoritative;` */
  negated(name: string, argStart: number): N.Statement {
    return { ...this.parameter(name, argStart), negated: true };
  }

  /** A parameter whose keyword (one or more words) spec/statements.ts lists, or an unknown word. */
  keywordParameter(): N.Statement {
    const kw = this.keywordLength();
    return this.parameter(kw.name, kw.length);
  }

  /** `switch (expr) { … }`: the parenthesized expression, then the block (parse_switch_statement). */
  switchStatement(): N.SwitchStatement {
    const { base, words } = this;
    const body = this.needBlock('switch');
    const open = words[1];
    if (!open || open.type !== 'Punct' || open.text !== '(') {
      const at = open ?? this.first;
      this.b.error(
        'bad-statement-form',
        `'switch' takes its expression in parentheses: switch (expression) { … } (dhcpd: "expecting left brace.").`,
        open ? at.span.start : at.span.end,
        at.span.end,
      );
      return { type: 'Switch', ...base, body };
    }
    const close = closingParen(words, 1);
    if (close < 0) {
      this.missing(`Expected ')' after the switch expression (dhcpd: "right paren expected.").`);
      return { type: 'Switch', ...base, expression: this.expr(2, words.length), body };
    }
    if (close === 2)
      this.b.error(
        'bad-expression',
        `'switch' needs a data or numeric expression in its parentheses (dhcpd: "expecting data or numeric expression.").`,
        open.span.start,
        (words[close] ?? open).span.end,
      );
    const expression = close > 2 ? this.expr(2, close) : undefined;
    const after = words[close + 1];
    if (after)
      this.b.error(
        'bad-statement-form',
        `Expected '{' after 'switch (…)', found '${excerpt(after.type === 'String' ? after.raw : after.text)}' (dhcpd: "left brace expected.").`,
        after.span.start,
        after.span.end,
      );
    else if (expression && typeOf(expression, 'data') === 'data') this.numericCaseValues(body);
    const last = body.body[body.body.length - 1];
    if (last?.type === 'Case' && last.isDefault)
      this.b.error(
        'bad-statement-form',
        "dhcpd 4.4.3 crashes (segmentation fault) on a 'default:' with no statement after it before the '}': add the statement, or remove the label.",
        last.span.start,
        last.span.end,
      );
    return { type: 'Switch', ...base, expression, body };
  }

  /**
   * In a switch on data, dhcpd reads a case value that starts with a number as hex bytes joined by
   * ':' and so takes the label's own colon for one more separator: it always fails there.
   */
  private numericCaseValues(body: N.Block): void {
    for (const s of body.body) {
      if (s.type !== 'Case' || s.expression?.type !== 'Literal') continue;
      const v = s.expression.value;
      if (v.type === 'Word' && /^[0-9]/.test(v.text))
        this.b.error(
          'bad-expression',
          `In a switch on data, dhcpd reads '${excerpt(v.text)}' and the label's ':' as hex bytes and fails ("expecting hexadecimal number."); quote the value: case "${excerpt(v.text)}":`,
          s.span.start,
          s.span.end,
        );
    }
  }

  /** `case value:` / `default:`; only directly inside a switch block (parse_executable_statement). */
  caseLabel(head: string): N.CaseLabel {
    const { base, words } = this;
    const isDefault = head !== 'case';
    this.noBlock(isDefault ? 'default' : 'case');
    if (!this.b.inSwitchBody) {
      this.b.error(
        'bad-statement-form',
        isDefault
          ? `'default:' belongs directly in a switch block; dhcpd rejects it here ("switch default statement in inappropriate scope.").`
          : `'case' belongs directly in a switch block; dhcpd rejects it here ("case statement in inappropriate scope.").`,
        this.first.span.start,
        this.first.span.end,
      );
    }
    if (isDefault) return { type: 'Case', ...base, isDefault };
    const { last } = this;
    const colon = last.type === 'Word' && last.text.endsWith(':');
    if (!colon) {
      // The value ends where an expression can no longer continue; the ':' belongs there.
      const { expression, errors, position } = parseExpressionPrefix(words, 1, words.length);
      const at = words[position];
      if (errors.length === 0 && at)
        this.b.error(
          'bad-statement-form',
          `Expected ':' after the case value, found '${excerpt(at.type === 'String' ? at.raw : at.text)}' (dhcpd: "colon expected.").`,
          at.span.start,
          at.span.end,
        );
      else this.missing(`Expected ':' after the case value (dhcpd: "colon expected.").`);
      return { type: 'Case', ...base, isDefault, expression };
    }
    // The value's words without the label's ':' (which the scanner may have kept in the last word).
    const valueWords = words.slice(0, -1);
    if (last.text !== ':') valueWords.push(new WordNode(last.span.start, last.span.end - 1, last.text.slice(0, -1)));
    if (valueWords.length < 2) {
      this.b.error(
        'bad-expression',
        `'case' needs a value before its ':' (dhcpd: "expecting data expression.").`,
        last.span.start,
        last.span.end,
      );
      return { type: 'Case', ...base, isDefault };
    }
    const expression = this.exprIn(valueWords, 1, valueWords.length);
    return { type: 'Case', ...base, isDefault, expression };
  }

  parameter(name: string, argStart: number): N.Parameter {
    const { base, words } = this;
    const known = isKnownKeyword(name);
    const args = words.slice(argStart);
    let expression: N.Expression | undefined;
    if (args[0]?.type === 'Punct' && args[0].text === '=') expression = this.expr(argStart + 1);
    if (this.body && known) this.noBlock(name);
    return { type: 'Parameter', ...base, name, args, expression, known, body: known ? undefined : this.body };
  }

  ifStatement(keyword: string, condStart: number): N.IfStatement {
    this.report(parenthesizedConditionProblem(this.words, condStart));
    return {
      type: 'If',
      ...this.base,
      keyword,
      condition: this.expr(condStart, this.words.length, 'boolean'),
      body: this.needBlock(keyword),
      elsif: [],
    };
  }

  /**
   * Reads a function's parameter list from words[i] (after its '('): names separated by commas.
   * Returns the index of the ')', words.length when it is missing, or -1 after reporting a problem.
   */
  private parameterListEnd(i: number): number {
    const { words } = this;
    const bad = (w: N.Value, message: string): number => {
      this.b.error('bad-statement-form', message, w.span.start, w.span.end);
      return -1;
    };
    for (; i < words.length; i += 2) {
      const name = words[i];
      if (name === undefined) break;
      if (name.type === 'Punct' && name.text === ')') return i; // dhcpd takes `()` and a trailing comma
      if (name.type !== 'Word' || /^-?[0-9]+$/.test(name.text) || DHCPD_KEYWORDS.has(name.text.toLowerCase()))
        return bad(
          name,
          `Expected a parameter name, found '${excerpt(name.type === 'String' ? name.raw : name.text)}' (dhcpd: "expecting argument name").`,
        );
      const sep = words[i + 1];
      if (!sep) return words.length;
      if (sep.type === 'Punct' && sep.text === ')') return i + 1;
      if (!(sep.type === 'Punct' && sep.text === ','))
        return bad(
          sep,
          `Expected ',' or ')' after the parameter '${excerpt(name.text)}' (dhcpd: "expecting right paren.").`,
        );
    }
    return words.length;
  }

  /** `define NAME = expression;` or `define NAME (params) { … }` (a function). */
  define(): N.Parameter {
    const { base, words } = this;
    const name = this.variableName(1, 'define');
    const next = words[2];
    let expression: N.Expression | undefined;
    if (name === undefined) {
      if (!words[1]) this.missing("'define' needs a name.", words[0]);
    } else if (next?.type === 'Punct' && next.text === '=') {
      this.noBlock('define');
      expression = this.expr(3);
    } else if (next?.type === 'Punct' && next.text === '(') {
      const close = this.parameterListEnd(3);
      const after = words[close + 1];
      if (close < 0)
        return { type: 'Parameter', ...base, name: 'define', args: words.slice(1), known: true, body: this.body };
      if (close >= words.length) this.missing("Expected ')' after the function's parameters.");
      else if (after)
        this.b.error(
          'bad-statement-form',
          `A function definition takes its body in '{' … '}' right after the parameters; dhcpd rejects '${excerpt(after.type === 'String' ? after.raw : after.text)}' here ("expecting left brace.").`,
          after.span.start,
          after.span.end,
        );
      else if (!this.body) this.needBlock('define');
    } else {
      const at = next ?? words[1] ?? this.first;
      this.b.error(
        'bad-statement-form',
        `Expected '=' and a value, or '(' and a function's parameters, after 'define ${excerpt(name)}' (dhcpd: "expecting '=' in define statement.").`,
        next ? at.span.start : at.span.end,
        at.span.end,
      );
    }
    return {
      type: 'Parameter',
      ...base,
      name: 'define',
      args: words.slice(1),
      expression,
      known: true,
      body: this.body,
    };
  }

  allowDeny(verb: 'allow' | 'deny' | 'ignore'): N.AllowDeny {
    const { base, words } = this;
    this.noBlock(verb);
    const parts: string[] = [];
    let arg: N.Value | undefined;
    let expression: N.Expression | undefined;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w === undefined) break;
      if (w.type === 'Punct' && w.text === '=') {
        expression = this.expr(i + 1);
        break;
      }
      const what = parts.join(' ');
      if (what === 'members of' || what === 'after') {
        arg = w;
        break;
      }
      parts.push(w.type === 'Word' ? w.text.toLowerCase() : w.type === 'String' ? w.raw : w.text);
    }
    if (parts.length === 0) this.missing(`'${verb}' needs what to ${verb}, e.g. 'unknown-clients'.`, words[0]);
    return { type: 'AllowDeny', ...base, verb, what: parts.join(' '), arg, expression };
  }
}

import { statementSpecs } from '../spec/statements.js';

/** Index of the ')' matching the '(' at words[open], or -1. */
function closingParen(words: readonly N.Value[], open: number): number {
  let depth = 0;
  for (let i = open; i < words.length; i++) {
    const w = words[i];
    if (w?.type !== 'Punct') continue;
    if (w.text === '(') depth++;
    else if (w.text === ')' && --depth === 0) return i;
  }
  return -1;
}
function isKnownKeyword(name: string): boolean {
  return statementSpecs(name).length > 0;
}

/** Attaches elsif / else if / else statements to the if they continue. */
function foldIfChains(list: Stmt[], b: AstBuilder): N.Statement[] {
  const out: N.Statement[] = [];
  let chain: N.IfStatement | undefined;
  for (const s of list) {
    const continues = (s.type === 'If' && s.keyword !== 'if') || s.type === 'Else';
    if (continues) {
      if (chain && !chain.else) {
        if (s.type === 'If') chain.elsif.push(s);
        else chain.else = s;
        chain.span = { start: chain.span.start, end: s.span.end };
        continue;
      }
      b.error(
        'elsif-without-if',
        `'${s.type === 'If' ? s.keyword : 'else'}' must follow an 'if' block.`,
        s.span.start,
        s.span.start + (s.type === 'If' ? s.keyword.length : 4),
      );
      if (s.type === 'If') {
        out.push(s);
        chain = s;
      } else out.push({ type: 'Error', span: s.span, words: s.words, body: s.body });
      continue;
    }
    chain = s.type === 'If' ? s : undefined;
    out.push(s as N.Statement);
  }
  return out;
}

export type { Comment };
