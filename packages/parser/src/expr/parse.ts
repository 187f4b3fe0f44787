import type { Expression, Value } from '../ast/nodes.js';
import { EXPRESSION_FUNCTIONS } from '../spec/statements.js';
import { excerpt } from '../text/excerpt.js';

/**
 * Deepest nesting of parentheses, 'not' and function calls that is read. The parser recurses
 * once per level, so the bound keeps it far from the end of the call stack; real conditions are
 * a few levels deep. Chains of binary operators (10,000 'or's, which dhcpd accepts) are read in
 * a loop and cost no depth; the left-deep trees they make must be read without recursion.
 */
export const MAX_EXPRESSION_DEPTH = 1000;

export interface ExprError {
  /** Set when the expression was too deep to read (a limit of this tool, not a syntax error). */
  code?: 'nested-too-deep';
  message: string;
  start: number;
  end: number;
}

const BINARY: Record<string, number> = {
  or: 1,
  and: 2,
  '=': 3,
  '==': 3,
  '!=': 3,
  '~=': 3,
  '~~': 3,
  '|': 4,
  '^': 5,
  '&': 6,
  '+': 7,
  '-': 7,
  '*': 8,
  '/': 8,
  '%': 8,
};

const CONSTANTS = new Set(['known', 'static', 'hardware', 'leased-address', 'lease-time', 'host-decl-name', 'client-state', 'null', 'true', 'false', 'ddns-fwd-name', 'ddns-rev-name', 'filename', 'server-name']);

/**
 * Pratt parser for dhcp-eval(5) expressions over a statement's words. Never throws; reports the
 * first problem and returns what it could build.
 */
export class ExpressionParser {
  private i: number;
  errors: ExprError[] = [];
  /** How many nested parse/unary calls are active. */
  private depth = 0;
  /** Set once the depth bound was hit: everything then unwinds without building. */
  private tooDeep = false;
  constructor(
    private readonly words: readonly Value[],
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
  }

  get position(): number {
    return this.i;
  }

  atEnd(): boolean {
    return this.i >= this.end;
  }

  private peek(): Value | undefined {
    return this.i < this.end ? this.words[this.i] : undefined;
  }

  private text(v: Value | undefined): string {
    if (!v) return '';
    return v.type === 'Word' ? v.text.toLowerCase() : v.type === 'Punct' ? v.text : '';
  }

  private fail(message: string, at?: Value): undefined {
    const v = at ?? this.peek() ?? this.words[this.end - 1];
    const start = v ? (at || this.peek() ? v.span.start : v.span.end) : 0;
    const end = v ? (at || this.peek() ? v.span.end : v.span.end) : 0;
    if (this.errors.length === 0) this.errors.push({ message, start, end });
    return undefined;
  }

  parse(minPrec = 1): Expression | undefined {
    if (!this.enter()) return undefined;
    const r = this.binary(minPrec);
    this.depth--;
    return r;
  }

  /** Counts one more level of nesting; false (after reporting once) when that is too deep. */
  private enter(): boolean {
    if (this.tooDeep) return false;
    if (++this.depth <= MAX_EXPRESSION_DEPTH) return true;
    this.depth--;
    this.nestedTooDeep();
    return false;
  }

  private nestedTooDeep(): undefined {
    const v = this.peek() ?? this.words[this.end - 1];
    this.tooDeep = true;
    // Replaces a less useful error found on the way down (the first one is what gets reported).
    this.errors.length = 0;
    this.errors.push({ code: 'nested-too-deep', message: `This expression is nested deeper than ${MAX_EXPRESSION_DEPTH} levels; it is not checked.`, start: v?.span.start ?? 0, end: v?.span.end ?? 0 });
    return undefined;
  }

  private binary(minPrec: number): Expression | undefined {
    let left = this.unary();
    if (!left) return undefined;
    for (;;) {
      const op = this.text(this.peek());
      const prec = BINARY[op];
      if (prec === undefined || prec < minPrec) return left;
      const opTok = this.peek()!;
      this.i++;
      const right = this.parse(prec + 1);
      if (this.tooDeep) return undefined;
      if (!right) return this.fail(`Expected an expression after '${opTok.type === 'Word' ? excerpt(opTok.text) : op}'.`, this.peek() ? undefined : opTok) ?? left;
      left = { type: 'Binary', operator: op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
  }

  private unary(): Expression | undefined {
    const v = this.peek();
    const t = this.text(v);
    if (v && (t === 'not' || t === '!')) {
      // A chain of 'not's is read in a loop, so its length costs no call stack.
      const nots: Value[] = [];
      while (this.text(this.peek()) === 'not' || this.text(this.peek()) === '!') {
        nots.push(this.peek()!);
        this.i++;
        if (this.depth + nots.length > MAX_EXPRESSION_DEPTH) return this.nestedTooDeep();
      }
      this.depth += nots.length;
      let operand = this.primary();
      this.depth -= nots.length;
      if (this.tooDeep) return undefined;
      if (!operand) {
        const last = nots[nots.length - 1]!;
        return this.fail(`Expected an expression after '${this.text(last)}'.`, this.peek() ? undefined : last);
      }
      for (let k = nots.length - 1; k >= 0; k--) operand = { type: 'Unary', operator: 'not', operand, span: { start: nots[k]!.span.start, end: operand.span.end } };
      return operand;
    }
    return this.primary();
  }

  private primary(): Expression | undefined {
    const v = this.peek();
    if (!v) return this.fail('Expected an expression here.');
    if (v.type === 'String') {
      this.i++;
      return { type: 'Literal', value: v, span: spanCopy(v) };
    }
    if (v.type === 'Punct' && v.text === '(') {
      this.i++;
      const inner = this.parse();
      if (!inner) return undefined;
      const close = this.peek();
      if (!close || close.type !== 'Punct' || close.text !== ')') return this.fail("Expected ')' to close the parenthesis.", close ? undefined : v);
      this.i++;
      return { type: 'Paren', inner, span: { start: v.span.start, end: close.span.end } };
    }
    if (v.type !== 'Word') return this.fail(`Unexpected '${excerpt(v.text)}' in an expression.`, v);
    const word = v.text.toLowerCase();
    this.i++;
    const next = this.peek();
    if (word === 'option' || word === 'config-option') {
      if (!next || next.type !== 'Word') return this.fail(`Expected an option name after '${word}'.`, next ? undefined : v);
      this.i++;
      return { type: 'OptionRef', keyword: word, name: next.text, span: { start: v.span.start, end: next.span.end } };
    }
    if (word === 'exists' || word === 'encapsulate' || word === 'defined') {
      const paren = next && next.type === 'Punct' && next.text === '(';
      // dhcpd 4.4.3 reads `exists NAME` and `defined (NAME)` only; it has no `encapsulate` expression.
      if (word === 'encapsulate') return this.fail("dhcpd 4.4.3 does not accept 'encapsulate' in an expression (\"expecting expression.\").", v);
      if (word === 'exists' && paren) return this.fail("'exists' takes the option name without parentheses (dhcpd: \"expecting identifier after option keyword.\").", next);
      if (word === 'defined' && !paren) return this.fail("'defined' takes the variable name in parentheses: defined (NAME) (dhcpd crashes without them).", next ?? v);
      if (paren) this.i++;
      const nameTok = this.peek();
      if (!nameTok || nameTok.type !== 'Word') return this.fail(`Expected a name after '${word}'.`, nameTok ? undefined : v);
      this.i++;
      let end = nameTok.span.end;
      if (paren) {
        const close = this.peek();
        if (!close || close.type !== 'Punct' || close.text !== ')') return this.fail("Expected ')'.", close ? undefined : nameTok);
        this.i++;
        end = close.span.end;
      }
      return { type: 'Keyword', keyword: word, name: nameTok.text, span: { start: v.span.start, end } };
    }
    if (next && next.type === 'Punct' && next.text === '(') {
      this.i++;
      const args: Expression[] = [];
      const closeNow = this.peek();
      if (closeNow && closeNow.type === 'Punct' && closeNow.text === ')') {
        this.i++;
        return { type: 'Call', callee: word, args, span: { start: v.span.start, end: closeNow.span.end } };
      }
      for (;;) {
        const arg = this.parse();
        if (!arg) return undefined;
        args.push(arg);
        const sep = this.peek();
        if (sep && sep.type === 'Punct' && sep.text === ',') {
          this.i++;
          continue;
        }
        if (sep && sep.type === 'Punct' && sep.text === ')') {
          this.i++;
          const call: Expression = { type: 'Call', callee: word, args, span: { start: v.span.start, end: sep.span.end } };
          const arity = EXPRESSION_FUNCTIONS[word];
          if (arity && (args.length < arity[0] || (arity[1] >= 0 && args.length > arity[1]))) {
            this.fail(`${word}() takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} or more`} argument(s), not ${args.length}.`, v);
          }
          return call;
        }
        return this.fail(`Expected ',' or ')' in the arguments of ${excerpt(word)}().`, sep ? undefined : args[args.length - 1] ? undefined : v);
      }
    }
    if (CONSTANTS.has(word)) return { type: 'Keyword', keyword: word, span: spanCopy(v) };
    // dhcpd's lexer splits words at dots; in an expression only `option NAME.NAME` may have one.
    if (word.includes('.')) return this.fail(`dhcpd reads no dotted value such as '${excerpt(v.text)}' in an expression (it stops at the first '.'); write an address as a string or hex bytes.`, v);
    if (v.literal.kind !== 'name') return { type: 'Literal', value: v, span: spanCopy(v) };
    return { type: 'Name', name: v.text, span: spanCopy(v) };
  }
}

/** Expression spans are their own objects, never a word's: the incremental parser shifts each once. */
function spanCopy(v: Value): { start: number; end: number } {
  return { start: v.span.start, end: v.span.end };
}

/** Parses words[start, end) as one expression; reports trailing words as an error. */
export function parseExpression(words: readonly Value[], start: number, end: number): { expression?: Expression; errors: ExprError[] } {
  const p = new ExpressionParser(words, start, end);
  const expression = p.parse();
  if (expression && !p.atEnd() && p.errors.length === 0) {
    const extra = words[p.position]!;
    p.errors.push({
      message: `Unexpected '${excerpt(extra.type === 'String' ? extra.raw : extra.text)}' after the expression; is an operator or ';' missing?`,
      start: extra.span.start,
      end: extra.span.end,
    });
  }
  return { expression, errors: p.errors };
}
