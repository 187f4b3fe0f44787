import type { Value } from '../ast/nodes.js';
import { excerpt } from '../text/excerpt.js';

/**
 * The two option declarations dhcpd reads word by word, checked as dhcpd's parse.c reads them:
 * `option space NAME [code width N] [length width N] [hash size N];`
 * (parse_option_space_decl) and `option NAME code N = FORMAT;` (parse_option_code_definition).
 * Each returns the first problem, on the word dhcpd stops at, with dhcpd's own message quoted.
 */
export interface FormatProblem {
  message: string;
  start: number;
  end: number;
}

/** Option spaces dhcpd -4 knows before any `option space` declaration. */
export const DHCPD_BUILTIN_SPACES = new Set([
  'dhcp',
  'agent',
  'server',
  'fqdn',
  'vendor-class',
  'vendor',
  'isc',
  'nwip',
  'dhcp6',
  'vsio',
  'isc6',
]);
/**
 * Built-in spaces a standard option already encapsulates: dhcpd 4.4.3 aborts ("Internal
 * inconsistency: storage value has not been initialized to zero") when a definition encapsulates one.
 */
export const ALREADY_ENCAPSULATED_SPACES = new Set([
  'agent',
  'fqdn',
  'vendor-class',
  'vendor',
  'isc',
  'nwip',
  'vsio',
  'isc6',
]);

/** dhcpd builds a format in a 128-byte buffer, one byte a type (more for encapsulations). */
const FORMAT_BUFFER = 128;

const NUMBER = /^-?[0-9]+$/;
const IDENTIFIER = /^[A-Za-z0-9_-]+$/;
const isIdentifier = (v: Value | undefined): v is Value & { type: 'Word' } =>
  v?.type === 'Word' && IDENTIFIER.test(v.text) && !NUMBER.test(v.text);

/** C's atoi on a decimal word, wrapped to 32 bits as dhcpd's int is. */
function atoi(text: string): number {
  return Number(BigInt.asIntN(32, BigInt(text)));
}

class WordReader {
  i: number;
  constructor(
    private readonly words: readonly Value[],
    from: number,
    /** Where the statement ends (its ';'), for problems at the end of the words. */
    private readonly endOffset: number,
  ) {
    this.i = from;
  }
  next(): Value | undefined {
    return this.words[this.i++];
  }
  peek(): Value | undefined {
    return this.words[this.i];
  }
  /** A problem at `v`, or at the statement's end when the words ran out. */
  at(v: Value | undefined, message: string): FormatProblem {
    return v
      ? { message, start: v.span.start, end: v.span.end }
      : { message, start: this.endOffset, end: this.endOffset };
  }
}

const lower = (v: Value | undefined): string =>
  v?.type === 'Word' ? v.text.toLowerCase() : v?.type === 'Punct' ? v.text : '';
const shown = (v: Value | undefined): string =>
  v ? `'${excerpt(v.type === 'String' ? v.raw : v.text)}'` : 'the end of the statement';

/** `option space …` from words[2] (the name) on. */
export function optionSpaceProblem(words: readonly Value[], endOffset: number): FormatProblem | undefined {
  const r = new WordReader(words, 2, endOffset);
  const name = r.next();
  if (!isIdentifier(name))
    return r.at(
      name,
      `An option space name must be a bare identifier; dhcpd rejects ${shown(name)} ("expecting identifier.").`,
    );
  for (let w = r.next(); w; w = r.next()) {
    const keyword = lower(w);
    if (keyword === 'code' || keyword === 'length') {
      const width = r.next();
      if (lower(width) !== 'width')
        return r.at(width, `Expected 'width' after '${keyword}' (dhcpd: "expecting width token.").`);
      const n = r.next();
      const allowed = keyword === 'code' ? [1, 2, 4] : [1, 2];
      if (n?.type !== 'Word' || !NUMBER.test(n.text))
        return r.at(n, `Expected the ${keyword} width, ${allowed.join(', ')}, found ${shown(n)}.`);
      if (!allowed.includes(atoi(n.text)))
        return r.at(n, `Invalid ${keyword} width ${n.text}: dhcpd accepts ${allowed.join(', ')}.`);
    } else if (keyword === 'hash') {
      const size = r.next();
      if (lower(size) !== 'size') return r.at(size, `Expected 'size' after 'hash' (dhcpd: "expecting size token.").`);
      const n = r.next();
      if (n?.type !== 'Word' || !NUMBER.test(n.text))
        return r.at(n, `Expected the hash size as a decimal number, found ${shown(n)}.`);
      if (atoi(n.text) < 0) return r.at(n, `Invalid hash size ${n.text}: dhcpd accepts 0 to 2147483647.`);
    } else
      return r.at(
        w,
        `Unexpected ${shown(w)} in 'option space': dhcpd accepts 'code width N', 'length width N' and 'hash size N' here.`,
      );
  }
  return undefined;
}

export interface DefinitionContext {
  /** Whether an option space of that name is known where the definition is. */
  spaceKnown(name: string): boolean;
}

/** `option NAME code N = FORMAT`: the code word (words[3]) and the format from words[5] on. */
export function optionDefinitionProblem(
  words: readonly Value[],
  endOffset: number,
  context: DefinitionContext,
): FormatProblem | undefined {
  const code = words[3];
  if (code && (code.type !== 'Word' || !NUMBER.test(code.text)))
    return {
      message: `The option code must be a decimal number; dhcpd rejects ${shown(code)} ("expecting option code number.").`,
      start: code.span.start,
      end: code.span.end,
    };
  if (lower(words[4]) !== '=' || words.length < 6) return undefined; // reported where the node is built
  return formatProblem(new WordReader(words, 5, endOffset), context);
}

function formatProblem(r: WordReader, context: DefinitionContext): FormatProblem | undefined {
  let arrayp = 0;
  let recordp = 0;
  let encapsulation = false;
  let bytes = 0;
  let tok = r.next();
  if (lower(tok) === 'array') {
    tok = r.next();
    if (lower(tok) !== 'of') return r.at(tok, `Expected 'of' after 'array' (dhcpd: "expecting \\"of\\".").`);
    arrayp = 1;
    tok = r.next();
  }
  if (lower(tok) === '{') {
    recordp = 1;
    tok = r.next();
  }
  for (;;) {
    if (encapsulation) return r.at(tok, "'encapsulate' must be the last item of an option format.");
    let type = lower(tok);
    let lastInRecord = false;
    switch (type) {
      case 'array':
        if (arrayp) return r.at(tok, 'dhcpd does not accept nested arrays ("no nested arrays.").');
        tok = r.next();
        if (lower(tok) !== 'of') return r.at(tok, `Expected 'of' after 'array' (dhcpd: "expecting \\"of\\".").`);
        arrayp = recordp + 1;
        tok = r.next();
        if (recordp && lower(tok) === '{')
          return r.at(
            tok,
            'Inside a record only an array of one type is allowed ("only uniform array inside record.").',
          );
        continue;
      case 'boolean':
      case 'ip-address':
      case 'ip6-address':
        break;
      case 'integer':
      case 'signed':
      case 'unsigned': {
        if (type !== 'integer') {
          const integer = r.next();
          if (lower(integer) !== 'integer')
            return r.at(integer, `Expected 'integer' after '${type}' (dhcpd: "expecting \\"integer\\" keyword.").`);
        }
        const width = r.next();
        if (width?.type !== 'Word' || !NUMBER.test(width.text))
          return r.at(
            width,
            `Expected the integer width 8, 16 or 32, found ${shown(width)} (dhcpd: "expecting number.").`,
          );
        if (![8, 16, 32].includes(atoi(width.text)))
          return r.at(width, `dhcpd supports 8, 16 and 32-bit integers, not ${width.text}.`);
        break;
      }
      case 'domain-list':
      case 'domain-name':
      case 'text':
      case 'string':
        // A domain list, like text, takes the rest of the option.
        if (type === 'domain-list' && lower(r.peek()) === 'compressed') {
          r.next();
          bytes++;
        }
        if (arrayp)
          return r.at(tok, `dhcpd does not accept an array of ${type} ("arrays of text strings not yet supported.").`);
        lastInRecord = true;
        break;
      case 'zerolen':
        if (arrayp)
          return r.at(
            tok,
            'An array of zerolen makes no sense; dhcpd rejects it ("array incompatible with zerolen.").',
          );
        lastInRecord = true;
        break;
      case 'encapsulate': {
        const space = r.next();
        if (!isIdentifier(space))
          return r.at(space, `Expected an option space name after 'encapsulate', found ${shown(space)}.`);
        const name = space.text;
        if (!context.spaceKnown(name))
          return r.at(
            space,
            `Unknown option space '${excerpt(name)}': declare it with 'option space ${excerpt(name)};' before this definition.`,
          );
        if (ALREADY_ENCAPSULATED_SPACES.has(name.toLowerCase()))
          return r.at(
            space,
            `The '${name}' space is already encapsulated by a standard option; dhcpd 4.4.3 aborts on a second encapsulation ("Internal inconsistency").`,
          );
        if (name.length + bytes + 2 > FORMAT_BUFFER)
          return r.at(space, 'Too many types in this option format for dhcpd ("too many types in record.").');
        bytes += name.length + 1;
        encapsulation = true;
        type = 'encapsulate';
        break;
      }
      default:
        return r.at(tok, `Unknown option data type ${shown(tok)} (dhcpd: "unknown data type").`);
    }
    if (bytes === FORMAT_BUFFER)
      return r.at(tok, 'Too many types in this option format for dhcpd ("too many types in record.").');
    bytes++;
    if (recordp) {
      tok = r.next();
      if (arrayp > recordp) {
        if (bytes === FORMAT_BUFFER)
          return r.at(tok, 'Too many types in this option format for dhcpd ("too many types in record.").');
        arrayp = 0;
        bytes++;
      }
      if (lower(tok) === ',') {
        if (lastInRecord)
          return r.at(tok, `'${type}' must be the last item of a record; dhcpd rejects anything after it.`);
        tok = r.next();
        continue;
      }
      if (lower(tok) !== '}')
        return r.at(
          tok,
          `Expected ',' or '}' in the record format, found ${shown(tok)} (dhcpd: "expecting right brace.").`,
        );
    }
    const extra = r.next();
    if (extra) return r.at(extra, `Unexpected ${shown(extra)} after the option format; dhcpd expects ';' here.`);
    if (encapsulation && arrayp)
      return r.at(
        undefined,
        'An array of encapsulations makes no sense; dhcpd rejects it ("Arrays of encapsulations don\'t make sense.").',
      );
    return undefined;
  }
}
