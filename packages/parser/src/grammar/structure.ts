import { EmbeddedActionsParser, EOF } from 'chevrotain';
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

  public statement = this.RULE('statement', (): RawStatement => {
    let result: RawStatement = { first: -1, headEnd: -1, semi: -1 };
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Semi);
          this.ACTION(() => {
            const i = this.pos();
            this.issues.push({ code: 'empty-statement', token: i });
            result = { first: i, headEnd: i, semi: i };
          });
        },
      },
      {
        ALT: () => {
          const block = this.SUBRULE(this.block);
          this.ACTION(() => {
            result = { first: block.open, headEnd: block.open, semi: -1, block };
          });
        },
      },
      {
        ALT: () => {
          let first = -1;
          let last = -1;
          this.AT_LEAST_ONE(() => {
            this.CONSUME(Atom);
            this.ACTION(() => {
              last = this.pos();
              if (first < 0) first = last;
            });
          });
          let semi = -1;
          let block: RawBlock | undefined;
          this.OPTION(() => {
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME2(Semi);
                  this.ACTION(() => (semi = this.pos()));
                },
              },
              { ALT: () => (block = this.SUBRULE2(this.block)) },
            ]);
          });
          this.ACTION(() => {
            if (semi < 0 && !block) this.issues.push({ code: 'missing-semicolon', token: last });
            result = { first, headEnd: last + 1, semi, block };
          });
        },
      },
    ]);
    return result;
  });

  public block = this.RULE('block', (): RawBlock => {
    this.CONSUME(LBrace);
    const openIdx = this.ACTION(() => this.pos()) ?? -1;
    const body: RawStatement[] = [];
    this.MANY(() => body.push(this.SUBRULE(this.statement)));
    let close = -1;
    this.OPTION(() => {
      this.CONSUME(RBrace);
      this.ACTION(() => (close = this.pos()));
    });
    this.ACTION(() => {
      if (close < 0) this.issues.push({ code: 'unclosed-block', token: openIdx });
    });
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
