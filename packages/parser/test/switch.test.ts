import { describe, expect, it } from 'vitest';
import { childStatements, contextOf, findAll, format, parse, print, walk, type AnyStatement } from '@dhcplint/parser';
import { renderStatement } from '../src/print/render.js';
import { errorsOf } from './helpers.js';

const SWITCH = `switch (option host-name) {
  case "a":
  case "b" :
    set kind = "ab";
  default:
    if exists user-class { log (info, "u"); }
}
switch (extract-int (option dhcp-message-type, 8)) {
  case 1:
    log (info, "discover");
  default :
    log (info, "other");
}
`;

describe('switch / case / default (dhcpd parse_switch_statement)', () => {
  it('parses a switch into a typed node whose block holds its labels and statements', () => {
    const r = parse(SWITCH);
    expect(r.errors).toEqual([]);
    const [first, second] = r.ast.body;
    expect(first!.type).toBe('Switch');
    if (first!.type !== 'Switch' || second!.type !== 'Switch') throw new Error('not a switch');
    expect(first.expression).toMatchObject({ type: 'OptionRef', name: 'host-name' });
    expect(first.body.body.map((s) => s.type)).toEqual(['Case', 'Case', 'Exec', 'Case', 'If']);
    const labels = first.body.body.filter((s) => s.type === 'Case');
    expect(
      labels.map((s) =>
        s.type === 'Case'
          ? [
              s.isDefault,
              s.expression?.type === 'Literal' && s.expression.value.type === 'String'
                ? s.expression.value.value
                : undefined,
            ]
          : [],
      ),
    ).toEqual([
      [false, 'a'],
      [false, 'b'],
      [true, undefined],
    ]);
    // `case 1:`: the label's ':' is not part of the value.
    const one = second.body.body[0]!;
    expect(
      one.type === 'Case' && one.expression?.type === 'Literal' && one.expression.value.type === 'Word'
        ? one.expression.value.text
        : undefined,
    ).toBe('1');
    expect(second.body.body.map((s) => s.type)).toEqual(['Case', 'Exec', 'Case', 'Exec']);
  });

  it('walks into the switch, whose statements are read in the if context', () => {
    const r = parse(SWITCH);
    const seen: string[] = [];
    walk(r.ast, { enter: (s: AnyStatement, ancestors) => void seen.push(`${ancestors.length}:${s.type}`) });
    expect(seen.slice(0, 7)).toEqual(['0:Switch', '1:Case', '1:Case', '1:Exec', '1:Case', '1:If', '2:Exec']);
    const sw = r.ast.body[0]!;
    expect(childStatements(sw)).toHaveLength(5);
    expect(contextOf(sw)).toBe('if');
    expect(findAll(r.ast, 'Case')).toHaveLength(5);
  });

  it('prints losslessly, and a regenerated label has no semicolon', () => {
    const r = parse(SWITCH);
    expect(print(r.ast)).toBe(SWITCH);
    const label = findAll(r.ast, 'Case')[0]!;
    expect(renderStatement(label, '', '  ', '\n')).toBe('case "a":');
  });

  it('formats a label like a statement: its colon tight, the next statement on a line of its own', () => {
    const messy = 'switch (option host-name) {\ncase "a" :   set x = 1;\n      default:\nlog (info, "b");\n}\n';
    const formatted = 'switch (option host-name) {\n  case "a":\n  set x = 1;\n  default:\n  log (info, "b");\n}\n';
    expect(format(messy)).toBe(formatted);
    expect(format(formatted)).toBe(formatted);
  });

  it('keeps `default NAME value;` an option statement', () => {
    const r = parse('default domain-name "example.com";\n');
    expect(r.errors).toEqual([]);
    expect(r.ast.body[0]).toMatchObject({ type: 'Option', keyword: 'default', name: 'domain-name' });
  });

  it('reports what dhcpd refuses, on dhcpd’s line', () => {
    expect(errorsOf('case "a":\n')).toEqual(['1:1 bad-statement-form']);
    expect(errorsOf('default:\n')).toEqual(['1:1 bad-statement-form']);
    expect(errorsOf('switch (option host-name) {\n  if known { case "a": }\n}\n')).toEqual(['2:14 bad-statement-form']);
    expect(errorsOf('switch option host-name {\n}\n')).toEqual(['1:8 bad-statement-form']);
    expect(errorsOf('switch () {\n}\n')).toEqual(['1:8 bad-expression']);
    expect(errorsOf('switch (option host-name {\n}\n')).toEqual(['1:25 missing-argument']);
    expect(errorsOf('switch (option host-name) {\n  case :\n}\n')).toEqual(['2:8 bad-expression']);
    expect(errorsOf('switch (option host-name) {\n  case "a" log (info, "a");\n}\n')).toEqual([
      '2:12 bad-statement-form',
    ]);
    expect(errorsOf('switch (option host-name) {\n  case 7:\n    log (info, "7");\n}\n')).toEqual([
      '2:3 bad-expression',
    ]);
    // On a numeric switch a number is the natural case value.
    expect(errorsOf('switch (lease-time) {\n  case 7:\n    log (info, "7");\n}\n')).toEqual([]);
  });

  it('takes a label at the end of the block without asking for a semicolon', () => {
    expect(errorsOf('switch (option host-name) {\n  case "a":\n}\n')).toEqual([]);
  });

  it('refuses a default label that ends the block (dhcpd 4.4.3 crashes on it)', () => {
    expect(errorsOf('switch (option host-name) {\n  case "a":\n    set x = 1;\n  default:\n}\n')).toEqual([
      '4:3 bad-statement-form',
    ]);
    expect(errorsOf('switch (option host-name) {\n  default:\n    set x = 1;\n}\n')).toEqual([]);
  });
});
