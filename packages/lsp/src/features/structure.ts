// Outline, folding, selection ranges, document links and semantic tokens: views of one file's AST.
import {
  childStatements,
  findNodeAt,
  formatIPv4,
  resolveIncludePath,
  walk,
  type AnyStatement,
  type Span,
} from '@dhcplint/parser';
import type { SourceFile } from '@dhcplint/linter';
import type { Analysis } from '../project.js';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'namespace' | 'module' | 'object' | 'class' | 'interface' | 'key' | 'struct' | 'event';
  span: Span;
  selection: Span;
  children: OutlineSymbol[];
}

function describe(s: AnyStatement): { name: string; detail?: string; kind: OutlineSymbol['kind'] } | undefined {
  switch (s.type) {
    case 'Subnet': {
      const n = s.network?.literal.kind === 'ipv4' ? s.network.literal.value : undefined;
      const m = s.netmask?.literal.kind === 'ipv4' ? s.netmask.literal.value : undefined;
      const inv = m !== undefined ? ~m >>> 0 : 0;
      const prefix =
        m !== undefined && ((inv + 1) & inv) >>> 0 === 0
          ? `/${32 - Math.log2(inv + 1)}`
          : ` netmask ${s.netmask?.text ?? '?'}`;
      return {
        name: `subnet ${n !== undefined ? formatIPv4(n) : (s.network?.text ?? '?')}${prefix}`,
        kind: 'namespace',
      };
    }
    case 'Subnet6':
      return { name: `subnet6 ${s.prefix?.text ?? '?'}`, kind: 'namespace' };
    case 'SharedNetwork':
      return { name: `shared-network ${s.name}`, kind: 'module' };
    case 'Group':
      return { name: `group${s.name ? ` ${s.name}` : ''}`, kind: 'module' };
    case 'Pool': {
      const ref = s.body.body.find((c) => c.type === 'FailoverRef');
      return {
        name: s.v6 ? 'pool6' : 'pool',
        detail: ref && ref.type === 'FailoverRef' ? `failover peer "${ref.name}"` : undefined,
        kind: 'struct',
      };
    }
    case 'Host':
      return { name: `host ${s.name}`, kind: 'object' };
    case 'Class':
      return { name: `class "${s.name}"`, kind: 'class' };
    case 'Subclass':
      return s.body ? { name: `subclass "${s.className}"`, kind: 'class' } : undefined;
    case 'FailoverPeer':
      return { name: `failover peer "${s.name}"`, kind: 'interface' };
    case 'Key':
      return { name: `key ${s.name}`, kind: 'key' };
    case 'Zone':
      return { name: `zone ${s.name}`, kind: 'module' };
    case 'On':
      return { name: `on ${s.events.join(' or ')}`, kind: 'event' };
    default:
      return undefined;
  }
}

/**
 * Deepest symbol nesting in the outline; deeper symbols are listed at this level. The outline is
 * serialised as nested JSON and walked by the client, so its depth must not follow the input.
 */
export const OUTLINE_MAX_DEPTH = 64;

export function outline(file: SourceFile): OutlineSymbol[] {
  const top: OutlineSymbol[] = [];
  // An explicit stack (nesting follows the input): each frame is a statement list, the next
  // statement in it, the symbol list its symbols go to and that list's depth.
  const stack: { list: readonly AnyStatement[]; index: number; out: OutlineSymbol[]; depth: number }[] = [
    { list: file.ast?.body ?? [], index: 0, out: top, depth: 0 },
  ];
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const s = frame.list[frame.index++];
    if (!s) {
      stack.pop();
      continue;
    }
    const children = childStatements(s);
    const d = describe(s);
    if (!d) {
      if (children.length) stack.push({ list: children, index: 0, out: frame.out, depth: frame.depth });
      continue;
    }
    const first = s.words[0];
    const selectionEnd = s.words[s.words.length - 1]?.span.end ?? s.span.end;
    const symbol: OutlineSymbol = {
      ...d,
      span: s.span,
      selection: { start: first?.span.start ?? s.span.start, end: selectionEnd },
      children: [],
    };
    frame.out.push(symbol);
    const deeper = frame.depth + 1 < OUTLINE_MAX_DEPTH;
    if (children.length)
      stack.push({
        list: children,
        index: 0,
        out: deeper ? symbol.children : frame.out,
        depth: deeper ? frame.depth + 1 : frame.depth,
      });
  }
  return top;
}

/** Folding: every block spanning lines, and runs of two or more comment lines. */
export function foldingRanges(file: SourceFile): { startLine: number; endLine: number; kind?: 'comment' }[] {
  const out: { startLine: number; endLine: number; kind?: 'comment' }[] = [];
  if (!file.ast) return out;
  walk(file.ast, {
    enter(s) {
      const body = 'body' in s ? (s.body as { open: Span; close?: Span; span: Span } | undefined) : undefined;
      if (!body) return;
      const start = file.lines.positionAt(s.span.start).line;
      const end = file.lines.positionAt(body.close ? body.close.start : body.span.end).line;
      if (end > start) out.push({ startLine: start, endLine: end - (body.close ? 0 : 0) });
    },
  });
  let runStart = -1;
  let prevLine = -2;
  for (const c of file.ast.comments) {
    const line = file.lines.positionAt(c.start).line;
    if (line !== prevLine + 1) {
      if (runStart >= 0 && prevLine > runStart) out.push({ startLine: runStart, endLine: prevLine, kind: 'comment' });
      runStart = line;
    }
    prevLine = line;
  }
  if (runStart >= 0 && prevLine > runStart) out.push({ startLine: runStart, endLine: prevLine, kind: 'comment' });
  return out;
}

/** Word → statement → enclosing statements → file, for expand/shrink selection. */
export function selectionChain(file: SourceFile, offset: number): Span[] {
  const chain: Span[] = [];
  const path = file.ast ? findNodeAt(file.ast, offset) : undefined;
  if (path) {
    const word = path.node.words.find((w) => offset >= w.span.start && offset <= w.span.end);
    if (word) chain.push(word.span);
    for (const s of [path.node, ...[...path.ancestors].reverse()]) {
      const last = chain.at(-1);
      if (!last || last.start !== s.span.start || last.end !== s.span.end) chain.push(s.span);
    }
  }
  // The client gets the chain as nested JSON (each range's parent): its length must not follow
  // the input's nesting.
  if (chain.length >= OUTLINE_MAX_DEPTH) chain.length = OUTLINE_MAX_DEPTH - 1;
  chain.push({ start: 0, end: file.ast?.source.length ?? 0 });
  return chain;
}

/** `include "…";` targets, resolved the way the analysis resolved them. */
export function documentLinks(file: SourceFile, analysis: Analysis | undefined): { span: Span; target: string }[] {
  const out: { span: Span; target: string }[] = [];
  const server = analysis?.servers.find((s) => s.config.files.some((f) => f.uri === file.uri));
  walk(file.ast ?? [], {
    enter(s) {
      if (s.type !== 'Include' || !s.path) return;
      const known = server?.config.includeTargets.get(s);
      const target = known?.uri ?? resolveIncludePath(s.path.value, file.uri, server?.config.options ?? {});
      out.push({ span: s.path.span, target });
    },
  });
  return out;
}

export const SEMANTIC_TOKEN_TYPES = [
  'keyword',
  'property',
  'string',
  'number',
  'comment',
  'operator',
  'function',
  'variable',
  'class',
] as const;
type TokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** Semantic tokens as absolute spans with a type; the server encodes them relative, line by line. */
export function semanticTokens(file: SourceFile): { span: Span; type: TokenType }[] {
  const out: { span: Span; type: TokenType }[] = [];
  if (!file.ast) return out;
  walk(file.ast, {
    enter(s) {
      const keywordCount =
        s.type === 'Parameter'
          ? s.name.split(' ').length
          : s.type === 'FailoverPeer' || s.type === 'FailoverRef'
            ? 2
            : 1;
      const nameNode = 'nameNode' in s ? (s.nameNode as { span: Span } | undefined) : undefined;
      s.words.forEach((w, i) => {
        let type: TokenType | undefined;
        if (i < keywordCount && w.type === 'Word') type = 'keyword';
        else if (s.type === 'Option' && w === s.nameNode) type = 'property';
        else if (nameNode && w === nameNode) type = s.type === 'Class' || s.type === 'Subclass' ? 'class' : 'variable';
        else if (w.type === 'String') type = 'string';
        else if (w.type === 'Word' && w.literal.kind !== 'name') type = 'number';
        else if (w.type === 'Punct' && w.text !== ',') type = 'operator';
        if (type) out.push({ span: w.span, type });
      });
    },
  });
  for (const c of file.ast.comments) out.push({ span: c, type: 'comment' });
  return out.sort((a, b) => a.span.start - b.span.start);
}
