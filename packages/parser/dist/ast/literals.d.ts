import type { Literal } from './nodes.js';
/** Classifies a bare word by its spelling, the way dhcpd's parser would read it in a value position. */
export declare function classifyWord(text: string): Literal;
/** Dotted-quad to uint32, or undefined. */
export declare function parseIPv4(text: string): number | undefined;
export declare function formatIPv4(v: number): string;
/** True for an IPv6 address, optionally with a /prefix suffix. */
export declare function isIPv6(text: string): boolean;
/** Decodes a dhcpd string literal (with quotes) the way conflex.c does: \n \t \r \b \\ \" octal and \x hex. */
export declare function decodeString(raw: string): string;
/** Encodes a JS string as a dhcpd string literal. */
export declare function quoteString(value: string): string;
//# sourceMappingURL=literals.d.ts.map