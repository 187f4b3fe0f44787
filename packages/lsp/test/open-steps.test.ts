// The first parse of a large buffer in steps (src/first-parse.ts): whatever the text, the
// stepped result is the full parse's, and a change while it runs is followed.
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '@dhcplint/parser';
import { SteppedParse } from '../src/first-parse.js';

/** What a parse says about a text: every top-level statement's type and span, comments, errors. */
function summary(r: ParseResult) {
  return {
    statements: r.ast.body.map((s) => [s.type, s.span.start, s.span.end]),
    comments: r.ast.comments.map((c) => [c.start, c.end]),
    errors: r.errors.map((e) => [e.code, e.message, e.span.start, e.span.end]),
    lines: r.lines.lineCount,
  };
}

function stepped(text: string, stepChars: number): { result: ParseResult; steps: number } {
  const p = new SteppedParse('/x/dhcpd.conf', text, stepChars);
  let steps = 0;
  for (; !p.done; steps++) p.step();
  if (!p.partial) throw new Error('no parse');
  return { result: p.partial, steps };
}

const full = (text: string) => parse(text, { uri: '/x/dhcpd.conf', attachComments: false });

/** Braces and '#' inside strings and comments, nested blocks, a key block closed by '};'. */
const TRICKY = [
  'option domain-name "a{b}#c";',
  '# a comment { with a brace',
  'key k { algorithm hmac-md5; secret "x}y"; };',
  'shared-network n {',
  '  subnet 10.0.0.0 netmask 255.255.255.0 {',
  '    pool { range 10.0.0.10 10.0.0.20; }',
  '  }',
  '}',
  'class "c" { match if substring (option vendor-class-identifier, 0, 4) = "PXE{"; }',
  'host h1 { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }',
  '',
].join('\n');

describe('SteppedParse', () => {
  it('gives the full parse of a long text, a few statements at a time', () => {
    const text = Array.from({ length: 200 }, () => TRICKY).join('');
    const { result, steps } = stepped(text, 10);
    expect(steps).toBeGreaterThan(100);
    expect(result.ast.source).toBe(text);
    expect(summary(result)).toEqual(summary(full(text)));
  });

  it('gives the full parse of a text with errors (a missing ";"), and without a final newline', () => {
    const text = `${TRICKY.repeat(20)}default-lease-time 600\nmax-lease-time 7200;\n${TRICKY.repeat(20)}host last { }`;
    const { result } = stepped(text, 7);
    expect(summary(result)).toEqual(summary(full(text)));
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('hands out the statements built so far while it runs', () => {
    const text = TRICKY.repeat(50);
    const p = new SteppedParse('/x/dhcpd.conf', text, 10);
    for (let i = 0; i < 5; i++) p.step();
    const partial = p.partial;
    expect(partial).toBeDefined();
    expect(p.parsedTo).toBeGreaterThan(0);
    expect(p.parsedTo).toBeLessThan(text.length);
    const prefix = text.slice(0, p.parsedTo);
    expect(partial?.ast.source).toBe(prefix);
    expect(partial && summary(partial).statements).toEqual(summary(full(prefix)).statements);
  });

  it('follows a change made while it runs, after or inside the part already parsed', () => {
    const text = TRICKY.repeat(50);
    const p = new SteppedParse('/x/dhcpd.conf', text, 10);
    for (let i = 0; i < 5; i++) p.step();
    const parsed = p.parsedTo;
    const appended = `${text}host added { }\n`;
    p.retarget(appended); // after the parsed part: it still holds
    expect(p.parsedTo).toBe(parsed);
    expect(p.partial).toBeDefined();
    const edited = `# edited\n${appended}`;
    p.retarget(edited); // inside it: no partial tree until the parse has caught up
    expect(p.partial).toBeUndefined();
    while (!p.done) p.step();
    expect(p.partial && summary(p.partial)).toEqual(summary(full(edited)));
    p.retarget(edited.slice(0, 20) + edited.slice(-20)); // after the end: parsed again from the result
    expect(p.done).toBe(false);
    while (!p.done) p.step();
    expect(p.partial && summary(p.partial)).toEqual(summary(full(edited.slice(0, 20) + edited.slice(-20))));
  });
});
