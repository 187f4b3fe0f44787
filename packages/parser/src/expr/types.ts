import type { Expression } from '../ast/nodes.js';
import { excerpt } from '../text/excerpt.js';
import { DHCPD_KEYWORDS } from '../spec/dhcpd-keywords.js';

/**
 * Expression typing as dhcpd's parse.c does it (parse_boolean_expression, parse_data_expression,
 * parse_numeric_expression and the operand checks of parse_expression): boolean, data and
 * numeric expressions may not stand in for each other. Variables and calls of user functions
 * have no fixed type ('any'): dhcpd takes them where a boolean, data or numeric expression is
 * expected, but not as operands of 'not' or of arithmetic. A bare number reads as data unless a
 * numeric expression is expected, as dhcpd's lexer-driven parser reads it.
 */
export type ExprType = 'boolean' | 'data' | 'numeric' | 'any';

export interface TypeProblem {
  message: string;
  start: number;
  end: number;
}

const KEYWORD_TYPES: Record<string, ExprType> = {
  known: 'boolean',
  static: 'boolean',
  exists: 'boolean',
  defined: 'boolean',
  hardware: 'data',
  'leased-address': 'data',
  'host-decl-name': 'data',
  filename: 'data',
  'server-name': 'data',
  null: 'data',
  encapsulate: 'data',
  'lease-time': 'numeric',
  'client-state': 'numeric',
};

type Arg = 'data' | 'numeric' | 'width' | 'hostname' | 'command' | 'any';

/** dhcp-eval(5) functions: their result type and the type of each argument (the last repeats). */
const FUNCTIONS: Record<string, { result: ExprType; args: Arg[]; repeat?: boolean }> = {
  substring: { result: 'data', args: ['data', 'numeric', 'numeric'] },
  suffix: { result: 'data', args: ['data', 'numeric'] },
  lcase: { result: 'data', args: ['data'] },
  ucase: { result: 'data', args: ['data'] },
  concat: { result: 'data', args: ['data', 'data'], repeat: true },
  reverse: { result: 'data', args: ['numeric', 'data'] },
  'binary-to-ascii': { result: 'data', args: ['numeric', 'numeric', 'data', 'data'] },
  'encode-int': { result: 'data', args: ['numeric', 'width'] },
  'extract-int': { result: 'numeric', args: ['data', 'width'] },
  'pick-first-value': { result: 'data', args: ['data'], repeat: true },
  packet: { result: 'data', args: ['numeric', 'numeric'] },
  gethostbyname: { result: 'data', args: ['hostname'] },
  // log (priority, data) and execute ("command", data, …) are statements written as calls.
  log: { result: 'any', args: ['any', 'data'] },
  execute: { result: 'any', args: ['command', 'data'], repeat: true },
};

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '&', '|', '^']);
const NUMBER = /^-?[0-9]+$/;

const EXPECTING: Record<Exclude<ExprType, 'any'>, string> = {
  boolean: 'Expecting a boolean expression.',
  data: 'Expecting a data expression.',
  numeric: 'Expecting a numeric expression.',
};

const NAMES: Record<Exclude<ExprType, 'any'>, string> = {
  boolean: 'a condition (boolean)',
  data: 'data (a string or bytes)',
  numeric: 'a number',
};

/** The type of `e`; `literal` is how a bare number reads here. */
export function typeOf(expression: Expression, literal: 'data' | 'numeric'): ExprType {
  let e = expression;
  while (e.type === 'Paren') e = e.inner; // a loop: dhcpd accepts hundreds of nested parentheses
  switch (e.type) {
    case 'Literal':
      return e.value.type === 'Word' && e.value.literal.kind === 'number' ? literal : 'data';
    case 'Name':
      return 'any';
    case 'OptionRef':
      return 'data';
    case 'Keyword':
      return KEYWORD_TYPES[e.keyword] ?? 'any';
    case 'Call':
      return FUNCTIONS[e.callee]?.result ?? 'any';
    case 'Unary':
      return 'boolean';
    case 'Binary':
      return ARITHMETIC.has(e.operator) ? 'numeric' : 'boolean';
  }
}

function at(e: Expression, message: string): TypeProblem {
  return { message, start: e.span.start, end: e.span.end };
}

/**
 * The first typing problem of `e` where a `want` expression is expected (dhcpd's verdict quoted),
 * or undefined. Nested expressions are checked too.
 */
export function expressionTypeProblem(e: Expression, want: ExprType): TypeProblem | undefined {
  const literal = want === 'numeric' ? 'numeric' : 'data';
  const t = typeOf(e, literal);
  if (want !== 'any' && t !== 'any' && t !== want)
    return at(e, `Expected ${NAMES[want]} here, found ${NAMES[t]} (dhcpd: "${EXPECTING[want]}").`);
  return innerProblem(e, literal);
}

interface Pending {
  e: Expression;
  literal: 'data' | 'numeric';
}

/**
 * The first problem inside `root`, in reading order. An explicit stack rather than recursion:
 * dhcpd accepts chains of 10,000 'or's, which the expression parser builds as left-deep trees.
 */
function innerProblem(root: Expression, rootLiteral: 'data' | 'numeric'): TypeProblem | undefined {
  const stack: Pending[] = [{ e: root, literal: rootLiteral }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { e, literal } = item;
    switch (e.type) {
      case 'Paren':
        stack.push({ e: e.inner, literal });
        break;
      case 'Unary':
        if (typeOf(e.operand, 'data') !== 'boolean')
          return at(
            e.operand,
            `'not' needs a condition (boolean); dhcpd rejects this operand ("boolean expression expected").`,
          );
        stack.push({ e: e.operand, literal: 'data' });
        break;
      case 'Keyword':
        if (
          e.keyword === 'defined' &&
          e.name !== undefined &&
          (NUMBER.test(e.name) || DHCPD_KEYWORDS.has(e.name.toLowerCase()))
        )
          return at(e, `'${excerpt(e.name)}' can't be a variable name (dhcpd rejects a number or a keyword here).`);
        break;
      case 'Call': {
        const p = callProblem(e, stack);
        if (p) return p;
        break;
      }
      case 'Binary': {
        const p = binaryProblem(e, literal);
        if (p) return p;
        // Operands of arithmetic read numbers as numbers; the right one is read first off the stack.
        const arithmetic = ARITHMETIC.has(e.operator);
        stack.push(
          { e: e.right, literal: arithmetic ? 'numeric' : 'data' },
          { e: e.left, literal: arithmetic ? literal : 'data' },
        );
        break;
      }
    }
  }
  return undefined;
}

function binaryProblem(
  e: Extract<Expression, { type: 'Binary' }>,
  literal: 'data' | 'numeric',
): TypeProblem | undefined {
  const op = e.operator;
  const mixed = at(
    e,
    `'${op}' relates ${'{l}'} to ${'{r}'}; dhcpd rejects it ("illegal expression relating different types").`,
  );
  const relate = (l: ExprType, r: ExprType): TypeProblem => ({
    ...mixed,
    message: mixed.message
      .replace('{l}', NAMES[l as Exclude<ExprType, 'any'>])
      .replace('{r}', NAMES[r as Exclude<ExprType, 'any'>]),
  });
  if (op === 'and' || op === 'or') {
    const l = typeOf(e.left, 'data');
    const r = typeOf(e.right, 'data');
    if (l !== 'any' && r !== 'any' && l !== 'boolean' && r !== 'boolean')
      return l === r
        ? at(e, `'${op}' joins conditions; dhcpd rejects ${NAMES[l]} on both sides ("expecting boolean expressions").`)
        : relate(l, r);
    if (l !== 'any' && r !== 'any' && l !== r) return relate(l, r);
  } else if (op === '=' || op === '==' || op === '!=') {
    const l = typeOf(e.left, 'data');
    const r = typeOf(e.right, l === 'numeric' ? 'numeric' : 'data');
    if (l !== 'any' && r !== 'any' && l !== r) return relate(l, r);
    if (r === 'boolean')
      return at(
        e.right,
        `'${op}' compares data or numbers, not conditions; dhcpd rejects this ("expecting data/numeric expression").`,
      );
  } else if (op === '~=' || op === '~~') {
    const l = typeOf(e.left, 'data');
    const r = typeOf(e.right, 'data');
    if (l === 'boolean')
      return r === 'boolean'
        ? at(
            e.left,
            `'${op}' matches data against a regular expression; dhcpd rejects a condition here ("expecting data expression").`,
          )
        : relate(l, r === 'any' ? 'data' : r);
    if (l === 'data' && r === 'boolean') return relate(l, r);
  } else if (ARITHMETIC.has(op)) {
    const l = typeOf(e.left, literal);
    const r = typeOf(e.right, 'numeric');
    if (l === 'boolean' && r !== 'boolean') return relate(l, r === 'any' ? 'numeric' : r);
    if (l !== 'numeric' || r !== 'numeric')
      return at(
        e,
        `'${op}' needs numbers on both sides (a variable, string or condition is not one); dhcpd rejects it ("expecting numeric expressions").`,
      );
  }
  return undefined;
}

/** Checks a call's arguments against its signature; their insides are pushed to `stack`. */
function callProblem(e: Extract<Expression, { type: 'Call' }>, stack: Pending[]): TypeProblem | undefined {
  const signature = FUNCTIONS[e.callee];
  const inside: Pending[] = [];
  for (const [i, arg] of e.args.entries()) {
    const kind: Arg = signature
      ? (signature.args[i] ?? (signature.repeat ? (signature.args.at(-1) ?? 'any') : 'any'))
      : 'any';
    if (kind === 'width') {
      const word = arg.type === 'Literal' && arg.value.type === 'Word' ? arg.value.text : undefined;
      if (word === undefined || !NUMBER.test(word))
        return at(
          arg,
          `${e.callee}() takes the integer width as a plain number 8, 16 or 32 (dhcpd: "number expected.").`,
        );
      if (![8, 16, 32].includes(Number.parseInt(word, 10)))
        return at(
          arg,
          `${e.callee}() supports 8, 16 and 32-bit integers, not ${excerpt(word)} (dhcpd: "unsupported integer size").`,
        );
      continue;
    }
    if (kind === 'command') {
      if (arg.type !== 'Literal' || arg.value.type !== 'String')
        return at(arg, 'execute() takes the command to run in quotes first (dhcpd: "Expecting a quoted string.").');
      continue;
    }
    if (kind === 'hostname') {
      if (arg.type !== 'Literal' || arg.value.type !== 'String')
        return at(arg, 'gethostbyname() takes the host name in quotes, e.g. gethostbyname ("ns1.example.org").');
      continue;
    }
    const t = typeOf(arg, kind === 'numeric' ? 'numeric' : 'data');
    if (kind !== 'any' && t !== 'any' && t !== kind)
      return at(arg, `${e.callee}() expects ${NAMES[kind]} here, found ${NAMES[t]} (dhcpd: "${EXPECTING[kind]}").`);
    inside.push({ e: arg, literal: kind === 'numeric' ? 'numeric' : 'data' });
  }
  stack.push(...inside.reverse());
  return undefined;
}
