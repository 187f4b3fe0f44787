/**
 * Escapes inside a quoted string as dhcpd's lexer (conflex.c, read_string) reads them: `\x`
 * takes exactly two hex digits and `\0`–`\7` start exactly three octal digits; anything else
 * after a backslash stands for itself. dhcpd refuses the file at the first bad digit.
 */
export interface EscapeProblem {
  message: string;
  start: number;
  end: number;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isOctal = (c: number): boolean => c >= 48 && c <= 55;

/** Checks text[from, to) (a string's contents, without its quotes). */
export function stringEscapeProblem(text: string, from: number, to: number): EscapeProblem | undefined {
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i + 1);
    if (c === 120 /* x */) {
      for (let k = i + 2; k < i + 4; k++) {
        // The closing quote counts as a digit position: dhcpd reads it, then refuses it.
        if (!isHex(text.charCodeAt(k)))
          return {
            message: `'\\x' needs two hex digits; dhcpd rejects ${describe(text, k, to)} here ("invalid hex digit").`,
            start: i,
            end: Math.min(k + 1, to),
          };
      }
      i += 4;
    } else if (isOctal(c)) {
      for (let k = i + 2; k < i + 4; k++) {
        if (!isOctal(text.charCodeAt(k)))
          return {
            message: `An octal escape needs three digits 0–7; dhcpd rejects ${describe(text, k, to)} here ("invalid octal digit").`,
            start: i,
            end: Math.min(k + 1, to),
          };
      }
      i += 4;
    } else i += 2;
  }
  return undefined;
}

function describe(text: string, k: number, to: number): string {
  return k >= to ? 'the end of the string' : `'${text[k]}'`;
}
