// The one way to state that an indexed or looked-up value is there because an invariant of the code
// says so (`noUncheckedIndexedAccess` cannot know it): a failure names the invariant that broke,
// where a non-null assertion (`!`) would let `undefined` travel on and fail somewhere else.

/**
 * Returns `value`, or throws saying which invariant promised it (a bug in dhcplint, never a problem
 * in the input), e.g. `expectDefined(stack.at(-1), 'the frame stack always holds the file frame')`.
 */
export function expectDefined<T>(value: T | undefined, invariant: string): T {
  if (value === undefined) throw new Error(`dhcplint internal error: ${invariant}`);
  return value;
}
