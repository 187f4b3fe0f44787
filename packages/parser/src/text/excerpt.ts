/** Longest piece of input text a message quotes. */
export const EXCERPT_LENGTH = 40;

/**
 * The text as a message may quote it: at most EXCERPT_LENGTH characters, then '…'. Messages end
 * up in terminals, CI annotations and SARIF uploads, so a 1 MB token must not travel whole (and
 * a file read by mistake must not be echoed). A surrogate pair is never cut in half.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
