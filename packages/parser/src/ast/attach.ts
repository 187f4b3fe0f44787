import type * as N from './nodes.js';
import { expectDefined } from '../invariant.js';

/**
 * Attaches comments to statements (Prettier's model: an end-of-line comment trails the statement
 * on its line, an own-line comment leads the next statement, the rest dangle in the block) and
 * records each statement's layout extent for the lossless printer.
 */
export function attachComments(file: N.ConfigFile): void {
  const { source, comments } = file;
  let ci = 0;

  const sameLine = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13) return false;
    }
    return true;
  };

  // One frame per open block on an explicit stack (nesting follows the input, so no recursion);
  // frames are reused by depth.
  const frames: AttachFrame[] = [];
  let depth = 0;
  let f = attachFrame(frames, 0, file.body, file.bom ? 1 : 0, source.length, undefined);
  for (;;) {
    const s = f.current;
    if (s) {
      // The statement's blocks in source order (its own, then its elsif/else branches').
      const block = blockOf(s, f.stage++);
      if (block !== undefined) {
        if (block)
          f = attachFrame(
            frames,
            ++depth,
            block.body,
            block.open.end,
            block.close ? block.close.start : block.span.end,
            block,
          );
        continue;
      }
      // Comments between the words of a statement stay unattached; the printer keeps them anyway.
      while ((comments[ci]?.start ?? Infinity) < s.span.end) ci++;
      f.prev = s;
      f.current = undefined;
      continue;
    }
    const next = f.body[f.index];
    if (next) {
      f.index++;
      const prev = f.prev;
      let leading: N.Comment[] | undefined;
      for (let c = comments[ci]; c && c.start < next.span.start; c = comments[++ci]) {
        if (c.start < f.bodyStart) continue;
        if (prev && !prev.trailingComment && !leading && sameLine(prev.span.end, c.start)) prev.trailingComment = c;
        else (leading ??= []).push(c);
      }
      if (leading) next.leadingComments = leading;
      f.current = next;
      f.stage = 0;
      continue;
    }
    const prev = f.prev;
    let dangling: N.Comment[] | undefined;
    for (let c = comments[ci]; c && c.start < f.bodyEnd; c = comments[++ci]) {
      if (prev && !prev.trailingComment && !dangling && sameLine(prev.span.end, c.start)) prev.trailingComment = c;
      else (dangling ??= []).push(c);
    }
    const contentEnd = computeLayout(f.body, f.bodyStart, source);
    const owner: { danglingComments?: N.Comment[]; contentEnd?: number } = f.owner ?? file;
    if (dangling) owner.danglingComments = dangling;
    owner.contentEnd = contentEnd;
    f.owner = undefined;
    f.prev = undefined;
    if (depth === 0) return;
    f = expectDefined(frames[--depth], 'an open block has its parent frame below it');
  }
}

/** A block's statements being attached: where it is, what came last, which statement is open. */
interface AttachFrame {
  body: N.Statement[];
  index: number;
  bodyStart: number;
  bodyEnd: number;
  prev: N.Statement | undefined;
  owner: N.Block | undefined;
  /** The statement whose blocks are being visited, and the next of them (see blockOf). */
  current: N.Statement | undefined;
  stage: number;
}

function attachFrame(
  frames: AttachFrame[],
  depth: number,
  body: N.Statement[],
  bodyStart: number,
  bodyEnd: number,
  owner: N.Block | undefined,
): AttachFrame {
  const f = (frames[depth] ??= {
    body,
    index: 0,
    bodyStart,
    bodyEnd,
    prev: undefined,
    owner,
    current: undefined,
    stage: 0,
  });
  f.body = body;
  f.index = 0;
  f.bodyStart = bodyStart;
  f.bodyEnd = bodyEnd;
  f.prev = undefined;
  f.owner = owner;
  f.current = undefined;
  f.stage = 0;
  return f;
}

/**
 * The stage-th block of a statement in source order: its own block, then each elsif's, then the
 * else's. null for a stage without a block (an elsif that lost it), undefined past the last.
 */
function blockOf(s: N.Statement | N.ElseClause, stage: number): N.Block | null | undefined {
  if (stage === 0) return 'body' in s && s.body ? (s.body as N.Block) : null;
  if (s.type !== 'If') return undefined;
  const elsif = s.elsif[stage - 1];
  if (elsif) return elsif.body ?? null;
  if (stage === s.elsif.length + 1 && s.else) return s.else.body;
  return undefined;
}

/** Fills `layout` and `blankLinesBefore` for each statement; returns the end of the last extent. */
function computeLayout(body: N.Statement[], bodyStart: number, source: string): number {
  let cursor = bodyStart;
  for (const s of body) {
    let start = s.leadingComments?.[0]?.start ?? s.span.start;
    // Take in the indentation before the statement when only whitespace precedes it on its line.
    let i = start;
    while (i > cursor) {
      const c = source.charCodeAt(i - 1);
      if (c === 32 || c === 9) i--;
      else break;
    }
    if (i === cursor || source.charCodeAt(i - 1) === 10 || source.charCodeAt(i - 1) === 13) start = i;
    let end = s.trailingComment ? s.trailingComment.end : s.span.end;
    let j = end;
    while (j < source.length && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++;
    if (source.charCodeAt(j) === 13 && source.charCodeAt(j + 1) === 10) end = j + 2;
    else if (source.charCodeAt(j) === 10 || source.charCodeAt(j) === 13) end = j + 1;
    let newlines = 0;
    for (let k = cursor; k < start; k++) if (source.charCodeAt(k) === 10) newlines++;
    if (newlines > 0) s.blankLinesBefore = Math.min(newlines, 2);
    s.layout = { gap: cursor, start, end };
    cursor = end;
  }
  return cursor;
}
