import { describe, expect, it } from 'vitest';
import { parse } from '@dhcplint/parser';

// dhcpd 4.4.3 skips a statement that starts with '%' without a word: up to the first ';' outside
// braces, or a '}' that closes its own '{' or has none, which it eats (fidelity fixtures
// percent-*.conf check dhcpd's side). Inside a bare '{' dhcpd skips the whole block instead.
const codes = (text: string) => parse(text).errors.map((e) => e.code);

describe("statements starting with '%'", () => {
  it('are skipped with what follows up to the next semicolon, without an error', () => {
    const { ast, errors } = parse('%x\nauthoritative;\ndefault-lease-time 600;\n');
    expect(errors).toEqual([]);
    expect(ast.body).toHaveLength(2);
    expect(ast.body[0]!.span).toEqual({ start: 0, end: 17 });
  });

  it('keep a {…} group whole and end at its }', () => {
    const { ast, errors } = parse('%x { a; b; }\nauthoritative;\n');
    expect(errors).toEqual([]);
    expect(ast.body.map((s) => s.type)).toEqual(['Parameter', 'Parameter']);
  });

  it("eat a '}' that has no '{' of its own, leaving the enclosing block open", () => {
    expect(codes('group {\n  %x\n}\nauthoritative;\n')).toContain('unclosed-block');
  });

  it("are ordinary tokens inside a bare '{' (a template's {% for %}), whose '}' still closes it", () => {
    const found = codes(
      'shared-network a {\n  {% for s in x %}\n  subnet 10.1.0.0 netmask 255.255.0.0 { }\n  {% endfor %}\n}\n',
    );
    expect(found).toContain('block-without-header');
    expect(found).not.toContain('unclosed-block');
  });
});
