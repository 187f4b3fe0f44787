import type * as N from '../ast/nodes.js';
import { renderStatement, renderWords } from './render.js';

/**
 * Lossless printer. Untouched statements are copied from the source byte for byte (with the
 * whitespace and comments around them); statements marked `dirty` or created by the builders are
 * regenerated in the indentation of their neighbours. So `print(parse(x).ast) === x`, and a
 * one-statement edit changes one statement's lines.
 */
export function print(file: N.ConfigFile): string {
  const p = new Printer(file);
  return p.file();
}

/** A statement list being printed (see Printer.body). */
interface BodyFrame {
  list: N.Statement[];
  index: number;
  bodyStart: number;
  contentEnd: number;
  bodyEnd: number;
  indent: string;
  lastEnd: number;
  /** Output parts before this list: the list's own output is empty while there are no more. */
  partsBefore: number;
  /** Source after the statement being printed, [tailStart, tailEnd), added once it is done. */
  tailStart: number;
  tailEnd: number;
}

/** Work still to do, last first: source text to copy, a statement list, or a statement. */
type Task = string | BodyFrame | { statement: N.Statement | N.ElseClause; indent: string };

class Printer {
  private readonly src: string;
  private readonly out = new Output();
  // Nesting follows the input, so the printer keeps its own stack instead of recursing.
  private readonly tasks: Task[] = [];
  constructor(private readonly f: N.ConfigFile) {
    this.src = f.source;
  }

  file(): string {
    const start = this.f.bom ? 1 : 0;
    if (this.f.bom) this.out.add('\ufeff');
    this.tasks.push(this.body(this.f.body, start, this.f.contentEnd ?? start, this.src.length, ''));
    for (let task = this.tasks.pop(); task !== undefined; task = this.tasks.pop()) {
      if (typeof task === 'string') this.out.add(task);
      else if ('list' in task) this.continueBody(task);
      else this.statement(task.statement, task.indent);
    }
    return this.out.text();
  }

  /** A statement list whose original text spanned [bodyStart, contentEnd) then trivia up to bodyEnd. */
  private body(
    list: N.Statement[],
    bodyStart: number,
    contentEnd: number,
    bodyEnd: number,
    parentIndent: string,
  ): BodyFrame {
    const indent = this.indentOf(list, parentIndent);
    return {
      list,
      index: 0,
      bodyStart,
      contentEnd,
      bodyEnd,
      indent,
      lastEnd: bodyStart,
      partsBefore: -1,
      tailStart: 0,
      tailEnd: -1,
    };
  }

  /** Prints a list's statements until one needs its own tasks (then resumes after them). */
  private continueBody(b: BodyFrame): void {
    const out = this.out;
    if (b.partsBefore < 0) b.partsBefore = out.count;
    if (b.tailEnd >= 0) {
      out.add(this.src.slice(b.tailStart, b.tailEnd));
      b.lastEnd = b.tailEnd;
      b.tailEnd = -1;
    }
    const { list, indent, bodyStart } = b;
    for (let s = list[b.index]; s; s = list[b.index]) {
      b.index++;
      const empty = out.count === b.partsBefore;
      if (!s.layout || s.span.start < 0) {
        // A new statement: on a line of its own after what precedes it.
        if (empty && b.lastEnd === bodyStart && bodyStart > 0 && !isNewline(this.src.charCodeAt(bodyStart - 1)))
          out.add(this.f.eol);
        else if (!empty && !out.endsWithNewline) out.add(this.f.eol);
        out.add(
          `${this.leading(s, indent)}${indent}${renderStatement(s, indent, this.unit(), this.f.eol)}${s.trailingComment ? ` ${s.trailingComment.text}` : ''}${this.f.eol}`,
        );
        continue;
      }
      const { gap, end } = s.layout;
      if (!empty && !out.endsWithNewline && gap !== b.lastEnd) out.add(this.f.eol);
      out.add(this.src.slice(gap, s.span.start));
      if (this.statement(s, indent)) {
        // The statement left tasks: this list resumes (with the statement's tail) after them.
        b.tailStart = s.span.end;
        b.tailEnd = end;
        this.tasks.splice(this.tasks.length - this.pushed, 0, b);
        return;
      }
      out.add(this.src.slice(s.span.end, end));
      b.lastEnd = end;
    }
    if (
      out.count !== b.partsBefore &&
      !out.endsWithNewline &&
      b.contentEnd !== b.lastEnd &&
      this.src.slice(b.contentEnd, b.bodyEnd).trim() !== ''
    )
      out.add(this.f.eol);
    out.add(this.src.slice(b.contentEnd, b.bodyEnd));
  }

  /** How many tasks the last statement() call pushed. */
  private pushed = 0;

  /**
   * Prints a statement: directly when it has no block, else its text up to the block and, as
   * tasks, the rest. Returns whether it pushed tasks (their number is in `pushed`).
   */
  private statement(s: N.Statement | N.ElseClause, indent: string): boolean {
    const out = this.out;
    const block = 'body' in s ? (s.body as N.Block | undefined) : undefined;
    const originalBlock = block && block.span.start >= 0 && block.span.end > block.span.start;
    this.pushed = 0;
    if (s.dirty && !originalBlock) {
      out.add(renderStatement(s, indent, this.unit(), this.f.eol));
      return false;
    }
    const later: Task[] = [];
    if (s.dirty && originalBlock) {
      // A renamed/edited declaration: regenerate its head, keep its block as written.
      const head = renderWords(s.words);
      const bodyEnd = block.close ? block.close.start : block.span.end;
      out.add(`${head}${head ? ' ' : ''}{`);
      later.push(this.body(block.body, block.open.end, block.contentEnd ?? block.open.end, bodyEnd, indent));
      later.push(this.src.slice(bodyEnd, s.type === 'If' ? block.span.end : s.span.end));
      return this.schedule(later);
    }
    if (!block || block.span.end <= block.span.start) {
      if (s.type !== 'If') {
        out.add(this.src.slice(s.span.start, s.span.end));
        return false;
      }
    }
    let pos = s.span.start;
    if (block && block.span.end > block.span.start) {
      out.add(this.src.slice(s.span.start, block.open.end));
      const bodyEnd = block.close ? block.close.start : block.span.end;
      later.push(this.body(block.body, block.open.end, block.contentEnd ?? block.open.end, bodyEnd, indent));
      const blockEnd = block.close ? block.close.end : block.span.end;
      later.push(this.src.slice(bodyEnd, blockEnd));
      pos = blockEnd;
    }
    if (s.type === 'If') {
      const branches = s.else ? [...s.elsif, s.else] : s.elsif;
      for (const branch of branches) {
        later.push(this.src.slice(pos, branch.span.start));
        later.push({ statement: branch, indent });
        pos = branch.span.end;
      }
    }
    later.push(this.src.slice(pos, s.span.end));
    return this.schedule(later);
  }

  /** Pushes tasks to run in the given order. */
  private schedule(later: Task[]): boolean {
    this.pushed = later.length;
    for (const task of later.reverse()) this.tasks.push(task); // a stack: the first task goes on top
    return true;
  }

  private leading(s: N.Statement, indent: string): string {
    return (s.leadingComments ?? []).map((c) => `${indent}${c.text}${this.f.eol}`).join('');
  }

  /** Indentation of the first original statement in a list, else one unit deeper than the parent. */
  private indentOf(list: N.Statement[], parentIndent: string): string {
    for (const s of list) {
      if (s.layout && s.span.start >= 0) {
        // Back over blanks only: a statement that does not start its line has no indentation of
        // its own, and scanning the whole line would cost its length at every nesting level.
        let lineStart = s.span.start;
        while (lineStart > 0 && isBlank(this.src.charCodeAt(lineStart - 1))) lineStart--;
        if (lineStart === 0 || isNewline(this.src.charCodeAt(lineStart - 1)))
          return this.src.slice(lineStart, s.span.start);
        break;
      }
    }
    return parentIndent + this.unit();
  }

  private unitCache?: string;
  /** The file's indentation unit: its first indented line's leading whitespace, else two spaces. */
  private unit(): string {
    if (this.unitCache !== undefined) return this.unitCache;
    const m = /^([ \t]+)\S/m.exec(this.src);
    this.unitCache = m?.[1] ?? '  ';
    return this.unitCache;
  }
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** An append-only list of string parts that knows whether its text ends with a line break. */
class Output {
  private readonly parts: string[] = [];
  private last = -1;
  /** Parts added so far (empty parts are not added). */
  get count(): number {
    return this.parts.length;
  }
  get endsWithNewline(): boolean {
    return isNewline(this.last);
  }
  add(part: string): void {
    if (part.length === 0) return;
    this.parts.push(part);
    this.last = part.charCodeAt(part.length - 1);
  }
  text(): string {
    return this.parts.join('');
  }
}
