// The last step of every rewrite (`--fix`, `fmt --write`): the file must still hold the text the
// new text was computed from, be one name of its inode, and take the new text in its own encoding.
import { readFileSync, statSync } from 'node:fs';
import { decodeConfigBytes, encodeConfigText } from './encoding.js';
import { writeFileAtomic } from './write.js';

/**
 * Replaces the text of the file at `path` by `next`, provided the file still decodes to
 * `expected`. Returns why nothing was written, or undefined when the new bytes are in place.
 */
export function replaceFileText(path: string, expected: string, next: string): string | undefined {
  let bytes: Buffer;
  let links: number;
  try {
    bytes = readFileSync(path);
    links = statSync(path).nlink;
  } catch (e) {
    return `cannot read it again (${(e as Error).message})`;
  }
  const now = decodeConfigBytes(bytes);
  if (now.text !== expected) return 'changed since it was checked';
  // A rename gives this name a new inode: the other names would keep the old content.
  if (links > 1) return `has ${links} hard links, and replacing it would split them`;
  // Lossless by construction (io/encoding.ts); checked because a wrong byte here is unrecoverable.
  if (!encodeConfigText(now.text, now.encoding)?.equals(bytes)) return `its ${now.encoding} bytes do not round-trip`;
  const out = encodeConfigText(next, now.encoding);
  if (!out) return `the new text has characters ${now.encoding === 'latin1' ? 'Latin-1' : now.encoding} cannot carry`;
  try {
    writeFileAtomic(path, out);
  } catch (e) {
    const cause = (e as Error).cause;
    return `cannot write it (${cause instanceof Error ? cause.message : (e as Error).message})`;
  }
  return undefined;
}
