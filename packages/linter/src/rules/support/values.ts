// Reading dhcpd values (words and strings) the way several rules need them.
import type { Value } from '@dhcplint/parser';

/** A value's text as written: a word's text, a string with its quotes. */
export const wordText = (v: Value | undefined): string =>
  v?.type === 'Word' ? v.text : v?.type === 'String' ? v.raw : '';

/** A word's IPv4 address as a number, if it is one. */
export const ipv4 = (w: Value | undefined): number | undefined =>
  w?.type === 'Word' && w.literal.kind === 'ipv4' ? w.literal.value : undefined;
