import { EmbeddedActionsParser, type OrMethodOpts, type TokenType } from 'chevrotain';
import type * as N from '../ast/nodes.js';
import type { StatementContext } from '../ast/build.js';
import { Any, Colon, Equals, K, STATEMENT_TOKENS, Slashed, type StatementToken } from './statement-tokens.js';
import { grammarValidations } from './validations.js';

/**
 * The statement language of dhcpd.conf (dhcpd.conf(5), dhcp-eval(5); confpars.c and parse.c in
 * dhcpd) as Chevrotain rules with embedded actions that build the AST's statement nodes.
 *
 * One statement is read at a time: grammar/structure.ts has already cut the file into statements
 * and `{ … }` blocks on an explicit stack (so nesting depth never costs call stack), and the
 * block, when the statement has one, is built before its header is read here. A slot written
 * `NAME?` takes whatever word stands there; its action judges it (and reports what dhcpd would
 * say); `…` is the rest of the words, which an action reads (an expression, a value list).
 * Expressions are read by expr/grammar.ts; what is table-shaped stays in tables: parameters and
 * their multi-word keywords (spec/statements.ts), option formats (spec/option-format.ts).
 *
 *   statement   := declaration | conditional | option | address | permit | executable | other
 *   declaration := 'subnet' NETWORK? ('netmask' MASK?)? '/LEN'?      (then '{')
 *                | 'subnet6' PREFIX? | ('shared-network' | 'host' | 'class' | 'zone') NAME?
 *                | 'group' NAME? | ('pool' | 'pool6') | 'key' NAME? | 'subclass' CLASS? DATA-EXPR?
 *                | 'failover' ('peer' NAME? 'state'?)?  | 'on' EVENTS
 *   conditional := ('if' | 'elsif') BOOLEAN-EXPR | 'else' ('if' BOOLEAN-EXPR)?
 *                | 'switch' '(' EXPR ')' | 'case' VALUE ':' | 'default:' | 'default' ':'
 *   option      := ('option' | 'supersede' | 'prepend' | 'append' | 'default')
 *                  ( 'space' NAME?                                    (option only)
 *                  | NAME? 'code' CODE? '='? FORMAT…                  (option only)
 *                  | NAME? '=' DATA-EXPR | NAME? VALUES… )
 *   address     := ('range' 'dynamic-bootp'? | 'range6') LOW? HIGH? | 'prefix6' LOW? HIGH? LEN?
 *   permit      := ('allow' | 'deny' | 'ignore') PERMIT…
 *   executable  := 'set' NAME? '='? EXPR | 'unset' NAME | 'define' NAME ('=' EXPR | '(' PARAMS ')')
 *                | ('eval' | 'return') EXPR | ('log' | 'execute') CALL | 'break' | 'add' CLASS?
 *                | 'match' 'if'? EXPR | 'spawn' ('with' DATA-EXPR | …)
 *   other       := 'include' PATH? | 'no' ('failover' 'peer'?)? | 'not' 'authoritative'?
 *                | PARAMETER ARGS…                  (PARAMETER: a keyword of spec/statements.ts)
 */
class StatementGrammar extends EmbeddedActionsParser {
  private current: StatementContext | undefined;

  constructor() {
    // LL(1), as dhcpd's parser; no recovery: every slot is optional, so nothing can mismatch.
    super(STATEMENT_TOKENS, {
      maxLookahead: 1,
      recoveryEnabled: false,
      skipValidations: !grammarValidations(),
    });
    this.performSelfAnalysis();
  }

  /** Builds the node for the statement whose words and block `context` holds. */
  read(context: StatementContext, input: StatementToken[]): N.Statement {
    this.input = input;
    this.current = context;
    try {
      // Without recovery a mismatch ends the rule with no node (every slot is optional, so none
      // is expected); `errors` is not read here, as Chevrotain copies it on every read.
      const node = this.statement();
      if (node === undefined) throw new Error('the statement grammar built no node');
      return node;
    } finally {
      this.current = undefined;
    }
  }

  /**
   * Chevrotain's reset (run by every `input =`) allocates fresh state arrays; after a statement
   * read without a problem they are still empty, so only the position needs rewinding. A parse
   * reads hundreds of thousands of statements, one at a time. Relies on chevrotain 11.2.0's
   * fields (the version is pinned); anything unexpected takes the full reset.
   */
  override reset(): void {
    const state = this as unknown as ParserState;
    if (
      !this.RECORDING_PHASE &&
      state._errors?.length === 0 &&
      state.isBackTrackingStack?.length === 0 &&
      state.RULE_STACK_IDX === -1
    ) {
      state.currIdx = -1;
      state.subruleIdx = 0;
      state.currRuleShortName = 0;
      state.RULE_OCCURRENCE_STACK_IDX = -1;
      return;
    }
    super.reset();
  }

  /** The statement being read (only actions ask, and only while read() runs). */
  private get s(): StatementContext {
    if (this.current === undefined) throw new Error('the statement grammar is not reading a statement');
    return this.current;
  }

  // Built once: an OR's alternatives written inline would be allocated for every statement.
  private readonly families: OrMethodOpts<N.Statement> = {
    // Every keyword is also an Any (a parameter's first word): the keyword alternatives come first.
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.subnet) },
      { ALT: () => this.SUBRULE(this.subnet6) },
      { ALT: () => this.SUBRULE(this.namedDeclaration) },
      { ALT: () => this.SUBRULE(this.group) },
      { ALT: () => this.SUBRULE(this.pool) },
      { ALT: () => this.SUBRULE(this.key) },
      { ALT: () => this.SUBRULE(this.subclass) },
      { ALT: () => this.SUBRULE(this.failover) },
      { ALT: () => this.SUBRULE(this.on) },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.elseStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement) },
      { ALT: () => this.SUBRULE(this.caseLabel) },
      { ALT: () => this.SUBRULE(this.defaultStatement) },
      { ALT: () => this.SUBRULE(this.optionStatement) },
      { ALT: () => this.SUBRULE(this.range) },
      { ALT: () => this.SUBRULE(this.prefix6) },
      { ALT: () => this.SUBRULE(this.permit) },
      { ALT: () => this.SUBRULE(this.include) },
      { ALT: () => this.SUBRULE(this.match) },
      { ALT: () => this.SUBRULE(this.spawn) },
      { ALT: () => this.SUBRULE(this.set) },
      { ALT: () => this.SUBRULE(this.unset) },
      { ALT: () => this.SUBRULE(this.define) },
      { ALT: () => this.SUBRULE(this.evalReturn) },
      { ALT: () => this.SUBRULE(this.logExecute) },
      { ALT: () => this.SUBRULE(this.breakStatement) },
      { ALT: () => this.SUBRULE(this.add) },
      { ALT: () => this.SUBRULE(this.noStatement) },
      { ALT: () => this.SUBRULE(this.notStatement) },
      { ALT: () => this.SUBRULE(this.parameter) },
    ],
  };

  readonly statement = this.RULE('statement', (): N.Statement => this.OR(this.families));

  /** The words after the ones a rule names: an action reads them from the statement's words. */
  private readonly rest = this.RULE('rest', (): void => {
    this.MANY(() => this.CONSUME(Any));
  });

  // ------------------------------------------------------------------ declarations

  /** subnet NETWORK netmask MASK (a `/LEN` after the network is CIDR, which dhcpd refuses). */
  private readonly subnet = this.RULE('subnet', (): N.Statement => {
    this.CONSUME(K.subnet);
    const network = this.OPTION(() => this.CONSUME(Any));
    let netmask: StatementToken | undefined;
    let mask: StatementToken | undefined;
    this.OPTION1(() => {
      netmask = this.CONSUME(K.netmask);
      mask = this.OPTION2(() => this.CONSUME1(Any));
    });
    const cidr = this.OPTION3(() => this.CONSUME(Slashed));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.subnet(network, netmask, mask, cidr));
  });

  private readonly subnet6 = this.RULE('subnet6', (): N.Statement => {
    this.CONSUME(K.subnet6);
    const prefix = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.subnet6(prefix));
  });

  private readonly namedKeywords: OrMethodOpts<StatementToken> = {
    DEF: [
      { ALT: () => this.CONSUME(K.sharedNetwork) },
      { ALT: () => this.CONSUME(K.host) },
      { ALT: () => this.CONSUME(K.class) },
      { ALT: () => this.CONSUME(K.zone) },
    ],
  };

  /** shared-network | host | class | zone, then the name. */
  private readonly namedDeclaration = this.RULE('namedDeclaration', (): N.Statement => {
    const keyword = this.OR(this.namedKeywords);
    const name = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.named(keyword, name));
  });

  private readonly group = this.RULE('group', (): N.Statement => {
    this.CONSUME(K.group);
    const name = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.group(name));
  });

  private readonly poolKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.pool) }, { ALT: () => this.CONSUME(K.pool6) }],
  };

  private readonly pool = this.RULE('pool', (): N.Statement => {
    const keyword = this.OR(this.poolKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.pool(keyword));
  });

  /** `key NAME { … }` declares a TSIG key; `key NAME;` (in a zone) names one. */
  private readonly key = this.RULE('key', (): N.Statement => {
    this.CONSUME(K.key);
    const name = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.key(name));
  });

  /** subclass CLASS DATA-EXPR [{ … }] */
  private readonly subclass = this.RULE('subclass', (): N.Statement => {
    this.CONSUME(K.subclass);
    const name = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.subclass(name));
  });

  /** failover peer NAME { … } | failover peer NAME; | failover peer NAME state …; | failover …; */
  private readonly failover = this.RULE('failover', (): N.Statement => {
    this.CONSUME(K.failover);
    let peer: StatementToken | undefined;
    let name: StatementToken | undefined;
    let state: StatementToken | undefined;
    this.OPTION(() => {
      peer = this.CONSUME(K.peer);
      name = this.OPTION1(() => this.CONSUME(Any));
      state = this.OPTION2(() => this.CONSUME(K.state));
    });
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.failover(peer, name, state));
  });

  /** on EVENT [or EVENT]… { … } */
  private readonly on = this.RULE('on', (): N.Statement => {
    this.CONSUME(K.on);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.on());
  });

  // ------------------------------------------------------------------ conditionals

  private readonly ifKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.if) }, { ALT: () => this.CONSUME(K.elsif) }],
  };

  /** if BOOLEAN-EXPR { … } | elsif BOOLEAN-EXPR { … } (ast/build.ts folds the chain). */
  private readonly ifStatement = this.RULE('ifStatement', (): N.Statement => {
    const keyword = this.OR(this.ifKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.ifStatement(keyword.tokenType === K.if ? 'if' : 'elsif', 1));
  });

  /** else { … } | else if BOOLEAN-EXPR { … } */
  private readonly elseStatement = this.RULE('elseStatement', (): N.Statement => {
    this.CONSUME(K.else);
    const elseIf = this.OPTION(() => this.CONSUME(K.if));
    this.SUBRULE(this.rest);
    return this.ACTION(() => (elseIf ? this.s.ifStatement('else if', 2) : this.s.elseStatement()));
  });

  /** switch (EXPR) { case …: … default: … } */
  private readonly switchStatement = this.RULE('switchStatement', (): N.Statement => {
    this.CONSUME(K.switch);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.switchStatement());
  });

  private readonly labelKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.case) }, { ALT: () => this.CONSUME(K.defaultLabel) }],
  };

  /** case VALUE: | default: (the structure pass ends a label at its colon). */
  private readonly caseLabel = this.RULE('caseLabel', (): N.Statement => {
    const keyword = this.OR(this.labelKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.caseLabel(keyword.tokenType === K.case ? 'case' : 'default:'));
  });

  /** `default :` is a switch label; `default NAME VALUE;` sets an option's default. */
  private readonly defaultStatement = this.RULE('defaultStatement', (): N.Statement => {
    this.CONSUME(K.default);
    return this.OR(this.defaultForms);
  });

  private readonly defaultForms: OrMethodOpts<N.Statement> = {
    // ':' is also a word (an option name to optionBody): the label comes first.
    IGNORE_AMBIGUITIES: true,
    DEF: [
      {
        ALT: () => {
          this.CONSUME(Colon);
          this.SUBRULE(this.rest);
          return this.ACTION(() => this.s.caseLabel('default'));
        },
      },
      { ALT: () => this.SUBRULE(this.optionBody, { ARGS: ['default'] }) },
    ],
  };

  // ------------------------------------------------------------------ options

  private readonly optionKeywords: OrMethodOpts<StatementToken> = {
    DEF: [
      { ALT: () => this.CONSUME(K.option) },
      { ALT: () => this.CONSUME(K.supersede) },
      { ALT: () => this.CONSUME(K.prepend) },
      { ALT: () => this.CONSUME(K.append) },
    ],
  };

  private readonly optionStatement = this.RULE('optionStatement', (): N.Statement => {
    const keyword = this.OR(this.optionKeywords);
    return this.SUBRULE(this.optionBody, { ARGS: [optionKeyword(keyword.tokenType)] });
  });

  /**
   * What follows an option keyword: `space NAME`, a definition `NAME code CODE = FORMAT` (both
   * for `option` only), `NAME = DATA-EXPR`, or `NAME VALUES…` (checked against the option's
   * format by the linter, from spec/options.ts).
   */
  private readonly optionBody = this.RULE('optionBody', (keyword: string): N.Statement => {
    const space = this.OPTION({ GATE: () => keyword === 'option', DEF: () => this.CONSUME(K.space) });
    const name = this.OPTION1(() => this.CONSUME(Any));
    let code: StatementToken | undefined;
    let codeValue: StatementToken | undefined;
    let equals: StatementToken | undefined;
    this.OPTION2({
      GATE: () => keyword === 'option' && space === undefined,
      DEF: () => {
        code = this.CONSUME(K.code);
        codeValue = this.OPTION3(() => this.CONSUME1(Any));
        equals = this.OPTION4(() => this.CONSUME2(Any));
      },
    });
    const assign = this.OPTION5({ GATE: () => code === undefined, DEF: () => this.CONSUME(Equals) });
    this.SUBRULE(this.rest);
    return this.ACTION(() => {
      if (space) return this.s.optionSpace(name);
      if (code) return this.s.optionDefinition(name, codeValue, equals);
      return this.s.option(keyword, name, assign);
    });
  });

  // ------------------------------------------------------------------ addresses

  private readonly rangeKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.range) }, { ALT: () => this.CONSUME(K.range6) }],
  };

  /** range [dynamic-bootp] LOW [HIGH] | range6 LOW HIGH | range6 PREFIX [temporary] */
  private readonly range = this.RULE('range', (): N.Statement => {
    const keyword = this.OR(this.rangeKeywords);
    const bootp = this.OPTION({ GATE: () => keyword.tokenType === K.range, DEF: () => this.CONSUME(K.dynamicBootp) });
    const low = this.OPTION1(() => this.CONSUME(Any));
    const high = this.OPTION2(() => this.CONSUME1(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.range(keyword.tokenType === K.range6, bootp, low, high));
  });

  /** prefix6 LOW HIGH /LEN */
  private readonly prefix6 = this.RULE('prefix6', (): N.Statement => {
    this.CONSUME(K.prefix6);
    const low = this.OPTION(() => this.CONSUME(Any));
    const high = this.OPTION1(() => this.CONSUME1(Any));
    const length = this.OPTION2(() => this.CONSUME2(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.prefix6(low, high, length));
  });

  // ------------------------------------------------------------------ permits

  private readonly permitKeywords: OrMethodOpts<StatementToken> = {
    DEF: [
      { ALT: () => this.CONSUME(K.allow) },
      { ALT: () => this.CONSUME(K.deny) },
      { ALT: () => this.CONSUME(K.ignore) },
    ],
  };

  /** allow | deny | ignore, then a permit (spec/statements.ts PERMITS) or `= BOOLEAN-EXPR`. */
  private readonly permit = this.RULE('permit', (): N.Statement => {
    const verb = this.OR(this.permitKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.allowDeny(permitVerb(verb.tokenType)));
  });

  // ------------------------------------------------------------------ executable statements

  private readonly include = this.RULE('include', (): N.Statement => {
    this.CONSUME(K.include);
    const path = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.include(path));
  });

  /** match if BOOLEAN-EXPR | match DATA-EXPR (in a class) */
  private readonly match = this.RULE('match', (): N.Statement => {
    this.CONSUME(K.match);
    const matchIf = this.OPTION(() => this.CONSUME(K.if));
    this.SUBRULE(this.rest);
    return this.ACTION(() =>
      matchIf ? this.s.matchStatement('match if', 2, 'boolean') : this.s.matchStatement('match', 1, 'data'),
    );
  });

  /** spawn with DATA-EXPR (in a class); any other `spawn` is read as a parameter. */
  private readonly spawn = this.RULE('spawn', (): N.Statement => {
    this.CONSUME(K.spawn);
    const spawnWith = this.OPTION(() => this.CONSUME(K.with));
    this.SUBRULE(this.rest);
    return this.ACTION(() =>
      spawnWith ? this.s.matchStatement('spawn with', 2, 'data') : this.s.parameter('spawn', 1),
    );
  });

  /** set NAME = EXPR */
  private readonly set = this.RULE('set', (): N.Statement => {
    this.CONSUME(K.set);
    const name = this.OPTION(() => this.CONSUME(Any));
    const equals = this.OPTION1(() => this.CONSUME1(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.set(name, equals));
  });

  private readonly unset = this.RULE('unset', (): N.Statement => {
    this.CONSUME(K.unset);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.unset());
  });

  /** define NAME = EXPR | define NAME (PARAMS) { … } */
  private readonly define = this.RULE('define', (): N.Statement => {
    this.CONSUME(K.define);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.define());
  });

  private readonly evalReturnKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.eval) }, { ALT: () => this.CONSUME(K.return) }],
  };

  /** eval EXPR | return EXPR */
  private readonly evalReturn = this.RULE('evalReturn', (): N.Statement => {
    const keyword = this.OR(this.evalReturnKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.exec(keyword.tokenType === K.eval ? 'eval' : 'return', 1));
  });

  private readonly logExecuteKeywords: OrMethodOpts<StatementToken> = {
    DEF: [{ ALT: () => this.CONSUME(K.log) }, { ALT: () => this.CONSUME(K.execute) }],
  };

  /** log (…) | execute (…): the whole statement is read as a call. */
  private readonly logExecute = this.RULE('logExecute', (): N.Statement => {
    const keyword = this.OR(this.logExecuteKeywords);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.exec(keyword.tokenType === K.log ? 'log' : 'execute', 0));
  });

  private readonly breakStatement = this.RULE('breakStatement', (): N.Statement => {
    this.CONSUME(K.break);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.breakStatement());
  });

  /** add "CLASS" (the class must be declared before it) */
  private readonly add = this.RULE('add', (): N.Statement => {
    this.CONSUME(K.add);
    const name = this.OPTION(() => this.CONSUME(Any));
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.add(name));
  });

  // ------------------------------------------------------------------ other statements

  /** no failover peer (no ';': the structure pass ends it after the three words) | no PARAMETER… */
  private readonly noStatement = this.RULE('noStatement', (): N.Statement => {
    this.CONSUME(K.no);
    let failover: StatementToken | undefined;
    let peer: StatementToken | undefined;
    this.OPTION(() => {
      failover = this.CONSUME(K.failover);
      peer = this.OPTION1(() => this.CONSUME(K.peer));
    });
    this.SUBRULE(this.rest);
    return this.ACTION(() => (failover && peer ? this.s.noFailoverPeer() : this.s.parameter('no', 1)));
  });

  /** not authoritative | not … */
  private readonly notStatement = this.RULE('notStatement', (): N.Statement => {
    this.CONSUME(K.not);
    const authoritative = this.OPTION(() => this.CONSUME(K.authoritative));
    this.SUBRULE(this.rest);
    return this.ACTION(() => (authoritative ? this.s.negated('authoritative', 2) : this.s.parameter('not', 1)));
  });

  /** Any other statement: a parameter of spec/statements.ts (its keyword may be several words). */
  private readonly parameter = this.RULE('parameter', (): N.Statement => {
    this.CONSUME(Any);
    this.SUBRULE(this.rest);
    return this.ACTION(() => this.s.keywordParameter());
  });
}

/** The parts of Chevrotain's recognizer state that reset() rewinds. */
interface ParserState {
  _errors?: unknown[];
  isBackTrackingStack?: unknown[];
  RULE_STACK_IDX: number;
  RULE_OCCURRENCE_STACK_IDX: number;
  currIdx: number;
  subruleIdx: number;
  currRuleShortName: number;
}

function optionKeyword(t: TokenType): string {
  return t === K.option ? 'option' : t === K.supersede ? 'supersede' : t === K.prepend ? 'prepend' : 'append';
}

function permitVerb(t: TokenType): 'allow' | 'deny' | 'ignore' {
  return t === K.allow ? 'allow' : t === K.deny ? 'deny' : 'ignore';
}

let grammar: StatementGrammar | undefined;

/** The one grammar instance, built on first use (its self-analysis is start-up cost). */
export function statementGrammar(): StatementGrammar {
  return (grammar ??= new StatementGrammar());
}

export type { StatementGrammar };
