// Finding the block that holds a statement. AST nodes are plain JSON-like data without back
// references, so this used to take a walk over the whole file per edit. Now a parsed statement is
// found by its position (a binary search per level, as findNodeAt does), and a statement the edit
// API built or moved through the parent links the edit API records as it inserts and replaces.
// Every answer is checked against the tree itself. Only when neither finds the statement is the
// file searched (one walk, as before); when the search finds it (the tree was changed without the
// edit API), the whole file's links are recorded so that the next lookups are quick again.
import type * as N from './nodes.js';
import { expectDefined } from '../invariant.js';
import { walk, type AnyStatement } from './walk.js';

/** What holds a statement in its body: a file or a block. */
export type Container = N.ConfigFile | N.Block;

type Up = N.ConfigFile | N.Block | AnyStatement;

/**
 * One link per node, pointing up: a statement to the file or block whose body lists it, a block to
 * its statement, an if's `elsif`/`else` branch to the if. Weak, so trees are freed as usual, and
 * shared by all files (a statement reused by an incremental parse is re-linked to its new file).
 */
const up = new WeakMap<object, Up>();

function blockOf(s: AnyStatement): N.Block | undefined {
  return 'body' in s ? (s.body as N.Block | undefined) : undefined;
}

/** Links `statements` (held by `container`) and everything below them. Iterative: nesting follows the input. */
function linkAll(container: Container, statements: readonly AnyStatement[]): void {
  // Two parallel stacks (statement, what holds it) rather than a pair per statement: large files
  // have hundreds of thousands of statements.
  const todo: AnyStatement[] = [];
  const holders: Up[] = [];
  for (const s of statements) {
    todo.push(s);
    holders.push(container);
  }
  for (
    let s = todo.pop(), holder = holders.pop();
    s !== undefined && holder !== undefined;
    s = todo.pop(), holder = holders.pop()
  ) {
    up.set(s, holder);
    const block = blockOf(s);
    if (block) {
      up.set(block, s);
      for (const c of block.body) {
        todo.push(c);
        holders.push(block);
      }
    }
    if (s.type === 'If') {
      for (const e of s.elsif) {
        todo.push(e);
        holders.push(s);
      }
      if (s.else) {
        todo.push(s.else);
        holders.push(s);
      }
    }
  }
}

/** Indexes (or re-indexes) every statement of a file. */
export function indexParents(file: N.ConfigFile): void {
  linkAll(file, file.body);
}

/** Records that `statement` (and its subtree) now sits in `container`'s body. */
export function linkStatement(container: Container, statement: AnyStatement): void {
  linkAll(container, [statement]);
}

/** Records that `owner` holds `block` (a statement given as the target of an insertion). */
export function linkBlock(owner: AnyStatement, block: N.Block): void {
  up.set(block, owner);
}

/** Forgets where `statement` was (it was removed or replaced). */
export function unlinkStatement(statement: AnyStatement): void {
  up.delete(statement);
}

/**
 * The file a node belongs to, by its links, checked all the way up (the edit API stamps that file
 * as edited). Undefined when the links do not reach a file that still holds the node.
 */
export function rootOf(node: N.ConfigFile | N.Block | AnyStatement): N.ConfigFile | undefined {
  let child: N.ConfigFile | N.Block | AnyStatement = node;
  for (;;) {
    if (child.type === 'ConfigFile') return child;
    const parent = up.get(child);
    if (!parent || !holds(parent, child)) return undefined;
    child = parent;
  }
}

/**
 * Where `child` is in `list`, or -1. Parsed statements keep their source order, so a binary search
 * on their start offsets finds them without a scan of a long list; statements the edit API added
 * (no position, or moved) are found by the scan that follows a miss.
 */
export function indexIn(list: readonly object[], child: AnyStatement): number {
  const at = child.span.start;
  if (at >= 0) {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = (list[mid] as AnyStatement).span.start;
      if (start < at) lo = mid + 1;
      else if (start > at) hi = mid - 1;
      else {
        if (list[mid] === child) return mid;
        break;
      }
    }
  }
  return list.indexOf(child);
}

/** True when `parent` (a file, block or statement) really holds `child` right now. */
function holds(parent: Up, child: N.Block | AnyStatement): boolean {
  if (parent.type === 'ConfigFile' || parent.type === 'Block')
    return child.type !== 'Block' && indexIn(parent.body, child) >= 0;
  if (blockOf(parent) === child) return true;
  return parent.type === 'If' && (parent.elsif.includes(child as N.IfStatement) || parent.else === child);
}

/** Where a statement is: the list holding it, its index there, and the statement owning that list (none at the top level). */
export interface Place {
  container: Container;
  index: number;
  owner?: AnyStatement;
}

function ownerOf(container: Container): AnyStatement | undefined {
  const owner = container.type === 'Block' ? up.get(container) : undefined;
  return owner && owner.type !== 'ConfigFile' && owner.type !== 'Block' ? owner : undefined;
}

/** Where the links put `target`, if every link on the way up to `file` still holds. */
function checkedPlace(file: N.ConfigFile, target: N.Statement): Place | undefined {
  const first = up.get(target);
  if (!first || (first.type !== 'Block' && first.type !== 'ConfigFile')) return undefined;
  const index = indexIn(first.body, target);
  if (index < 0) return undefined;
  const place: Place = { container: first, index, owner: ownerOf(first) };
  if (first.type === 'ConfigFile') return first === file ? place : undefined;
  let child: N.Block | AnyStatement = first;
  for (;;) {
    const parent = up.get(child);
    // A parsed statement above the linked ones (its file not indexed yet) is checked by position.
    if (!parent)
      return child.type !== 'Block' && child.type !== 'Else' && placeByPosition(file, child) ? place : undefined;
    if (!holds(parent, child)) return undefined;
    if (parent.type === 'ConfigFile') return parent === file ? place : undefined;
    child = parent;
  }
}

/** The container holding `target` by a search of the whole file (the slow path). */
function searchContainer(file: N.ConfigFile, target: N.Statement): Container | undefined {
  if (file.body.includes(target)) return file;
  let found: N.Block | undefined;
  walk(file, {
    enter(s) {
      if (found) return false;
      const block = blockOf(s);
      if (block?.body.includes(target)) found = block;
      return undefined;
    },
  });
  return found;
}

function within(outer: N.NodeBase, inner: N.NodeBase): boolean {
  return outer.span.start >= 0 && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}

/** The last statement of `list` starting at or before `at` (parsed statements are in source order). */
function lastStartingBy(list: readonly AnyStatement[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (expectDefined(list[mid], 'a binary search probes inside the list').span.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Finds a parsed statement by its position, from the top of the file down, as findNodeAt does:
 * no index needed, a binary search per level. Every step follows the tree's own lists, so a hit
 * is exact; a statement without a position (built), or moved by an edit, is a miss.
 */
function placeByPosition(file: N.ConfigFile, target: N.Statement): Place | undefined {
  if (target.span.start < 0) return undefined;
  let container: Container = file;
  let owner: AnyStatement | undefined;
  for (let depth = 0; depth < 1_000_000; depth++) {
    const index = lastStartingBy(container.body, target.span.start);
    let s: AnyStatement | undefined = container.body[index];
    if (!s) return undefined;
    if (s === target) return { container, index, owner };
    // Down into the statement holding the target: its block, or an if's elsif/else branch.
    let next: N.Block | undefined;
    while (s && !next) {
      if (!within(s, target)) return undefined;
      const block = blockOf(s);
      if (block && within(block, target)) {
        next = block;
        owner = s;
      } else if (s.type === 'If')
        s = s.elsif.find((e) => within(e, target)) ?? (s.else && within(s.else, target) ? s.else : undefined);
      else return undefined;
    }
    if (!next) return undefined;
    container = next;
  }
  return undefined;
}

/**
 * Where `target` is in `file`: its container and its index there. Undefined when it is not in
 * the file. The edit API uses the index to change the list without another scan.
 */
export function locate(file: N.ConfigFile, target: N.Statement): Place | undefined {
  // Statements the edit API placed are found through their links, parsed ones by position: no
  // index needed.
  const place = (up.has(target) ? checkedPlace(file, target) : undefined) ?? placeByPosition(file, target);
  if (place) return place;
  // Neither: the statement is not in this file, or the tree was changed without the edit API (a
  // body array edited directly). A search settles it (a miss costs one walk, as it always did); a
  // hit means the links are missing or out of date, so the file is indexed for the next lookups.
  const container = searchContainer(file, target);
  if (!container) return undefined;
  indexParents(file);
  return { container, index: container.body.indexOf(target), owner: ownerOf(container) };
}

/** The block (or file) whose body holds `target`; undefined when `target` is not in `file`. */
export function containerOf(file: N.ConfigFile, target: N.Statement): Container | undefined {
  return locate(file, target)?.container;
}

/** The statement whose block holds `target` (undefined at the top level or when not in `file`). */
export function parentStatementOf(file: N.ConfigFile, target: N.Statement): AnyStatement | undefined {
  return locate(file, target)?.owner;
}
