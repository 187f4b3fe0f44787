import { describe, expect, it } from 'vitest';
import { expectDefined } from '@dhcplint/parser/internal';

describe('expectDefined', () => {
  it('returns the value, falsy ones included: only undefined breaks the invariant', () => {
    expect(expectDefined(0, 'a count')).toBe(0);
    expect(expectDefined('', 'a text')).toBe('');
    expect(expectDefined(null, 'a slot')).toBeNull();
    const list = [1, 2, 3];
    expect(expectDefined(list.at(-1), 'the list is not empty')).toBe(3);
  });

  it('throws an error that names the invariant and says it is an internal one', () => {
    const empty: number[] = [];
    expect(() => expectDefined(empty.at(-1), 'the stack holds the file frame')).toThrow(
      'dhcplint internal error: the stack holds the file frame',
    );
  });
});
