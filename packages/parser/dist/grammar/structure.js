import { EmbeddedActionsParser, EOF } from 'chevrotain';
import { allTokenTypes, Atom, grammarInput, LBrace, RBrace, Semi } from '../lexer/tokens.js';
class StructureParser extends EmbeddedActionsParser {
    issues = [];
    constructor() {
        // Structure errors are decided by the grammar itself (every alternative is explicit),
        // so Chevrotain's automatic token insertion/deletion is not needed.
        super(allTokenTypes, { recoveryEnabled: false, maxLookahead: 1, skipValidations: process.env.DHCPLINT_VALIDATE_GRAMMAR !== '1' });
        this.performSelfAnalysis();
    }
    reset() {
        super.reset();
        this.issues = [];
    }
    /**
     * Index of the token consumed last. The input holds one shared token object per kind (see
     * grammarInput), so positions come from the parser's cursor; exportLexerState is Chevrotain's
     * (untyped) accessor for it.
     */
    pos() {
        return this.exportLexerState();
    }
    file = this.RULE('file', () => {
        const body = [];
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
    statement = this.RULE('statement', () => {
        let result = { first: -1, headEnd: -1, semi: -1 };
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
                            if (first < 0)
                                first = last;
                        });
                    });
                    let semi = -1;
                    let block;
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
                        if (semi < 0 && !block)
                            this.issues.push({ code: 'missing-semicolon', token: last });
                        result = { first, headEnd: last + 1, semi, block };
                    });
                },
            },
        ]);
        return result;
    });
    block = this.RULE('block', () => {
        this.CONSUME(LBrace);
        const openIdx = this.ACTION(() => this.pos()) ?? -1;
        const body = [];
        this.MANY(() => body.push(this.SUBRULE(this.statement)));
        let close = -1;
        this.OPTION(() => {
            this.CONSUME(RBrace);
            this.ACTION(() => (close = this.pos()));
        });
        this.ACTION(() => {
            if (close < 0)
                this.issues.push({ code: 'unclosed-block', token: openIdx });
        });
        return { open: openIdx, close, body };
    });
}
let instance;
/** Parses the token vector into its statement skeleton. One parser instance per process. */
export function parseStructure(tokens) {
    instance ??= new StructureParser();
    instance.input = grammarInput(tokens.kinds, tokens.length);
    const body = instance.file() ?? [];
    const issues = instance.issues;
    // The grammar accepts every token sequence; anything Chevrotain still reports is a bug here,
    // surfaced rather than hidden.
    if (instance.errors.length)
        issues.push({ code: 'missing-semicolon', token: Math.max(0, tokens.length - 1) });
    instance.input = [];
    return { body, issues };
}
//# sourceMappingURL=structure.js.map