/**
 * Whether Chevrotain checks a grammar when it is built (ambiguities, duplicate occurrences, left
 * recursion). The checks cost start-up on every run and find only mistakes in the grammar itself,
 * so they run in the test suite (vitest sets NODE_ENV=test) or when DHCPLINT_CHECK_GRAMMAR=1.
 */
export function grammarValidations(): boolean {
  if (typeof process === 'undefined') return false;
  return process.env.NODE_ENV === 'test' || process.env.DHCPLINT_CHECK_GRAMMAR === '1';
}
