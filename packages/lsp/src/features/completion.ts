// Completion from the cursor's block context and the words already typed on the statement.
import {
  contextAllows,
  EXPRESSION_FUNCTIONS,
  EXPRESSION_KEYWORDS,
  findNodeAt,
  OPTIONS,
  optionSpec,
  PERMITS,
  STATEMENTS,
  contextOf,
  type AnyStatement,
  type Context,
} from '@dhcplint/parser';
import type { SourceFile } from '@dhcplint/linter';
import type { Analysis } from '../project.js';

export interface CompletionEntry {
  label: string;
  kind: 'keyword' | 'option' | 'reference' | 'function' | 'value';
  detail?: string;
  documentation?: string;
  insertText?: string;
}

const OPTION_VERBS = new Set(['option', 'supersede', 'default', 'prepend', 'append']);
const EXPRESSION_HEADS = new Set(['if', 'elsif', 'match', 'set', 'eval', 'log', 'execute', 'spawn', 'return']);

/** The block the offset is in: the innermost statement whose `{ … }` contains it. */
export function blockContextAt(file: SourceFile, offset: number): { context: Context; owner?: AnyStatement } {
  const path = file.ast ? findNodeAt(file.ast, offset) : undefined;
  if (!path) return { context: 'global' };
  const chain = [...path.ancestors, path.node];
  for (const s of chain.reverse()) {
    const body =
      'body' in s
        ? (s.body as { open: { end: number }; close?: { start: number }; span: { end: number } } | undefined)
        : undefined;
    if (body && offset >= body.open.end && offset <= (body.close ? body.close.start : body.span.end))
      return { context: contextOf(s), owner: s };
  }
  return { context: 'global' };
}

export function completionsAt(file: SourceFile, offset: number, analysis: Analysis | undefined): CompletionEntry[] {
  const text = file.ast?.source ?? '';
  // The statement typed so far: back to the previous ';', '{' or '}' on this statement.
  let i = offset;
  while (i > 0 && !';{}'.includes(text.charAt(i - 1))) i--;
  const typed = text.slice(i, offset).replace(/#[^\n]*/g, ' ');
  const words = typed.trimStart().split(/\s+/);
  const { context } = blockContextAt(file, offset);
  const head = words[0]?.toLowerCase() ?? '';

  const second = words[1];
  if (second === undefined) return statementCompletions(context);
  if (OPTION_VERBS.has(head) && words.length === 2) {
    return OPTIONS.filter((o) => o.space === 'dhcp' || second.includes('.')).map((o) => ({
      label: o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`,
      kind: 'option' as const,
      detail: `${o.code !== null ? `code ${o.code}: ` : ''}${o.syntax}`,
    }));
  }
  if (OPTION_VERBS.has(head) && words.length >= 3) {
    const name = second;
    const dot = name.indexOf('.');
    const spec = dot > 0 ? optionSpec(name.slice(0, dot), name.slice(dot + 1)) : optionSpec('dhcp', name);
    if (spec) {
      if (spec.atoms[0] === 'flag' || spec.atoms[0] === 'boolean')
        return ['true', 'false'].map((v) => ({ label: v, kind: 'value' as const }));
      return [{ label: spec.syntax, kind: 'value', detail: `value of option ${spec.name}`, insertText: '' }];
    }
  }
  if (head === 'failover' && (words[1] === 'peer' || words.length === 2)) {
    const names = new Set<string>();
    for (const s of analysis?.servers ?? []) for (const n of s.facts.peers.keys()) names.add(n);
    return [...names].map((n) => ({
      label: `"${n}"`,
      kind: 'reference' as const,
      detail: 'failover peer',
      insertText: words.length === 2 ? `peer "${n}";` : `"${n}";`,
    }));
  }
  if ((head === 'allow' || head === 'deny' || head === 'ignore') && words.length === 2) {
    return PERMITS.filter((p) => context === 'pool' || !p.inPool).map((p) => ({
      label: p.what,
      kind: 'keyword' as const,
      detail: p.description,
    }));
  }
  if ((head === 'allow' || head === 'deny') && /members\s+of\s+"?[^"]*$/.test(typed)) {
    return classNames(file, analysis).map((n) => ({ label: `"${n}"`, kind: 'reference' as const, detail: 'class' }));
  }
  if (EXPRESSION_HEADS.has(head) || (head === 'option' && typed.includes('='))) {
    return [
      ...Object.entries(EXPRESSION_FUNCTIONS).map(([name, [, , doc]]) => ({
        label: name,
        kind: 'function' as const,
        documentation: doc,
      })),
      ...Object.entries(EXPRESSION_KEYWORDS).map(([name, doc]) => ({
        label: name,
        kind: 'keyword' as const,
        documentation: doc,
      })),
    ];
  }
  return [];
}

function statementCompletions(context: Context): CompletionEntry[] {
  const seen = new Set<string>();
  const out: CompletionEntry[] = [];
  for (const spec of STATEMENTS) {
    if (!contextAllows(spec, context) || seen.has(spec.name)) continue;
    seen.add(spec.name);
    out.push({
      label: spec.name,
      kind: 'keyword',
      detail: spec.args && spec.args !== 'none' ? spec.args : undefined,
      documentation: spec.description,
    });
  }
  if (context !== 'failover-peer' && context !== 'key' && context !== 'zone')
    out.push({
      label: 'option',
      kind: 'keyword',
      detail: 'NAME VALUE',
      documentation: 'Sets a DHCP option sent to clients in this scope.',
    });
  return out;
}

function classNames(file: SourceFile, analysis: Analysis | undefined): string[] {
  const names = new Set<string>();
  const files = analysis ? [...analysis.files.values()] : [file];
  for (const f of files) {
    for (const s of f.ast?.body ?? []) if (s.type === 'Class') names.add(s.name);
  }
  return [...names];
}
