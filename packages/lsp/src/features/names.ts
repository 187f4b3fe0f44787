// Named entities (failover peers, classes, hosts, keys) and every place they are written,
// across all files of the analysis: the shared basis of definition, references and rename.
import { walk, type AnyStatement, type Span, type Value } from '@dhcplint/parser';
import type { SourceFile } from '@dhcplint/linter';

export type NameKind = 'failover peer' | 'class' | 'host' | 'key';

export interface Occurrence {
  kind: NameKind;
  name: string;
  file: SourceFile;
  /** The name as written, quotes included. */
  span: Span;
  /** The span of the name itself (inside the quotes): what rename replaces. */
  nameSpan: Span;
  definition: boolean;
}

function nameSpanOf(v: Value): Span {
  return v.type === 'String' && v.raw.length >= 2 ? { start: v.span.start + 1, end: v.span.end - 1 } : v.span;
}

/** Occurrences in one statement (not its children). */
export function occurrencesIn(s: AnyStatement, file: SourceFile): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (kind: NameKind, name: string, v: Value | undefined, definition: boolean) => {
    if (v && name) out.push({ kind, name, file, span: v.span, nameSpan: nameSpanOf(v), definition });
  };
  switch (s.type) {
    case 'FailoverPeer':
      add('failover peer', s.name, s.nameNode, true);
      break;
    case 'FailoverRef':
      add('failover peer', s.name, s.nameNode, false);
      break;
    case 'Class':
      add('class', s.name, s.nameNode, true);
      break;
    case 'Subclass':
      add('class', s.className, s.classNode, false);
      break;
    case 'AllowDeny':
      if (s.what === 'members of' && s.arg && s.arg.type === 'String') add('class', s.arg.value, s.arg, false);
      break;
    case 'Host':
      add('host', s.name, s.nameNode, true);
      break;
    case 'Key':
      add('key', s.name, s.nameNode, true);
      break;
    case 'Parameter':
      // `key NAME;` inside a zone, and `ddns-update … key` style references.
      if (s.name === 'key' && s.args[0])
        add(
          'key',
          s.args[0].type === 'String' ? s.args[0].value : s.args[0].type === 'Word' ? s.args[0].text : '',
          s.args[0],
          false,
        );
      break;
  }
  return out;
}

export function occurrencesOfFile(file: SourceFile): Occurrence[] {
  const out: Occurrence[] = [];
  if (file.ast)
    walk(file.ast, {
      enter: (s) => {
        for (const o of occurrencesIn(s, file)) out.push(o);
      },
    });
  return out;
}

/** The occurrence under the cursor, if any. */
export function occurrenceAt(file: SourceFile, offset: number): Occurrence | undefined {
  return occurrencesOfFile(file).find((o) => offset >= o.span.start && offset <= o.span.end);
}
