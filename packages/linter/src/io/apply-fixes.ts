// `--fix` as a library procedure: fixes are applied once per real file, to the exact text the
// linter checked, and written only when the file still holds that text and the result parses no
// worse than before.
import { statSync } from 'node:fs';
import { applyTextEdits, parse } from '@dhcplint/parser';
import type { Server } from '../engine.js';
import type { Diagnostic, Fix } from '../types.js';
import { replaceFileText } from './replace-text.js';

export interface FixFilesOptions {
  /** Called for each file after its new text is computed, just before it is re-read and written (tests edit the file here). */
  beforeWrite?: (path: string) => void;
}

export interface FileFixResult {
  /** The name the file was fixed under: the first of its names that had fixes. */
  path: string;
  /** Its other names; their diagnostics were not used (same text, same fixes). */
  aliases: string[];
  /** Fixes in the written text (0 when nothing was written). */
  applied: number;
  /** Why the file was left alone; absent when it was written or had nothing to fix. */
  refused?: string;
}

/**
 * Applies non-overlapping fixes of one file's diagnostics (the parser's applyTextEdits does the
 * text work); later overlapping fixes wait for the next run. The same fix reported twice (one file
 * checked as part of two servers) is applied once: an insertion would otherwise go in twice.
 */
export function applyFixes(text: string, diags: readonly Diagnostic[]): { text: string; applied: number } {
  return applyTextEdits(
    text,
    uniqueFixes(diags).map((f) => ({ span: f.span, newText: f.text })),
  );
}

function uniqueFixes(diags: readonly Diagnostic[]): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const d of diags) {
    if (!d.fix) continue;
    const key = `${d.fix.span.start}:${d.fix.span.end}:${d.fix.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d.fix);
  }
  return out;
}

/** The text each file of the servers had when it was linted (the text every fix offset refers to). */
export function lintedTexts(servers: readonly Server[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of servers) for (const f of s.config.files) if (f.ast) texts.set(f.uri, f.ast.source);
  return texts;
}

interface RealFile {
  path: string;
  aliases: string[];
  diagnostics: Diagnostic[];
  problem?: string;
}

/** Applies the diagnostics' fixes, file by file, to `texts` (see lintedTexts) and writes the results. */
export function fixFiles(
  diagnostics: readonly Diagnostic[],
  texts: ReadonlyMap<string, string>,
  options: FixFilesOptions = {},
): FileFixResult[] {
  return groupByRealFile(diagnostics).map((file) => ({
    path: file.path,
    aliases: file.aliases,
    ...fixOne(file, texts, options),
  }));
}

/**
 * Diagnostics with fixes by real file (device and inode, which also joins hard links), each file
 * under the first name it was reported under, with that name's diagnostics only: the offsets of
 * every name refer to the same text, and merging two sets would apply each fix twice.
 */
function groupByRealFile(diagnostics: readonly Diagnostic[]): RealFile[] {
  const byName = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const list = byName.get(d.uri);
    if (list) list.push(d);
    else byName.set(d.uri, [d]);
  }
  const byInode = new Map<string, RealFile>();
  const files: RealFile[] = [];
  for (const [name, list] of byName) {
    let key: string;
    try {
      const st = statSync(name);
      key = `${st.dev}:${st.ino}`;
    } catch (e) {
      files.push({
        path: name,
        aliases: [],
        diagnostics: list,
        problem: `cannot read it again (${(e as Error).message})`,
      });
      continue;
    }
    const known = byInode.get(key);
    if (known) known.aliases.push(name);
    else {
      const file: RealFile = { path: name, aliases: [], diagnostics: list };
      byInode.set(key, file);
      files.push(file);
    }
  }
  return files;
}

function fixOne(
  file: RealFile,
  texts: ReadonlyMap<string, string>,
  options: FixFilesOptions,
): { applied: number; refused?: string } {
  const refuse = (why: string) => ({ applied: 0, refused: `${why}; not fixed` });
  if (file.problem) return refuse(file.problem);
  const linted = texts.get(file.path);
  // Fixes are only ever offered in dhcpd configs; anything else has no text to apply them to.
  if (linted === undefined) return refuse('not a checked dhcpd config');
  // Two names read at different moments with different texts: the file changed during the run.
  if (file.aliases.some((a) => texts.has(a) && texts.get(a) !== linted)) return refuse('changed since it was checked');
  const { text, applied } = applyFixes(linted, file.diagnostics);
  if (!applied || text === linted) return { applied: 0 };
  const added = addedSyntaxErrors(linted, text);
  if (added.length) return refuse(`the fixes would add a syntax error (${added[0]})`);
  options.beforeWrite?.(file.path);
  const why = replaceFileText(file.path, linted, text);
  return why ? refuse(why) : { applied };
}

/** Parse errors of `after` that `before` does not have, compared by code and message (positions move with the fixes). */
export function addedSyntaxErrors(before: string, after: string): string[] {
  const left = new Map<string, number>();
  const key = (e: { code: string; message: string }) => `${e.code}\0${e.message}`;
  for (const e of parse(before, { attachComments: false }).errors) left.set(key(e), (left.get(key(e)) ?? 0) + 1);
  const added: string[] = [];
  for (const e of parse(after, { attachComments: false }).errors) {
    const n = left.get(key(e)) ?? 0;
    if (n > 0) left.set(key(e), n - 1);
    else added.push(e.message);
  }
  return added;
}
