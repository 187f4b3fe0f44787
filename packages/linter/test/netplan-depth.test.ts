// A netplan file can be as hostile as a config: the YAML library recurses per nesting level, so
// a deep file is reported and not parsed, long before the stack runs out.
import { describe, expect, it } from 'vitest';
import { deepestNesting, MAX_YAML_NESTING } from '../src/model/host-context.js';
import { loadHostContext, memoryFs } from '@dhcplint/linter';

const netplan =
  'network:\n  version: 2\n  ethernets:\n    eth0:\n      addresses: [10.0.0.1/24]\n      nameservers: { addresses: [10.0.0.53] }\n';

describe('netplan nesting depth', () => {
  it('accepts real netplan files, brackets inside quotes and comments', () => {
    expect(deepestNesting(netplan)).toBeUndefined();
    expect(deepestNesting(`a: "${'['.repeat(1000)}"\nb: 'x' # ${'{'.repeat(1000)}\n`)).toBeUndefined();
  });

  it('finds flow brackets, sequence markers and indentation deeper than the limit', () => {
    const n = MAX_YAML_NESTING + 1;
    expect(deepestNesting('['.repeat(n))).toBeDefined();
    expect(deepestNesting('['.repeat(MAX_YAML_NESTING - 2))).toBeUndefined();
    expect(deepestNesting(`${'- '.repeat(n)}x`)).toBeDefined();
    expect(deepestNesting(Array.from({ length: n + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'))).toBeDefined();
    expect(
      deepestNesting(Array.from({ length: MAX_YAML_NESTING - 2 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')),
    ).toBeUndefined();
  });

  it('reports a 100,000-deep netplan file as one problem instead of overflowing the stack', () => {
    for (const text of ['['.repeat(100_000), `${'- '.repeat(100_000)}x`, `${'{a: '.repeat(100_000)}`]) {
      const ctx = loadHostContext({ netplan: ['/np.yaml'] }, memoryFs({ '/np.yaml': text }));
      expect(ctx?.problems.map((p) => p.message)).toEqual([
        `Netplan YAML nested deeper than ${MAX_YAML_NESTING} levels; not read.`,
      ]);
    }
  });
});
