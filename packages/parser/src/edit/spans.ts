// Spans after edits. Every span is an offset into `ast.source`, the text that was parsed; the edit
// API changes the tree, not that text, so after an edit the spans no longer describe `print(ast)`.
// Shifting them on every edit would need the printer's layout decisions at edit time; instead each
// file carries an edit stamp, stale use can be detected (`assertSpansCurrent` throws), and
// `refresh` gives a tree parsed from the printed text, whose spans are right again.
import type * as N from '../ast/nodes.js';
import type { AnyStatement } from '../ast/walk.js';
import { walk } from '../ast/walk.js';
import { rootOf } from '../ast/parents.js';
import { parse, type ParseOptions, type ParseResult } from '../parse.js';
import { print } from '../print/printer.js';

/** Edits recorded per file by the edit API. */
const stamps = new WeakMap<N.ConfigFile, number>();
/** Bumped by every edit anywhere: a file found clean stays known clean only until the next edit. */
let editsAnywhere = 0;
const cleanAt = new WeakMap<N.ConfigFile, number>();
/** Blocks and statements the edit API changed, for files it could not name at the time. */
const edited = new WeakSet<object>();

/**
 * Records an edit of `node` (the statement changed, or the file or block whose list changed). Its
 * file is stamped when the parent index knows it; otherwise `spansAreCurrent` finds the node later.
 */
export function noteEdit(node: N.ConfigFile | N.Block | AnyStatement): void {
  editsAnywhere++;
  const file = node.type === 'ConfigFile' ? node : rootOf(node);
  if (file) stamps.set(file, (stamps.get(file) ?? 0) + 1);
  else edited.add(node);
}

/** One walk over a file for traces of edits its stamp may have missed. */
function hasEditedNode(file: N.ConfigFile): boolean {
  let found = false;
  walk(file, {
    enter(s) {
      const block = 'body' in s ? (s.body as N.Block | undefined) : undefined;
      if (s.dirty || edited.has(s) || (block && edited.has(block))) found = true;
      return !found;
    },
  });
  return found;
}

/**
 * True while `file`'s spans still point into `file.source` correctly: no statement was inserted,
 * removed, replaced or changed through the edit API. Constant time after the first call, until
 * the next edit. (Changes made to the tree without the edit API are not seen.)
 */
export function spansAreCurrent(file: N.ConfigFile): boolean {
  if (stamps.get(file)) return false;
  if (cleanAt.get(file) === editsAnywhere) return true;
  if (hasEditedNode(file)) {
    stamps.set(file, 1);
    return false;
  }
  cleanAt.set(file, editsAnywhere);
  return true;
}

/**
 * How many edits `file` has had since it was parsed: 0 while its spans are current, else at least
 * 1. Every edit through a function given the file (insertStatement into the file, removeStatement,
 * replaceStatement, renameFailoverPeer, addHost) counts; one given only a statement or block
 * counts when the parent index knows its file, and otherwise is still seen (the tree is stale).
 */
export function editVersion(file: N.ConfigFile): number {
  return spansAreCurrent(file) ? 0 : (stamps.get(file) ?? 1);
}

/** Thrown by `assertSpansCurrent` for an edited tree. */
export class StaleSpansError extends Error {
  constructor(readonly uri: string) {
    super(`The tree of ${uri} was edited: its spans refer to the text before the edits. Use refresh(ast) for a tree whose spans match print(ast).`);
    this.name = 'StaleSpansError';
  }
}

/** Throws a StaleSpansError when `file` has been edited (see spansAreCurrent). */
export function assertSpansCurrent(file: N.ConfigFile): void {
  if (!spansAreCurrent(file)) throw new StaleSpansError(file.uri);
}

/**
 * The edited tree parsed again from its printed text: every span of the result is right for
 * `result.ast.source` (which equals `print(file)`). The old tree is left as it is. A tree whose
 * spans are current is parsed again too (callers need not check first).
 */
export function refresh(file: N.ConfigFile, options: Omit<ParseOptions, 'uri' | 'previous'> = {}): ParseResult {
  return parse(print(file), { ...options, uri: file.uri });
}
