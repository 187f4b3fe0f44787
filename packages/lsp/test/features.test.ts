import { describe, expect, it } from 'vitest';
import { parse } from '@dhcplint/parser';
import type { SourceFile } from '@dhcplint/linter';
import {
  cidrCover,
  completionsAt,
  documentLinks,
  foldingRanges,
  hoverAt,
  occurrenceAt,
  outline,
  selectionChain,
  semanticTokens,
  splitText,
} from '../src/index.js';

/** A source with one `|` marking the cursor: returns the file without the marker and the offset. */
function marked(src: string): { file: SourceFile; offset: number } {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const r = parse(text, { uri: '/ws/dhcpd.conf' });
  return { file: { uri: '/ws/dhcpd.conf', ast: r.ast, lines: r.lines }, offset };
}

const labels = (src: string) => completionsAt(marked(src).file, marked(src).offset, undefined).map((c) => c.label);

describe('hover', () => {
  it('explains a statement keyword with its default and placement', () => {
    const { file, offset } = marked('failover peer "fo" {\n  primary;\n  mc|lt 1800;\n}\n');
    const h = hoverAt(file, offset, undefined)!;
    expect(h.markdown).toMatch(/^\*\*mclt\*\*/);
    expect(h.markdown).toContain('primary only');
    expect(file.ast!.source.slice(h.span.start, h.span.end)).toBe('mclt');
  });

  it('explains if, switch, case and default: in a class', () => {
    const src =
      'class "c" {\n  if exists user-class {\n  }\n  switch (option vendor-class-identifier) {\n    case "a":\n      next-server 10.0.0.1;\n    default:\n      next-server 10.0.0.2;\n  }\n}\n';
    for (const [word, title] of [
      ['i|f exists', 'if'],
      ['swi|tch (', 'switch'],
      ['ca|se "a"', 'case'],
      ['defa|ult:', 'default'],
    ] as const) {
      const at = src.replace(word.replace('|', ''), word);
      const { file, offset } = marked(at);
      const h = hoverAt(file, offset, undefined);
      expect(h?.markdown, word).toMatch(new RegExp(`^\\*\\*${title}\\*\\*`));
    }
  });

  it('gives an option its code and value type', () => {
    const { file, offset } = marked('option rou|ters 10.0.0.1;\n');
    const h = hoverAt(file, offset, undefined)!;
    expect(h.markdown).toContain('code 3');
    expect(h.markdown).toContain('ip-address');
    expect(h.markdown).toContain('gateway');
  });

  it('turns split into shares and ranges into sizes and CIDR blocks', () => {
    const split = marked('failover peer "fo" {\n  primary;\n  split 1|92;\n}\n');
    expect(hoverAt(split.file, split.offset, undefined)!.markdown).toContain('0–191 (75 % of clients)');
    const range = marked('subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.1|0 10.0.0.99;\n}\n');
    const text = hoverAt(range.file, range.offset, undefined)!.markdown;
    expect(text).toContain('90 addresses');
    expect(text).toContain('10.0.0.10/31, 10.0.0.12/30, 10.0.0.16/28, 10.0.0.32/27, 10.0.0.64/27, 10.0.0.96/30');
    const subnet = marked('subnet 10.0.0.0 netmask 255.255.25|2.0 { }\n');
    expect(hoverAt(subnet.file, subnet.offset, undefined)!.markdown).toContain('10.0.0.0/22');
  });

  it('says nothing on whitespace', () => {
    const { file, offset } = marked('authoritative;\n|\n');
    expect(hoverAt(file, offset, undefined)).toBeUndefined();
  });
});

describe('completion', () => {
  it('offers the statements of the enclosing block only', () => {
    const inPeer = labels('failover peer "fo" {\n  |\n}\n');
    expect(inPeer).toEqual(expect.arrayContaining(['primary', 'mclt', 'split', 'peer address']));
    expect(inPeer).not.toContain('range');
    const inSubnet = labels('subnet 10.0.0.0 netmask 255.255.255.0 {\n  |\n}\n');
    expect(inSubnet).toEqual(expect.arrayContaining(['range', 'pool', 'option', 'default-lease-time']));
    expect(inSubnet).not.toContain('mclt');
  });

  it('offers option names after `option`, permits after allow/deny, functions in expressions', () => {
    expect(labels('option dom|')).toEqual(expect.arrayContaining(['domain-name', 'domain-name-servers', 'routers']));
    expect(labels('subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    deny |\n  }\n}\n')).toContain(
      'dynamic bootp clients',
    );
    expect(labels('class "c" {\n  match if |\n}\n')).toEqual(expect.arrayContaining(['substring', 'option', 'exists']));
    expect(labels('option ip-forwarding |')).toEqual(['true', 'false']);
  });

  it('offers class names after members of', () => {
    expect(
      labels(
        'class "voip" { match hardware; }\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    allow members of "|\n  }\n}\n',
      ),
    ).toContain('"voip"');
  });
});

describe('names, outline and structure', () => {
  const src =
    'class "voip" { match hardware; }\nsubclass "voip" 1:0:1:2:3:4:5;\nhost "a b" { hardware ethernet 0:1:2:3:4:5; }\ninclude "/etc/dhcp/x.conf";\n# one\n# two\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.5 10.0.0.9;\n  }\n}\n';

  it('finds class references and their definition', () => {
    const { file, offset } = marked(src.replace('subclass "voip"', 'subclass "vo|ip"'));
    const o = occurrenceAt(file, offset)!;
    expect(o).toMatchObject({ kind: 'class', name: 'voip', definition: false });
    expect(file.ast!.source.slice(o.nameSpan.start, o.nameSpan.end)).toBe('voip');
  });

  it('outlines declarations with their children, folds blocks and comment runs', () => {
    const { file } = marked(src + '|');
    const o = outline(file);
    expect(o.map((s) => s.name)).toEqual(['class "voip"', 'host a b', 'subnet 10.0.0.0/24']);
    expect(o[2]!.children.map((c) => c.name)).toEqual(['pool']);
    const folds = foldingRanges(file);
    expect(folds).toEqual(
      expect.arrayContaining([
        { startLine: 6, endLine: 10 },
        { startLine: 7, endLine: 9 },
        { startLine: 4, endLine: 5, kind: 'comment' },
      ]),
    );
  });

  it('selects word, statement, block, file in order', () => {
    const { file, offset } = marked(src.replace('range 10.0.0.5', 'range 10.0.|0.5'));
    const chain = selectionChain(file, offset).map((s) => file.ast!.source.slice(s.start, s.end));
    expect(chain[0]).toBe('10.0.0.5');
    expect(chain[1]).toBe('range 10.0.0.5 10.0.0.9;');
    expect(chain[2]!.startsWith('pool {')).toBe(true);
    expect(chain[chain.length - 1]).toBe(file.ast!.source);
  });

  it('links includes and classifies tokens', () => {
    const { file } = marked(src + '|');
    expect(documentLinks(file, undefined)).toEqual([{ span: expect.any(Object), target: '/etc/dhcp/x.conf' }]);
    const types = semanticTokens(file).map((t) => `${file.ast!.source.slice(t.span.start, t.span.end)}:${t.type}`);
    expect(types).toEqual(
      expect.arrayContaining(['class:keyword', '"voip":class', '10.0.0.5:number', '# one:comment']),
    );
  });

  it('computes CIDR covers and split shares', () => {
    expect(cidrCover(0x0a000000, 0x0a0000ff)).toEqual(['10.0.0.0/24']);
    expect(splitText(0)).toContain('0 %');
  });
});

describe('features never throw', () => {
  it('on 2,000 random and mutated documents at random positions', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = [
      'subnet 10.0.0.0 netmask 255.255.255.0 {',
      '}',
      '{',
      ';',
      'failover peer "fo" {',
      'primary;',
      'split 128;',
      'range 10.0.0.1 10.0.0.9;',
      'option routers 10.0.0.1;',
      'host a {',
      'hardware ethernet 0:1:2:3:4:5;',
      'if exists x {',
      '} else {',
      'class "c" { match if substring(option host-name, 0, 3) = "ab"; }',
      'include "/x";',
      '"unterminated',
      '# comment',
      '\u2010',
      '\n',
      ' ',
      'allow members of "c";',
      'key k { algorithm hmac-md5; secret "x"; };',
      'on commit {',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), (parts, pos) => {
        const text = parts.join(' ');
        const r = parse(text, { uri: '/ws/dhcpd.conf' });
        const file: SourceFile = { uri: '/ws/dhcpd.conf', ast: r.ast, lines: r.lines };
        const offset = text.length ? pos % (text.length + 1) : 0;
        hoverAt(file, offset, undefined);
        completionsAt(file, offset, undefined);
        occurrenceAt(file, offset);
        outline(file);
        foldingRanges(file);
        selectionChain(file, offset);
        documentLinks(file, undefined);
        semanticTokens(file);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
