import { describe, expect, it } from 'vitest';
import { contextAllows, contextOf, parse, statementSpec, STATEMENTS } from '@dhcplint/parser';

// Hover and completion read the statement table: switch and its labels must be in it, the
// labels offered only where a switch's statements go (contextOf gives 'if' for a switch body).
describe('switch, case and default in the statement table', () => {
  it('has an entry for each, with a description', () => {
    for (const name of ['switch', 'case', 'default']) expect(statementSpec(name)?.description, name).toMatch(/\w/);
  });

  it('offers the labels inside a switch block and not at the top level', () => {
    const { ast } = parse('switch (option host-name) {\n  case "a":\n    default-lease-time 60;\n}\n');
    const inSwitch = contextOf(ast.body[0] as never);
    const labels = STATEMENTS.filter((s) => s.name === 'case' || s.name === 'default');
    expect(labels.map((s) => s.name).sort()).toEqual(['case', 'default']);
    for (const spec of labels) {
      expect(contextAllows(spec, inSwitch)).toBe(true);
      expect(contextAllows(spec, 'global')).toBe(false);
      expect(contextAllows(spec, 'subnet')).toBe(false);
    }
    expect(contextAllows(statementSpec('switch')!, 'subnet')).toBe(true);
  });
});
