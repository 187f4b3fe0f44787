import { describe, expect, it } from 'vitest';
import { b } from '@dhcplint/parser';

describe('option builders given more values than the fixed part of the format takes', () => {
  it("say there are too many values (slp-directory-agent's boolean is one value, not a list)", () => {
    // The array's two values both fill the boolean slot: the second has no atom to be checked against.
    expect(() => b.option('slp-directory-agent', [true, false], '10.0.0.1')).toThrow(
      new TypeError("Option 'slp-directory-agent' expects boolean ip-address [, ip-address... ]; too many values."),
    );
  });

  it('still build the option when the fixed part and the list are given as they should be', () => {
    const built = b.option('slp-directory-agent', true, '10.0.0.1', '10.0.0.2');
    expect(built.values.map((v) => (v.type === 'String' ? v.raw : v.text))).toEqual([
      'true',
      '10.0.0.1',
      ',',
      '10.0.0.2',
    ]);
  });
});
