// Moves already-built statements by a number of characters: after an edit, the incremental
// parser keeps every statement the edit did not touch and shifts the ones after it.
// Each span object in a tree is owned by exactly one node (expressions copy their words' spans),
// so walking the owners below shifts every offset exactly once.
import type * as N from './nodes.js';
import type { AnyStatement } from './walk.js';
import { WordNode } from './build.js';

function shiftSpan(span: N.NodeBase['span'], delta: number): void {
  span.start += delta;
  span.end += delta;
}

function shiftValue(v: N.Value, delta: number): void {
  if (v instanceof WordNode) v.shiftBy(delta);
  else shiftSpan(v.span, delta);
}

/** Shifts an expression tree. Operator chains make trees as deep as they are long: no recursion. */
function shiftExpression(root: N.Expression | undefined, delta: number): void {
  if (!root) return;
  const todo: N.Expression[] = [root];
  for (let e = todo.pop(); e !== undefined; e = todo.pop()) {
    shiftSpan(e.span, delta);
    switch (e.type) {
      case 'Call':
        for (const a of e.args) todo.push(a);
        break;
      case 'Unary':
        todo.push(e.operand);
        break;
      case 'Binary':
        todo.push(e.left, e.right);
        break;
      case 'Paren':
        todo.push(e.inner);
        break;
      case 'Keyword':
        if (e.arg) todo.push(e.arg);
        break;
      // Literal's value is one of the statement's words, shifted with them.
    }
  }
}

/** The value of the rightmost literal of an expression (where a case label's ':' attaches). */
function lastLiteral(root: N.Expression): N.Value | undefined {
  for (let e: N.Expression | undefined = root; e; ) {
    if (e.type === 'Literal') return e.value;
    e = e.type === 'Binary' ? e.right : e.type === 'Unary' ? e.operand : e.type === 'Paren' ? e.inner : undefined;
  }
  return undefined;
}

/** Shifts a statement, its words, expressions and nested blocks by `delta` characters. */
export function shiftStatement(root: AnyStatement, delta: number): void {
  // An explicit stack of statements still to shift: nesting follows the input.
  const todo: AnyStatement[] = [root];
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    shiftSpan(s.span, delta);
    if (s.semicolon) shiftSpan(s.semicolon, delta);
    for (const w of s.words) shiftValue(w, delta);
    // Typed fields such as `network` or `nameNode` are the same objects as entries of `words`.
    const node = s as { body?: N.Block; expression?: N.Expression; key?: N.Expression };
    const b = node.body;
    if (b) {
      shiftSpan(b.span, delta);
      shiftSpan(b.open, delta);
      if (b.close) shiftSpan(b.close, delta);
      for (const c of b.body) todo.push(c);
    }
    shiftExpression(node.expression, delta);
    shiftExpression(node.key, delta);
    // A case value written with the label's ':' attached (`case 1:`) is a word of its own.
    if (s.type === 'Case' && s.expression) {
      const last = lastLiteral(s.expression);
      if (last && !s.words.includes(last)) shiftValue(last, delta);
    }
    if (s.type === 'If') {
      shiftExpression(s.condition, delta);
      for (const e of s.elsif) todo.push(e);
      if (s.else) todo.push(s.else);
    }
  }
}
