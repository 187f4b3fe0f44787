// A file as the tools around the parser see it: its name, its line index for positions, and its
// tree when it is a dhcpd config. The linter's rules, the language server and the parser's own
// include loader all pass files around in this shape, so it is defined once, here.
import type { ConfigFile } from './ast/nodes.js';
import type { ParseResult } from './parse.js';
import { LineIndex } from './text/line-index.js';

export interface SourceFile {
  uri: string;
  /** Absent for files that are not dhcpd configs (netplan YAML, /etc/default/isc-dhcp-server). */
  ast?: ConfigFile;
  lines: LineIndex;
}

/** The SourceFile of a parsed dhcpd config (its uri is the one given to `parse`). */
export function sourceFileOf(result: Pick<ParseResult, 'ast' | 'lines'>): SourceFile {
  return { uri: result.ast.uri, ast: result.ast, lines: result.lines };
}

/** A SourceFile for text that is not a dhcpd config: positions only, no tree. */
export function textSourceFile(uri: string, text: string): SourceFile {
  return { uri, lines: new LineIndex(text) };
}
