import { EmbeddedActionsParser, EOF, type IToken } from 'chevrotain';
import type { Expression, Value } from '../ast/nodes.js';
import { EXPRESSION_FUNCTIONS } from '../spec/statements.js';
import { excerpt } from '../text/excerpt.js';
import {
  ALL_TOKENS,
  AnyWord,
  BINARY_PRECEDENCE,
  BinaryOp,
  Comma,
  DefinedKw,
  EncapsulateKw,
  ExistsKw,
  LParen,
  Not,
  OptionKw,
  RParen,
  Str,
  type ValueToken,
} from './tokens.js';
import { grammarValidations } from '../grammar/validations.js';

/** Words that stand for a value of the packet or lease being processed (dhcp-eval(5)). */
const CONSTANTS = new Set([
  'known',
  'static',
  'hardware',
  'leased-address',
  'lease-time',
  'host-decl-name',
  'client-state',
  'null',
  'true',
  'false',
  'ddns-fwd-name',
  'ddns-rev-name',
  'filename',
  'server-name',
]);

/** Thrown by an action at the first problem: dhcpd stops at its first parse_warn in an expression too. */
export class ExpressionFailure {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

type Expr = Expression;

/**
 * dhcp-eval(5) expressions (dhcpd's parse_expression / parse_non_binary in common/parse.c) as
 * Chevrotain rules with embedded actions that build the AST's Expression nodes. The input is one
 * statement's words; nesting was bounded before (see tooDeepAt in parse.ts), so the recursion here
 * is too. The operand alternatives are written inside `expression` so that a level of parentheses
 * costs one rule invocation: the call stack then holds the 1,000 levels the bound allows.
 *
 *   expression(p) := Not* operand ( BinaryOp[precedence >= p] expression(precedence + 1) )*
 *   operand       := Str | '(' expression ')' | optionRef | keywordTest | wordOrCall
 *   optionRef     := ('option' | 'config-option') AnyWord
 *   keywordTest   := ('exists' | 'defined' | 'encapsulate') ( '(' AnyWord ')' | AnyWord )
 *   wordOrCall    := AnyWord ( '(' ( ')' | expression (',' expression)* ')' ) )?
 *
 * The first problem throws an ExpressionFailure with dhcpd's wording; what dhcpd accepts that is
 * not read here (encapsulate, `exists (NAME)`) is refused in the action that meets it.
 */
class ExpressionGrammar extends EmbeddedActionsParser {
  // Every node is built inside ACTION: during self-analysis the rules run with placeholder tokens
  // whose offsets are NaN, and one span object holding NaN turns every {start, end} object of the
  // process into boxed doubles (measured: +13% heap on a parse with no expression at all).

  /** Arity problems do not stop the parse (the call is still built): the first is kept here. */
  arityProblem: ExpressionFailure | undefined;

  constructor() {
    // LL(1) as dhcpd's parser; no error recovery (the first problem is the one reported).
    super(ALL_TOKENS, {
      maxLookahead: 1,
      recoveryEnabled: false,
      skipValidations: !grammarValidations(),
    });
    this.performSelfAnalysis();
  }

  /**
   * A problem with what comes next: anchored to the next token, or at the end of the input to
   * `previous` (the token that wanted more) or else to the end of the last word.
   */
  private failHere(message: string, previous?: IToken): never {
    const next = this.LA(1);
    if (next.tokenType !== EOF) throw new ExpressionFailure(message, next.startOffset, endOf(next));
    if (previous) throw new ExpressionFailure(message, previous.startOffset, endOf(previous));
    const last = this.LA(0);
    throw new ExpressionFailure(message, endOf(last), endOf(last));
  }

  private failAt(message: string, at: IToken): never {
    throw new ExpressionFailure(message, at.startOffset, endOf(at));
  }

  private precedence(): number {
    const t = this.LA(1) as ValueToken;
    return t.tokenType === EOF ? 0 : (BINARY_PRECEDENCE[t.text] ?? 0);
  }

  /**
   * Binary operators by precedence climbing: a chain of 10,000 'or's is one loop, not 10,000
   * calls. A run of 'not' / '!' before the operand is a loop too.
   */
  readonly expression = this.RULE('expression', (minPrec: number = 1): Expr => {
    const nots: ValueToken[] = [];
    this.MANY(() => nots.push(this.CONSUME(Not) as ValueToken));
    // Anything else here is a NoViableAltException: "Expected an expression" (see parse.ts).
    let left: Expr = this.OR({
      // A keyword is also a word: the more specific alternatives come first.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            const t = this.CONSUME(Str) as ValueToken;
            return this.ACTION(() => literal(t));
          },
        },
        {
          ALT: () => {
            const open = this.CONSUME(LParen);
            const inner = this.SUBRULE(this.expression);
            const close = this.OPTION(() => this.CONSUME(RParen));
            return this.ACTION(() => {
              if (!close) this.failHere("Expected ')' to close the parenthesis.", open);
              return { type: 'Paren', inner, span: { start: open.startOffset, end: endOf(close) } } as Expr;
            });
          },
        },
        { ALT: () => this.SUBRULE(this.optionRef) },
        { ALT: () => this.SUBRULE(this.keywordTest) },
        { ALT: () => this.SUBRULE(this.wordOrCall) },
      ],
    });
    this.ACTION(() => {
      for (let not = nots.pop(); not; not = nots.pop())
        left = {
          type: 'Unary',
          operator: 'not',
          operand: left,
          span: { start: not.startOffset, end: left.span.end },
        };
    });
    this.MANY1({
      GATE: () => this.precedence() >= minPrec,
      DEF: () => {
        const op = this.CONSUME(BinaryOp) as ValueToken;
        // Every BinaryOp has a precedence; the recording phase's placeholder token has none.
        const prec = BINARY_PRECEDENCE[op.text] ?? 0;
        const right = this.SUBRULE1(this.expression, { ARGS: [prec + 1] });
        this.ACTION(() => {
          left = {
            type: 'Binary',
            operator: op.text,
            left,
            right,
            span: { start: left.span.start, end: right.span.end },
          };
        });
      },
    });
    return left;
  });

  private readonly optionRef = this.RULE('optionRef', (): Expr => {
    const keyword = this.CONSUME(OptionKw) as ValueToken;
    const name = this.OPTION(() => this.CONSUME(AnyWord) as ValueToken);
    return this.ACTION(() => {
      if (!name) this.failHere(`Expected an option name after '${keyword.text}'.`, keyword);
      return {
        type: 'OptionRef',
        keyword: keyword.text as 'option' | 'config-option',
        name: (name.payload as { text: string }).text,
        span: { start: keyword.startOffset, end: endOf(name) },
      } as Expr;
    });
  });

  /** `exists NAME`, `defined (NAME)`: dhcpd 4.4.3 reads no other form (and no `encapsulate` here). */
  private readonly keywordTest = this.RULE('keywordTest', (): Expr => {
    const keyword = this.OR1([
      { ALT: () => this.CONSUME(ExistsKw) },
      { ALT: () => this.CONSUME(DefinedKw) },
      { ALT: () => this.CONSUME(EncapsulateKw) },
    ]) as ValueToken;
    const open = this.OPTION(() => this.CONSUME(LParen));
    this.ACTION(() => {
      if (keyword.text === 'encapsulate')
        this.failAt('dhcpd 4.4.3 does not accept \'encapsulate\' in an expression ("expecting expression.").', keyword);
      if (keyword.text === 'exists' && open)
        this.failAt(
          '\'exists\' takes the option name without parentheses (dhcpd: "expecting identifier after option keyword.").',
          open,
        );
      if (keyword.text === 'defined' && !open) {
        const next = this.LA(1);
        this.failAt(
          "'defined' takes the variable name in parentheses: defined (NAME) (dhcpd crashes without them).",
          next.tokenType === EOF ? keyword : next,
        );
      }
    });
    const name = this.OPTION1(() => this.CONSUME(AnyWord) as ValueToken);
    this.ACTION(() => {
      if (!name) this.failHere(`Expected a name after '${keyword.text}'.`, keyword);
    });
    const close = this.OPTION2({ GATE: () => open !== undefined, DEF: () => this.CONSUME(RParen) });
    return this.ACTION(() => {
      const word = name ?? this.failHere(`Expected a name after '${keyword.text}'.`, keyword);
      if (open && !close) this.failHere("Expected ')'.", word);
      return {
        type: 'Keyword',
        keyword: keyword.text,
        name: (word.payload as { text: string }).text,
        span: { start: keyword.startOffset, end: endOf(close ?? word) },
      } as Expr;
    });
  });

  /**
   * A function call, a constant (known, leased-address, …), a literal (number, address) or a
   * variable. The call's arguments are read here rather than in a rule of their own: a nested
   * call then costs two rule invocations (this and expression), which the depth bound counts.
   */
  private readonly wordOrCall = this.RULE('wordOrCall', (): Expr => {
    const word = this.CONSUME(AnyWord) as ValueToken;
    const args: Expr[] = [];
    let close: IToken | undefined;
    const isCall = this.OPTION(() => {
      this.CONSUME(LParen);
      close = this.OR([
        { ALT: () => this.CONSUME(RParen) },
        {
          ALT: () => {
            args.push(this.SUBRULE(this.expression));
            this.MANY(() => {
              this.CONSUME(Comma);
              args.push(this.SUBRULE1(this.expression));
            });
            return this.OPTION1(() => this.CONSUME1(RParen));
          },
        },
      ]);
      return true;
    });
    return this.ACTION(() => {
      if (isCall) return this.call(word, args, close);
      const v = word.payload;
      if (CONSTANTS.has(word.text))
        return { type: 'Keyword', keyword: word.text, span: { start: word.startOffset, end: endOf(word) } } as Expr;
      // dhcpd's lexer splits words at dots; in an expression only `option NAME.NAME` may have one.
      if (word.text.includes('.'))
        this.failAt(
          `dhcpd reads no dotted value such as '${excerpt((v as { text: string }).text)}' in an expression (it stops at the first '.'); write an address as a string or hex bytes.`,
          word,
        );
      if (v.type === 'Word' && v.literal.kind === 'name')
        return { type: 'Name', name: v.text, span: { start: word.startOffset, end: endOf(word) } } as Expr;
      return literal(word);
    });
  });

  /** The Call node, once its ')' is known to be there; arity per dhcp-eval(5)'s function table. */
  private call(callee: ValueToken, args: Expr[], close: IToken | undefined): Expr {
    if (!close) this.failHere(`Expected ',' or ')' in the arguments of ${excerpt(callee.text)}().`);
    const arity = EXPRESSION_FUNCTIONS[callee.text];
    if (arity && args.length > 0 && (args.length < arity[0] || (arity[1] >= 0 && args.length > arity[1])))
      this.arityProblem ??= new ExpressionFailure(
        `${callee.text}() takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} or more`} argument(s), not ${args.length}.`,
        callee.startOffset,
        endOf(callee),
      );
    return { type: 'Call', callee: callee.text, args, span: { start: callee.startOffset, end: endOf(close) } };
  }

  /** Whether every token was read. */
  atEnd(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  /** The next unread token. */
  next(): ValueToken | undefined {
    const t = this.LA(1);
    return t.tokenType === EOF ? undefined : (t as ValueToken);
  }
}

/** A token's end offset (every token here has one; Chevrotain's type leaves it optional). */
function endOf(t: IToken): number {
  return t.endOffset ?? t.startOffset;
}

function literal(t: ValueToken): Expr {
  return { type: 'Literal', value: t.payload as Value, span: { start: t.startOffset, end: endOf(t) } };
}

let grammar: ExpressionGrammar | undefined;

/** The one grammar instance, built on first use (its self-analysis is start-up cost). */
export function expressionGrammar(): ExpressionGrammar {
  return (grammar ??= new ExpressionGrammar());
}

export type { ExpressionGrammar };
