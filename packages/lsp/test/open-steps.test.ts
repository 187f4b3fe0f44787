// The first parse of a large buffer in steps (src/first-parse.ts): whatever the text, the
// stepped result is the full parse's, and a change while it runs is followed.
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '@dhcplint/parser';
import { nextTopLevelCut, SteppedParse } from '../src/first-parse.js';

/** What a parse says about a text: every top-level statement's type and span, comments, errors. */
function summary(r: ParseResult): unknown {
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
  it('cuts only after a top-level statement, at a line end', () => {
    const cut = nextTopLevelCut(TRICKY, 0, 1);
    expect(TRICKY.slice(0, cut)).toBe('option domain-name "a{b}#c";\n');
    // From there on, the next cuts skip the comment's and the key's braces and the nested blocks.
    const cuts: number[] = [];
    for (let at = 0; at < TRICKY.length; ) cuts.push((at = nextTopLevelCut(TRICKY, at, 1)));
    expect(cuts.map((c) => TRICKY.slice(0, c).split('\n').length - 1)).toEqual([1, 3, 8, 9, 10]);
  });

  it('gives the full parse of a long text, one small step at a time', () => {
    const text = Array.from({ length: 200 }, () => TRICKY).join('');
    const { result, steps } = stepped(text, 300);
    expect(steps).toBeGreaterThan(100);
    expect(result.ast.source).toBe(text);
    expect(summary(result)).toEqual(summary(full(text)));
  });

  it('gives the full parse when a step cannot be parsed on its own (a missing ";"), and without a final newline', () => {
    const text = `${TRICKY.repeat(20)}default-lease-time 600\nmax-lease-time 7200;\n${TRICKY.repeat(20)}host last { }`;
    const { result } = stepped(text, 200);
    expect(summary(result)).toEqual(summary(full(text)));
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('follows a change made while it runs, after or inside the part already parsed', () => {
    const text = TRICKY.repeat(50);
    const p = new SteppedParse('/x/dhcpd.conf', text, 300);
    for (let i = 0; i < 10; i++) p.step();
    const parsed = p.parsedTo;
    expect(parsed).toBeGreaterThan(0);
    const appended = `${text}host added { }\n`;
    p.retarget(appended); // after the parsed part: it still holds
    expect(p.parsedTo).toBe(parsed);
    expect(p.partial).toBeDefined();
    const edited = `# edited\n${appended}`;
    p.retarget(edited); // inside it: kept, shifted, parsed again at the next step
    expect(p.parsedTo).toBe(parsed + '# edited\n'.length);
    expect(p.partial).toBeUndefined();
    p.step();
    expect(p.partial?.ast.source).toBe(edited.slice(0, p.parsedTo));
    expect(p.partial && summary(p.partial)).toEqual(summary(full(edited.slice(0, p.parsedTo))));
    p.retarget(edited.slice(0, 20) + edited.slice(-20)); // the unparsed rest changed too: starts over
    expect(p.parsedTo).toBe(0);
    p.retarget(edited);
    while (!p.done) p.step();
    expect(p.partial && summary(p.partial)).toEqual(summary(full(edited)));
  });
});
