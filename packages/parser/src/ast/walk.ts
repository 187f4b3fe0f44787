import type * as N from './nodes.js';
import { expectDefined } from '../invariant.js';

export type AnyStatement = N.Statement | N.ElseClause;

/** Where a statement sits: its ancestors from the file down to its parent. */
export interface NodePath {
  node: AnyStatement;
  /** Ancestor statements, outermost first (empty at the top level). */
  ancestors: AnyStatement[];
}

export interface Visitor {
  /** Called for every statement before its children; return false to skip the children. */
  enter?(node: AnyStatement, ancestors: readonly AnyStatement[]): void | boolean;
  leave?(node: AnyStatement, ancestors: readonly AnyStatement[]): void;
}

const NO_CHILDREN: readonly AnyStatement[] = Object.freeze([]);

/**
 * Child statements of a statement, in source order (if-chains include their branches' bodies).
 * The result may be the node's own list: read it, do not change it. (Walks call this for every
 * statement, so it allocates only for if-chains.)
 */
export function childStatements(s: AnyStatement): readonly AnyStatement[] {
  const body = 'body' in s && s.body ? (s.body as N.Block).body : undefined;
  if (s.type !== 'If') return body ?? NO_CHILDREN;
  const out: AnyStatement[] = [...(body ?? [])];
  for (const e of s.elsif) out.push(e);
  if (s.else) out.push(s.else);
  return out;
}

/**
 * Depth-first walk over every statement of a file or of a statement list. Iterative (nesting
 * follows the input): one frame per open statement, its children and the next one to visit.
 */
export function walk(root: N.ConfigFile | readonly AnyStatement[], visitor: Visitor): void {
  // ancestors[k] owns frames[k + 1]: the root's list has no owner.
  const ancestors: AnyStatement[] = [];
  const frames: { list: readonly AnyStatement[]; next: number }[] = [
    { list: Array.isArray(root) ? root : (root as N.ConfigFile).body, next: 0 },
  ];
  const { enter, leave } = visitor;
  for (let frame = frames[0]; frame; frame = frames.at(-1)) {
    const s = frame.list[frame.next];
    if (s) {
      frame.next++;
      if (enter?.call(visitor, s, ancestors) !== false) {
        const children = childStatements(s);
        if (children.length > 0) {
          ancestors.push(s);
          frames.push({ list: children, next: 0 });
          continue;
        }
      }
      leave?.call(visitor, s, ancestors);
      continue;
    }
    frames.pop();
    const owner = ancestors.pop();
    if (owner) leave?.call(visitor, owner, ancestors);
  }
}

/** Every statement of a given type, in source order. */
export function findAll<T extends AnyStatement['type']>(
  root: N.ConfigFile | readonly AnyStatement[],
  type: T,
): Extract<AnyStatement, { type: T }>[] {
  const out: Extract<AnyStatement, { type: T }>[] = [];
  walk(root, {
    enter(s) {
      if (s.type === type) out.push(s as Extract<AnyStatement, { type: T }>);
    },
  });
  return out;
}

/** The innermost statement whose span contains `offset`, with its ancestors. */
export function findNodeAt(file: N.ConfigFile, offset: number): NodePath | undefined {
  let list: readonly AnyStatement[] = file.body;
  const ancestors: AnyStatement[] = [];
  let found: AnyStatement | undefined;
  for (;;) {
    const hit = binarySearch(list, offset);
    if (!hit) break;
    if (found) ancestors.push(found);
    found = hit;
    list = childStatements(hit);
  }
  return found ? { node: found, ancestors } : undefined;
}

function binarySearch(list: readonly AnyStatement[], offset: number): AnyStatement | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = expectDefined(list[mid], 'a binary search probes inside the list');
    if (offset < s.span.start) hi = mid - 1;
    else if (offset > s.span.end) lo = mid + 1;
    else {
      // Prefer a later sibling that starts exactly here (end of one touches start of next).
      const next = list[mid + 1];
      if (next && offset >= next.span.start && offset <= next.span.end) return next;
      return s;
    }
  }
  return undefined;
}

/** The word (value) at an offset inside a statement, if any. */
export function wordAt(s: AnyStatement, offset: number): N.Value | undefined {
  for (const w of s.words) if (offset >= w.span.start && offset <= w.span.end) return w;
  return undefined;
}

/** The context name (for spec lookups) of the block a statement's children live in. */
export function contextOf(s: AnyStatement | undefined): import('../spec/statements.js').Context {
  if (!s) return 'global';
  switch (s.type) {
    case 'Subnet':
      return 'subnet';
    case 'Subnet6':
      return 'subnet6';
    case 'SharedNetwork':
      return 'shared-network';
    case 'Group':
      return 'group';
    case 'Host':
      return 'host';
    case 'Pool':
      return s.v6 ? 'pool6' : 'pool';
    case 'Class':
    case 'Subclass':
      return 'class';
    case 'FailoverPeer':
      return 'failover-peer';
    case 'Key':
      return 'key';
    case 'Zone':
      return 'zone';
    case 'If':
    case 'Else':
    case 'Switch': // dhcpd reads a switch's statements as it reads an if's
      return 'if';
    case 'On':
      return 'on';
    default:
      return 'global';
  }
}
