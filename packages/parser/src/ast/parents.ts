// Parent links, kept beside the tree: AST nodes are plain JSON-like data without back references,
// so finding the block that holds a statement used to take a walk over the whole file. The index
// is built lazily, once per file, on the first question; the edit API keeps it up to date as it
// inserts, removes and replaces statements. Any answer is checked against the tree before it is
// given, and a file changed behind the index's back (a body array edited directly) is indexed again.
import type * as N from './nodes.js';
import type { AnyStatement } from './walk.js';

/** What holds a statement in its body: a file or a block. */
export type Container = N.ConfigFile | N.Block;

type Up = N.ConfigFile | N.Block | AnyStatement;

/**
 * One link per node, pointing up: a statement to the file or block whose body lists it, a block to
 * its statement, an if's `elsif`/`else` branch to the if. Weak, so trees are freed as usual, and
 * shared by all files (a statement reused by an incremental parse is re-linked to its new file).
 */
const up = new WeakMap<object, Up>();
const indexed = new WeakSet<N.ConfigFile>();

function blockOf(s: AnyStatement): N.Block | undefined {
  return 'body' in s ? (s.body as N.Block | undefined) : undefined;
}

/** Links `statements` (held by `container`) and everything below them. Iterative: nesting follows the input. */
function linkAll(container: Container, statements: readonly AnyStatement[]): void {
  const todo: [Up, AnyStatement][] = [];
  for (const s of statements) todo.push([container, s]);
  for (let item = todo.pop(); item !== undefined; item = todo.pop()) {
    const [parent, s] = item;
    up.set(s, parent);
    const block = blockOf(s);
    if (block) {
      up.set(block, s);
      for (const c of block.body) todo.push([block, c]);
    }
    if (s.type === 'If') {
      for (const e of s.elsif) todo.push([s, e]);
      if (s.else) todo.push([s, s.else]);
    }
  }
}

/** Indexes (or re-indexes) every statement of a file. */
export function indexParents(file: N.ConfigFile): void {
  linkAll(file, file.body);
  indexed.add(file);
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
 * The file a node belongs to according to the links, without checking them (the edit API uses it
 * to stamp the file an edit changed). Undefined when the node's file has never been indexed.
 */
export function rootOf(node: N.ConfigFile | N.Block | AnyStatement): N.ConfigFile | undefined {
  let n: Up | undefined = node;
  while (n && n.type !== 'ConfigFile') n = up.get(n);
  return n;
}

/** True when `parent` (a file, block or if) really holds `child` right now. */
function holds(parent: Up, child: object): boolean {
  if (parent.type === 'ConfigFile' || parent.type === 'Block') return (parent.body as readonly object[]).includes(child);
  if (blockOf(parent) === child) return true;
  return parent.type === 'If' && (parent.elsif.includes(child as N.IfStatement) || parent.else === child);
}

/** The container the links give for `target`, if every link on the way up to `file` still holds. */
function checkedContainer(file: N.ConfigFile, target: N.Statement): Container | undefined {
  const first = up.get(target);
  if (!first || (first.type !== 'Block' && first.type !== 'ConfigFile') || !holds(first, target)) return undefined;
  if (first.type === 'ConfigFile') return first === file ? first : undefined;
  let child: object = first;
  for (let parent = up.get(first); parent; child = parent, parent = up.get(parent)) {
    if (!holds(parent, child)) return undefined;
    if (parent.type === 'ConfigFile') return parent === file ? first : undefined;
  }
  return undefined;
}

/** The block (or file) whose body holds `target`; undefined when `target` is not in `file`. */
export function containerOf(file: N.ConfigFile, target: N.Statement): Container | undefined {
  if (!indexed.has(file)) indexParents(file);
  const found = checkedContainer(file, target);
  if (found) return found;
  // Not where the index says: the tree was changed without the edit API, or the statement is not
  // in this file. One fresh index settles it (a miss costs one walk, as it always did).
  indexParents(file);
  return checkedContainer(file, target);
}

/** The statement whose block holds `target` (undefined at the top level or when not in `file`). */
export function parentStatementOf(file: N.ConfigFile, target: N.Statement): AnyStatement | undefined {
  const c = containerOf(file, target);
  if (!c || c.type === 'ConfigFile') return undefined;
  const owner = up.get(c);
  return owner && owner.type !== 'ConfigFile' && owner.type !== 'Block' ? owner : undefined;
}
