// Mutations for the fuzz run: the mistakes and hostile inputs a config file can hold, applied to
// real configs so that most of each input still reaches deep into the parser and the rules.

/** A small deterministic PRNG (mulberry32): the same seed gives the same run. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '{',
  '}',
  ';',
  '"',
  '(',
  ')',
  '#',
  ',',
  ':',
  '\n',
  ' not ',
  ' and ',
  'if exists host-name {',
  'elsif ',
  'else {',
  'group {',
  'pool {',
  'subnet 10.0.0.0 netmask 255.255.255.0 {',
  'host h {',
  'class "c" {',
  'failover peer "fo" {',
  'range 10.0.0.1 10.0.0.9;',
  'option ',
  'include "x";',
  '\u00e9',
  '\u00a0',
  '\u2010',
  '\t',
  '\r',
  '\u0000',
  '999.1.1.1',
  '0x',
  '-1',
  '4294967296',
];

/** Inputs stay below this size: a deep nest repeated on 2,000 lines would be hundreds of MB. */
const MAX_INPUT = 4 * 1024 * 1024;

/** Text with one to four mutations. */
export function mutate(text, random) {
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const next = mutateOnce(text, random);
    if (next.length <= MAX_INPUT) text = next;
  }
  return text;
}

function mutateOnce(text, random) {
  const at = Math.floor(random() * (text.length + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  switch (Math.floor(random() * 9)) {
    case 0: // drop a slice
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 40)));
    case 1: // duplicate a slice
      return text.slice(0, at) + text.slice(at, at + Math.floor(random() * 200)) + text.slice(at);
    case 2: // insert a token
    case 3:
      return text.slice(0, at) + pick(TOKENS) + text.slice(at);
    case 4: // flip one character to a random byte
      return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + text.slice(at + 1);
    case 5: {
      // a deep nest, closed or not
      const depth = Math.floor(random() * 20_000);
      const open = pick(['group {', 'if a {', '(', 'not ', 'pool {']);
      const close = open.endsWith('{') ? '}' : open === '(' ? ')' : '';
      return `${text.slice(0, at)}${open.repeat(depth)}${random() < 0.5 ? close.repeat(depth) : ''}${text.slice(at)}`;
    }
    case 6: // a very long word or string
      return `${text.slice(0, at)}${random() < 0.5 ? '"' : ''}${'x'.repeat(Math.floor(random() * 200_000))}${text.slice(at)}`;
    case 7: {
      // swap two lines
      const lines = text.split('\n');
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    default: {
      // repeat a line many times (many diagnostics)
      const lines = text.split('\n');
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, ...Array.from({ length: Math.floor(random() * 2000) }, () => lines[i]));
      return lines.join('\n');
    }
  }
}
