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
/**
 * Edits whose file could not be named at the time (a statement of a file whose links are not
 * recorded): a file is known clean only while this count is what it was when the file was found
 * clean, and while it is 0 no file needs a look at all.
 */
let unattributed = 0;
const cleanAt = new WeakMap<N.ConfigFile, number>();
/** The blocks and statements of those edits, which a look at a file finds. */
const edited = new WeakSet<object>();

/**
 * Records an edit of `node` (the statement changed, or the file or block whose list changed). Its
 * file is stamped when the parent index knows it; otherwise `spansAreCurrent` finds the node later.
 */
export function noteEdit(node: N.ConfigFile | N.Block | AnyStatement): void {
  const file = rootOf(node);
  if (file) stamps.set(file, (stamps.get(file) ?? 0) + 1);
  else {
    unattributed++;
    edited.add(node);
  }
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
 * removed, replaced or changed through the edit API. Constant time, except for one walk over the
 * file after an edit whose file the edit API could not name. (Changes made to the tree without the
 * edit API are not seen.)
 */
export function spansAreCurrent(file: N.ConfigFile): boolean {
  if (stamps.get(file)) return false;
  if (unattributed === 0 || cleanAt.get(file) === unattributed) return true;
  if (hasEditedNode(file)) {
    stamps.set(file, 1);
    return false;
  }
  cleanAt.set(file, unattributed);
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
    super(
      `The tree of ${uri} was edited: its spans refer to the text before the edits. Use refresh(ast) for a tree whose spans match print(ast).`,
    );
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
