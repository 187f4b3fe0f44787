import { EmbeddedActionsParser, EOF, type IOrAlt } from 'chevrotain';
import { allTokenTypes, Atom, grammarInput, LBrace, RBrace, Semi } from '../lexer/tokens.js';
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
}

export interface RawBlock {
  open: number;
  /** Index of the closing '}', or -1 when the file ended first. */
  close: number;
  body: RawStatement[];
}

export interface StructureIssue {
  code: 'missing-semicolon' | 'unclosed-block' | 'stray-close-brace' | 'empty-statement';
  /** Token index the issue is anchored to. */
  token: number;
}

export interface StructureResult {
  body: RawStatement[];
  issues: StructureIssue[];
}

class StructureParser extends EmbeddedActionsParser {
  issues: StructureIssue[] = [];

  constructor() {
    // Structure errors are decided by the grammar itself (every alternative is explicit),
    // so Chevrotain's automatic token insertion/deletion is not needed.
    super(allTokenTypes, { recoveryEnabled: false, maxLookahead: 1, skipValidations: process.env.DHCPLINT_VALIDATE_GRAMMAR !== '1' });
    this.performSelfAnalysis();
  }

  override reset(): void {
    super.reset();
    this.issues = [];
  }

  /**
   * Index of the token consumed last. The input holds one shared token object per kind (see
   * grammarInput), so positions come from the parser's cursor; exportLexerState is Chevrotain's
   * (untyped) accessor for it.
   */
  private pos(): number {
    return (this as unknown as { exportLexerState(): number }).exportLexerState();
  }

  public file = this.RULE('file', () => {
    const body: RawStatement[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => body.push(this.SUBRULE(this.statement)) },
        {
          ALT: () => {
            this.CONSUME(RBrace);
            this.ACTION(() => this.issues.push({ code: 'stray-close-brace', token: this.pos() }));
          },
        },
      ]);
    });
    this.CONSUME(EOF);
    return body;
  });

  // The hot rules below build their alternatives and callbacks once (Chevrotain's advice for
  // large inputs): a fresh array of closures per statement was measurable garbage on files with
  // a million tokens. Per-call state lives in locals of the callbacks or is saved around nesting.
  private readonly position = (): number => this.pos();
  private atomsFirst = -1;
  private atomsLast = -1;
  private readonly noteAtom = (): void => {
    this.atomsLast = this.pos();
    if (this.atomsFirst < 0) this.atomsFirst = this.atomsLast;
  };
  private readonly atom = (): void => {
    this.CONSUME(Atom);
    this.ACTION(this.noteAtom);
  };
  /** `;` (its index) or a block, after a statement's words. */
  private readonly terminatorAlts: IOrAlt<number | RawBlock>[] = [
    {
      ALT: () => {
        this.CONSUME2(Semi);
        return this.ACTION(this.position) ?? -1;
      },
    },
    { ALT: () => this.SUBRULE2(this.block) },
  ];
  private readonly terminator = (): number | RawBlock => this.OR2(this.terminatorAlts);
  private readonly statementAlts: IOrAlt<RawStatement>[] = [
    {
      ALT: () => {
        this.CONSUME(Semi);
        return this.ACTION(() => {
          const i = this.pos();
          this.issues.push({ code: 'empty-statement', token: i });
          return { first: i, headEnd: i, semi: i };
        }) as RawStatement;
      },
    },
    {
      ALT: () => {
        const block = this.SUBRULE(this.block);
        return { first: block?.open ?? -1, headEnd: block?.open ?? -1, semi: -1, block };
      },
    },
    {
      ALT: () => {
        this.atomsFirst = -1;
        this.AT_LEAST_ONE(this.atom);
        // Saved before the block: statements inside it reuse the fields.
        const first = this.atomsFirst;
        const last = this.atomsLast;
        const term = this.OPTION(this.terminator);
        const semi = typeof term === 'number' ? term : -1;
        const block = typeof term === 'object' ? term : undefined;
        if (semi < 0 && !block && !this.RECORDING_PHASE) this.issues.push({ code: 'missing-semicolon', token: last });
        return { first, headEnd: last + 1, semi, block };
      },
    },
  ];

  public statement = this.RULE('statement', (): RawStatement => this.OR(this.statementAlts));

  private currentBody: RawStatement[] = [];
  private readonly bodyStatement = (): void => {
    this.currentBody.push(this.SUBRULE(this.statement));
  };
  private closeIndex = -1;
  private readonly close = (): void => {
    this.CONSUME(RBrace);
    this.closeIndex = this.ACTION(this.position) ?? -1;
  };

  public block = this.RULE('block', (): RawBlock => {
    this.CONSUME(LBrace);
    const openIdx = this.ACTION(this.position) ?? -1;
    const outer = this.currentBody;
    const body: RawStatement[] = (this.currentBody = []);
    this.MANY(this.bodyStatement);
    this.currentBody = outer;
    this.closeIndex = -1;
    this.OPTION(this.close);
    const close = this.closeIndex;
    if (close < 0 && !this.RECORDING_PHASE) this.issues.push({ code: 'unclosed-block', token: openIdx });
    return { open: openIdx, close, body };
  });
}

let instance: StructureParser | undefined;

/** Parses the token vector into its statement skeleton. One parser instance per process. */
export function parseStructure(tokens: TokenVector): StructureResult {
  instance ??= new StructureParser();
  instance.input = grammarInput(tokens.kinds, tokens.length);
  const body = instance.file() ?? [];
  const issues = instance.issues;
  // The grammar accepts every token sequence; anything Chevrotain still reports is a bug here,
  // surfaced rather than hidden.
  if (instance.errors.length) issues.push({ code: 'missing-semicolon', token: Math.max(0, tokens.length - 1) });
  instance.input = [];
  return { body, issues };
}
