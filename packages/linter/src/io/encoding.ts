// How a config file's bytes become text and back, losslessly. dhcpd reads bytes and accepts
// Latin-1 in comments and strings, so a file that is not valid UTF-8 must survive a fix or a
// format untouched outside the fixed spans: such a file is decoded as Latin-1 (one character per
// byte) and encoded the same way, which maps every byte sequence to itself.
import { createHash } from 'node:crypto';

export type ConfigEncoding = 'utf8' | 'latin1';

export interface DecodedText {
  text: string;
  encoding: ConfigEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text of a file's bytes: UTF-8 when the bytes are valid UTF-8 (a BOM is kept as U+FEFF), else Latin-1. */
export function decodeConfigBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
      encoding: 'latin1',
    };
  }
}

/**
 * Bytes of a text in the encoding it was read with, or undefined when the text holds a character
 * that encoding cannot carry (a fix inserting non-Latin-1 text into a Latin-1 file): writing it
 * would change bytes nobody asked to change.
 */
export function encodeConfigText(text: string, encoding: ConfigEncoding): Buffer | undefined {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return undefined;
  return Buffer.from(text, 'latin1');
}

/** A content hash, to tell whether a file changed between reading and writing it. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
