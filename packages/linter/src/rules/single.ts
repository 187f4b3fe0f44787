import { OPTION_SPACES, checkAtom, checkOptionValues, checkParameterArgs, contextAllows, contextOf, optionSpec, OPTIONS, parseUserFormat, STATEMENTS, statementSpec, statementSpecs, type AnyStatement, type OptionStatement, type Parameter, type Value, type Expression, excerpt } from '@dhcplint/parser';
import { broadcastOf, formatIPv4, prefixLength, type Interval } from '../net/ipv4.js';
import { defineRule, removeStatementFix, suggest, type ConfigRule } from './rule.js';
import type { SourceFile } from '../types.js';
import { subnetContains } from '../model/facts.js';

const LOOKALIKES: Record<string, string> = { '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00a0': ' ', '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'" };
const LOOKALIKE_RE = /[\u2010-\u2014\u2212\u00a0\u201c\u201d\u2018\u2019]/g;

const keywordNames = [...new Set(STATEMENTS.map((s) => s.name.split(' ')[0]!))];

export const unicodeLookalike = defineRule(
  {
    id: 'unicode-lookalike', perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'Typographic hyphens, quotes or non-breaking spaces pasted from web pages or PDFs.',
    rationale: 'dhcpd only understands ASCII punctuation; a U+2010 hyphen in `max‐response‐delay` makes it reject the file with a garbled message.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    examples: { incorrect: 'failover peer "fo" {\n  primary;\n  max\u2010response\u2010delay 30;\n}\n', correct: 'failover peer "fo" {\n  primary;\n  max-response-delay 30;\n}\n' },
  },
  (ctx) => {
    // Most files are plain ASCII: once a run has checked many statements of a file, test the whole
    // file once and skip the per-word check if it is clean. (A language-server run after an edit
    // checks a few statements only, and scanning a large file for them would cost more.)
    const suspect = new Map<unknown, boolean>();
    let checked = 0;
    const hasLookalikes = (file: SourceFile) => {
      let v = suspect.get(file);
      if (v === undefined) {
        if (++checked < 256) return true;
        v = LOOKALIKE_RE.test(file.ast?.source ?? "");
        LOOKALIKE_RE.lastIndex = 0;
        suspect.set(file, v);
      }
      return v;
    };
    return {
      statement(s, _a, file) {
        if (!hasLookalikes(file)) return;
        for (const w of s.words) {
          // Inside quotes dhcpd takes any character, so only bare words are its business.
          if (w.type !== 'Word') continue;
          const text = w.text;
          if (!LOOKALIKE_RE.test(text)) continue;
          LOOKALIKE_RE.lastIndex = 0;
          const fixed = text.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
          // A non-breaking space becomes a word break: right between a statement keyword and its
          // value (`default-lease-time 600`), wrong inside a name (`host nbsp x` is still refused).
          const nbspSplitsKeyword = w === s.words[0] && keywordNames.includes(text.split('\u00a0')[0]!.toLowerCase());
          if (text.includes('\u00a0') && !nbspSplitsKeyword) {
            ctx.report({ file, span: w.span, message: `'${excerpt(text)}' contains a non-breaking space (U+00A0), which dhcpd refuses in a name; remove it.` });
            continue;
          }
          ctx.report({ file, span: w.span, message: `'${excerpt(text)}' contains look-alike characters (typographic dashes, quotes or a non-breaking space); use '${excerpt(fixed)}'.`, fix: { span: w.span, text: fixed } });
        }
      },
    };
  },
);

export const unknownStatement = defineRule(
  {
    id: 'unknown-statement', perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'A statement keyword dhcpd does not know, with a did-you-mean suggestion.',
    rationale: "dhcpd reports unknown words as `semicolon expected.` or `expecting a parameter or declaration`, which hides the real cause: a typo such as `max-reponse-delay`.",
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'default-lease-tme 600;\n', correct: 'default-lease-time 600;\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter'],
    statement(s, ancestors, file) {
      if (s.type !== 'Parameter' || s.known) return;
      const w = s.words[0];
      if (!w || w.type !== 'Word' || /[\u2010-\u2014\u2212\u00a0]/.test(w.text)) return; // unicode-lookalike explains those
      if (s.name === 'failover peer state') {
        // dhcpd: `expecting left brace` — a peer state declaration is a block.
        if (!s.body) ctx.report({ file, span: s.words[3]?.span ?? s.span, message: "A failover peer state declaration is a block: 'failover peer \"NAME\" state { my state …; partner state …; }'." });
        return;
      }
      // `NAME = expression;` sets a variable, which dhcpd accepts for any name.
      if (s.expression) return;
      const context = contextOf(ancestors[ancestors.length - 1]);
      const candidates = STATEMENTS.filter((spec) => contextAllows(spec, context)).map((spec) => spec.name);
      const joined = s.words.slice(0, 4).map((x) => (x.type === 'Word' ? x.text.toLowerCase() : '')).join(' ');
      const hint = suggest(w.text, candidates.filter((c) => !c.includes(' '))) ?? candidates.find((c) => c.includes(' ') && joined.startsWith(c.replace(/ /g, ' ').slice(0, 4)) && suggest(joined.slice(0, c.length), [c]));
      ctx.report({ file, span: w.span, message: `Unknown statement '${excerpt(w.text)}'${hint ? `; did you mean '${hint}'?` : '.'}` });
    },
  }),
);

export const statementContext = defineRule(
  {
    id: 'statement-context', perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'A statement or declaration in a block where dhcpd does not allow it.',
    rationale: 'dhcpd rejects, for example, `range` at the top level or directly in a shared-network, `pool` outside a network, a subnet inside a subnet, a group or class inside a class, `authoritative` in a host, option space and option code definitions anywhere but the top level, a failover peer reference outside a pool or shared-network, or failover statements outside a `failover peer` block.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'range 10.0.0.10 10.0.0.20;\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n' },
  },
  (ctx) => ({
    statement(s, ancestors, file) {
      const parent = ancestors[ancestors.length - 1];
      const context = contextOf(parent);
      let name: string | undefined;
      let kind: 'reference' | undefined;
      switch (s.type) {
        case 'Group': name = 'group'; break;
        case 'Class': name = 'class'; break;
        case 'Subclass': name = 'subclass'; break;
        case 'OptionSpace':
        case 'OptionDefinition': {
          // dhcpd: `option space definitions may not be scoped` / `option definitions may not be scoped`.
          if (parent) ctx.report({ file, span: s.words[0]?.span ?? s.span, message: `${s.type === 'OptionSpace' ? 'An option space' : 'An option code'} definition may not be scoped; dhcpd accepts it at the top level only.` });
          return;
        }
        case 'FailoverRef':
          if (parent?.type === 'Subnet') return; // failover-ref-placement explains that one
          name = 'failover peer';
          kind = 'reference';
          break;
        case 'Subnet': name = 'subnet'; break;
        case 'Subnet6': name = 'subnet6'; break;
        case 'SharedNetwork': name = 'shared-network'; break;
        case 'Pool': name = s.v6 ? 'pool6' : 'pool'; break;
        case 'FailoverPeer': name = 'failover peer'; break;
        case 'Range': name = s.v6 ? 'range6' : 'range'; break;
        case 'Host': name = 'host'; break;
        case 'Parameter': name = s.known ? s.name : undefined; break;
        case 'Key': name = 'key'; break;
        case 'Zone': name = 'zone'; break;
        default: return;
      }
      if (!name) return;
      // Inside if/on blocks, judge by the enclosing scope.
      let scope = context;
      for (let i = ancestors.length - 1; i >= 0 && (scope === 'if' || scope === 'on'); i--) scope = contextOf(ancestors[i - 1]);
      const specs = statementSpecs(name).filter((spec) => !kind || spec.kind === kind);
      if (specs.length === 0 || specs.some((spec) => contextAllows(spec, context) || contextAllows(spec, scope))) return;
      const where = parent ? `inside '${context}'` : 'at the top level';
      const spec = specs[0]!;
      const allowed = spec.contexts === 'scope' ? 'scopes' : spec.contexts.join(', ');
      ctx.report({ file, span: s.words[0]?.span ?? s.span, message: `'${excerpt(name)}' is not allowed ${where}; it belongs in: ${allowed}.` });
    },
  }),
);

export const invalidValue = defineRule(
  {
    id: 'invalid-value', perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description: 'A parameter whose arguments do not have the type dhcpd expects (numbers, flags, addresses, quoted strings, enumerations).',
    rationale: 'dhcpd stops at the first such value with a terse message; the linter names the parameter, the expected type and every bad value at once.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'default-lease-time ten;\nping-check maybe;\n', correct: 'default-lease-time 600;\nping-check true;\n' },
  },
  (ctx) => ({
    statementTypes: ['Subnet', 'Range', 'Parameter'],
    statement(s, ancestors, file) {
      // Addresses of subnet and range declarations: dhcpd rejects `10.0.0.300` ("exceeds max").
      const addresses = s.type === 'Subnet' ? [s.network, s.netmask] : s.type === 'Range' && !s.v6 ? [s.low, s.high] : [];
      for (const w of addresses) {
        const p = w && /^\d+(\.\d+)+$/.test(w.text) ? checkAtom('ip-address', w) : undefined;
        if (p) ctx.report({ file, span: w!.span, message: p.message });
      }
      if (s.type !== 'Parameter' || !s.known || s.expression || s.name === 'interface') return;
      const spec = statementSpec(s.name, contextOf(ancestors[ancestors.length - 1]));
      if (!spec) return;
      if (spec.args === 'hex' && isContinuedHexList(s.args)) return;
      // parse_string takes one bare identifier as well as a quoted string (`filename pxelinux;`).
      if (spec.args === 'string' && s.args.length === 1 && s.args[0]!.type === 'Word' && /^[A-Za-z0-9_-]+$/.test(s.args[0]!.text) && !/^\d+$/.test(s.args[0]!.text)) return;
      for (const p of checkParameterArgs(spec, s.args)) {
        if (p.strict) continue;
        ctx.report({ file, span: p.value?.span ?? s.span, message: p.message });
      }
    },
  }),
);

/** `hba ff:…:ff:` continued on the next line: dhcpd reads the bytes across the break. */
function isContinuedHexList(args: readonly Value[]): boolean {
  if (args.length < 2 || !args.every((a, i) => a.type === 'Word' && (i === args.length - 1 || a.text.endsWith(':')))) return false;
  return /^[0-9a-f]{1,2}(:[0-9a-f]{1,2})*$/i.test(args.map((a) => (a.type === 'Word' ? a.text : '')).join(''));
}

/** The `option NAME` references in a statement's own expressions (not those of nested statements). */
function optionRefs(s: AnyStatement): Extract<Expression, { type: 'OptionRef' }>[] {
  const roots: (Expression | undefined)[] = [];
  if ('condition' in s) roots.push(s.condition);
  if ('expression' in s) roots.push(s.expression);
  if (s.type === 'Subclass') roots.push(s.key);
  if (s.type === 'Exec') roots.push(...(s.args ?? []));
  const out: Extract<Expression, { type: 'OptionRef' }>[] = [];
  const visit = (e: Expression | undefined): void => {
    if (!e) return;
    switch (e.type) {
      case 'OptionRef': if (e.keyword === 'option') out.push(e); break;
      case 'Call': e.args.forEach(visit); break;
      case 'Unary': visit(e.operand); break;
      case 'Binary': visit(e.left); visit(e.right); break;
      case 'Paren': visit(e.inner); break;
      case 'Keyword': visit(e.arg); break;
      default: break;
    }
  };
  roots.forEach(visit);
  return out;
}

function optionSpecFor(s: OptionStatement, userDefs: Map<string, ReturnType<typeof parseUserFormat>>) {
  return userDefs.get(`${s.space}.${s.name}`) ?? optionSpec(s.space, s.name);
}

export const unknownOption = defineRule(
  {
    id: 'unknown-option',
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'An option name that is neither standard (dhcp-options(5)) nor defined with `option … code …`.',
    rationale: 'dhcpd rejects the file with `unknown option dhcp.NAME`; a did-you-mean saves a trip to the man page.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'option domain-name-server 10.0.0.53;\n', correct: 'option domain-name-servers 10.0.0.53;\n' },
  },
  (ctx) => {
    const defined = new Set<string>();
    const spaces = new Set(OPTION_SPACES);
    const known = (space: string, name: string) => defined.has(`${space}.${name}`) || !!optionSpec(space, name);
    return {
      statement(s, _a, file) {
        if (s.type === 'OptionDefinition') defined.add(`${s.space}.${s.name}`);
        if (s.type === 'OptionSpace') spaces.add(s.name);
        // `option NAME` inside expressions: dhcpd rejects an unknown one (`no option named NAME in space SPACE`).
        for (const ref of optionRefs(s)) {
          const dot = ref.name.indexOf('.');
          const [space, name] = dot > 0 ? [ref.name.slice(0, dot), ref.name.slice(dot + 1)] : ['dhcp', ref.name];
          if (known(space, name) || (space !== 'dhcp' && !OPTIONS.some((o) => o.space === space))) continue;
          const hint = suggest(name, OPTIONS.filter((o) => o.space === space).map((o) => o.name));
          ctx.report({ file, span: ref.span, message: `No option named '${excerpt(name)}' in space '${excerpt(space)}'${hint ? `; did you mean '${hint}'?` : '.'}` });
        }
        if (s.type !== 'Option' || !s.nameNode) return;
        if (defined.has(`${s.space}.${s.name}`) || optionSpec(s.space, s.name)) return;
        if (!spaces.has(s.space)) {
          ctx.report({ file, span: s.nameNode.span, message: `Unknown option space '${excerpt(s.space)}' (declare it with 'option space ${excerpt(s.space)};').` });
          return;
        }
        if (s.space !== 'dhcp' && s.space !== 'dhcp6' && !OPTIONS.some((o) => o.space === s.space)) return; // user space: options are defined per site
        const hint = suggest(s.name, OPTIONS.filter((o) => o.space === s.space).map((o) => o.name));
        ctx.report({ file, span: s.nameNode.span, message: `Unknown option '${excerpt(s.nameNode.text)}'${hint ? `; did you mean '${hint}'?` : '; define it with `option NAME code N = TYPE;` first.'}` });
      },
    };
  },
);

export const optionValueType = defineRule(
  {
    id: 'option-value-type',
    category: 'values',
    defaultSeverity: 'error',
    description: "An option value that does not match the option's type (address, integer range, flag, quoted text, list separators).",
    rationale: 'dhcpd rejects such values, sometimes reporting the next line (`semicolon expected.`).',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'option default-ip-ttl 300;\noption domain-name-servers 10.0.0.1 10.0.0.2;\n', correct: 'option default-ip-ttl 64;\noption domain-name-servers 10.0.0.1, 10.0.0.2;\n' },
  },
  (ctx) => {
    const userDefs = new Map<string, ReturnType<typeof parseUserFormat>>();
    return {
      statementTypes: ['OptionDefinition', 'Option'],
      statement(s, _a, file) {
        if (s.type === 'OptionDefinition') userDefs.set(`${s.space}.${s.name}`, parseUserFormat(s.format.map((w) => (w.type === 'String' ? w.raw : w.text))));
        if (s.type !== 'Option' || s.expression) return;
        const spec = optionSpecFor(s, userDefs);
        if (!spec) return;
        for (const p of checkOptionValues(spec, s.values, s.name)) {
          if (p.strict) continue;
          ctx.report({ file, span: p.value?.span ?? s.span, message: p.message });
        }
      },
    };
  },
);

export const numberAsHostname = defineRule(
  {
    id: 'number-as-hostname', perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: 'A bare number where an IPv4 address belongs, e.g. `option subnet-mask 24;`.',
    rationale: 'dhcpd silently takes the number for a host name and tries to resolve it when it starts.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'option subnet-mask 24;\n', correct: 'option subnet-mask 255.255.255.0;\n' },
  },
  (ctx) => ({
    statementTypes: ['Option', 'Parameter'],
    statement(s, ancestors, file) {
      let problems: ReturnType<typeof checkOptionValues> = [];
      if (s.type === 'Option' && !s.expression) {
        const spec = optionSpec(s.space, s.name);
        if (spec) problems = checkOptionValues(spec, s.values, s.name);
      } else if (s.type === 'Parameter' && s.known && !s.expression) {
        const spec = statementSpec(s.name, contextOf(ancestors[ancestors.length - 1]));
        if (spec) problems = checkParameterArgs(spec, s.args);
      }
      for (const p of problems) if (p.strict) ctx.report({ file, span: p.value?.span ?? s.span, message: p.message });
    },
  }),
);

export const unquotedString = defineRule(
  {
    id: 'unquoted-string', perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description: 'A file name or text value written without quotes that dhcpd cannot read that way (`filename pxelinux.0;`, `option domain-name example.com;`).',
    rationale: 'dhcpd needs these values quoted unless they are one plain word (letters, digits, `-`, `_`): a dot or a slash ends its word, so it reports `semicolon expected.`, and a number gets `expecting string.`.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    examples: { incorrect: 'filename pxelinux.0;\n', correct: 'filename "pxelinux.0";\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter', 'Include', 'Option'],
    statement(s, _a, file) {
      let target;
      if (s.type === 'Parameter' && ['filename', 'server-name', 'lease-file-name', 'pid-file-name'].includes(s.name) && s.args.length === 1 && s.args[0]!.type === 'Word') target = s.args[0];
      if (s.type === 'Include' && !s.path && s.words[1]?.type === 'Word') target = s.words[1];
      if (s.type === 'Option' && !s.expression && s.values.length === 1 && s.values[0]!.type === 'Word') {
        const spec = optionSpec(s.space, s.name);
        // A single domain name (v4-access-domain, aftr-name, …) is written bare: dhcpd refuses it quoted.
        if (spec && ['text', 'domain-list'].includes(spec.atoms[0]!) && s.values[0].literal.kind === 'name') target = s.values[0];
      }
      // One identifier token (letters, digits, '-', '_', not all digits) is a string to dhcpd even unquoted.
      // (Not for include: its file name must be quoted, `filename string expected.`)
      if (s.type !== 'Include' && target?.type === 'Word' && /^[A-Za-z0-9_-]+$/.test(target.text) && !/^\d+$/.test(target.text)) return;
      if (target && target.type === 'Word') ctx.report({ file, span: target.span, message: `'${excerpt(target.text)}' must be in quotes here.`, fix: { span: target.span, text: `"${target.text}"` } });
    },
  }),
);

export const deprecatedStatement = defineRule(
  {
    id: 'deprecated-statement', perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'Statements dhcpd 4.4 no longer supports, such as `ddns-update-style ad-hoc`.',
    rationale: '`ddns-update-style ad-hoc` stops dhcpd without a location (`ddns-update-style ad_hoc no longer supported`).',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'ddns-update-style ad-hoc;\n', correct: 'ddns-update-style none;\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter'],
    statement(s, _a, file) {
      if (s.type !== 'Parameter') return;
      if (s.name === 'ddns-update-style' && s.args[0]?.type === 'Word' && ['ad-hoc', 'ad_hoc'].includes(s.args[0].text.toLowerCase()))
        ctx.report({ file, span: s.args[0].span, message: "'ddns-update-style ad-hoc' is no longer supported; use 'standard', 'interim' or 'none'." });
      const spec = statementSpec(s.name);
      if (spec?.deprecated && s.known) ctx.report({ file, span: s.words[0]!.span, message: `'${excerpt(s.name)}' is not supported by dhcpd 4.4: ${spec.deprecated}.` });
    },
  }),
);

export const duplicateParameter = defineRule(
  {
    id: 'duplicate-parameter',
    perStatement: 'nested',
    category: 'values',
    defaultSeverity: 'warning',
    description: 'The same parameter or option set twice in one scope (only the last one counts), or a host with both `uid` and `option dhcp-client-identifier` (only the uid counts).',
    rationale: 'dhcpd silently keeps the last value, so the first line is dead and misleading.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    examples: { incorrect: 'default-lease-time 600;\ndefault-lease-time 900;\n', correct: 'default-lease-time 900;\n' },
  },
  (ctx) => {
    const seen = new Map<AnyStatement | undefined, Map<string, { s: Parameter | OptionStatement; file: typeof ctx.config.main }>>();
    // hardware, fixed-address and interface repeated are dhcpd errors (host-declaration, network-declaration); a uid is handled below.
    const hostClientIds = new Map<AnyStatement, { s: Parameter | OptionStatement; file: typeof ctx.config.main }>();
    const repeatable = new Set(['hardware', 'fixed-address', 'interface', 'range', 'include', 'primary', 'secondary', 'set', 'log']);
    return {
      statementTypes: ['Parameter', 'Option'],
      statement(s, ancestors, file) {
        if ((s.type !== 'Parameter' && s.type !== 'Option') || (s.type === 'Parameter' && (!s.known || repeatable.has(s.name)))) return;
        const parent = ancestors[ancestors.length - 1];
        if (parent?.type === 'FailoverPeer') return; // failover-duplicate-statement covers peers
        if (parent?.type === 'If' || parent?.type === 'Else' || parent?.type === 'On') return;
        if (parent?.type === 'Host' && (s.type === 'Option' ? s.space === 'dhcp' && s.name === 'dhcp-client-identifier' : s.name === 'uid')) {
          // dhcpd keeps the uid and ignores the client identifier, whatever their order (it warns).
          const other = hostClientIds.get(parent);
          if (other && other.s.type !== s.type) {
            const [ignored, kept] = s.type === 'Option' ? [{ s, file }, other] : [other, { s, file }];
            ctx.report({ file: ignored.file, span: ignored.s.span, message: "This host also has a 'uid'; dhcpd uses the uid and ignores 'option dhcp-client-identifier'.", fix: removeStatementFix(ignored.file, ignored.s), related: [{ file: kept.file, span: kept.s.span, message: 'the uid' }] });
          }
          hostClientIds.set(parent, { s, file });
        }
        if (s.type === 'Parameter' && s.name === 'uid') return;
        const key = s.type === 'Option' ? `option ${s.space}.${s.name}` : s.negated ? 'authoritative' : s.name;
        const scope = seen.get(parent) ?? new Map();
        seen.set(parent, scope);
        const prev = scope.get(key);
        if (prev)
          ctx.report({
            file: prev.file,
            span: prev.s.span,
            message: `'${key.replace(/^option dhcp\./, 'option ')}' is set again later in the same scope; this value is overridden.`,
            fix: removeStatementFix(prev.file, prev.s),
            related: [{ file, span: s.span, message: 'the value that wins' }],
          });
        scope.set(key, { s, file });
      },
    };
  },
);

export const macFormat = defineRule(
  {
    id: 'mac-format', perStatement: true,
    category: 'hosts',
    defaultSeverity: 'warning',
    description: 'An Ethernet address that is not six bytes.',
    rationale: 'dhcpd accepts a 5-, 7- or 8-byte `hardware ethernet` address silently; that host never matches a client (no outage: the client gets a dynamic lease instead of its reservation, hence a warning).',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'host pc { hardware ethernet 00:11:22:33:44; }\n', correct: 'host pc { hardware ethernet 00:11:22:33:44:55; }\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter'],
    statement(s, _a, file) {
      if (s.type !== 'Parameter' || s.name !== 'hardware') return;
      const [type, mac] = s.args;
      if (type?.type === 'Word' && type.text.toLowerCase() === 'ethernet' && mac?.type === 'Word' && mac.literal.kind === 'hex' && mac.literal.bytes.length !== 6)
        ctx.report({ file, span: mac.span, message: `An Ethernet address has 6 bytes; '${excerpt(mac.text)}' has ${mac.literal.bytes.length}.` });
    },
  }),
);

export const leaseTimes = defineRule(
  {
    id: 'lease-times',
    category: 'values',
    defaultSeverity: 'warning',
    description: 'default-lease-time above max-lease-time (or min above max) in the same scope.',
    rationale: 'dhcpd accepts it and caps every lease at max-lease-time; Kea refuses the converted configuration.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'default-lease-time 86400;\nmax-lease-time 3600;\n', correct: 'default-lease-time 3600;\nmax-lease-time 86400;\n' },
  },
  (ctx) => {
    const scopes = new Map<AnyStatement | undefined, Map<string, { v: number; s: Parameter; file: typeof ctx.config.main }>>();
    return {
      statementTypes: ['Parameter'],
      parameterNames: ['default-lease-time', 'max-lease-time', 'min-lease-time'],
      statement(s, ancestors, file) {
        if (s.type !== 'Parameter' || !['default-lease-time', 'max-lease-time', 'min-lease-time'].includes(s.name)) return;
        const a = s.args[0];
        if (a?.type !== 'Word' || a.literal.kind !== 'number') return;
        const parent = ancestors[ancestors.length - 1];
        const scope = scopes.get(parent) ?? new Map();
        scopes.set(parent, scope);
        scope.set(s.name, { v: a.literal.value, s, file });
      },
      end() {
        for (const scope of scopes.values()) {
          const def = scope.get('default-lease-time');
          const max = scope.get('max-lease-time');
          const min = scope.get('min-lease-time');
          if (def && max && def.v > max.v) ctx.report({ file: def.file, span: def.s.span, message: `default-lease-time ${def.v} is longer than max-lease-time ${max.v}; leases will be capped at ${max.v}.`, related: [{ file: max.file, span: max.s.span, message: 'max-lease-time' }] });
          if (min && max && min.v > max.v) ctx.report({ file: min.file, span: min.s.span, message: `min-lease-time ${min.v} is longer than max-lease-time ${max.v}.`, related: [{ file: max.file, span: max.s.span, message: 'max-lease-time' }] });
        }
      },
    };
  },
);

// ------------------------------------------------------------------ topology

const subnetRule = (meta: Parameters<typeof defineRule>[0], check: (ctx: Parameters<Parameters<typeof defineRule>[1]>[0]) => void): ConfigRule => defineRule(meta, (ctx) => ({ end: () => check(ctx) }));

export const subnetHostBits = subnetRule(
  {
    id: 'subnet-host-bits',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A subnet number with host bits set for its netmask (`subnet 10.0.0.5 netmask 255.255.255.0`).',
    rationale: 'dhcpd rejects it: `bad subnet number/mask combination`.',
    dhcpd: 'rejects',
    recommended: true,
    fixable: true,
    examples: { incorrect: 'subnet 10.0.0.5 netmask 255.255.255.0 { }\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n' },
  },
  (ctx) => {
    for (const s of ctx.facts.subnets) {
      if ((s.network & s.mask) >>> 0 === s.network) continue;
      const net = formatIPv4((s.network & s.mask) >>> 0);
      ctx.report({ file: s.file, span: s.decl.network!.span, message: `${excerpt(s.decl.network!.text)} has host bits set for netmask ${excerpt(s.decl.netmask!.text)}; the network is ${net}.`, fix: { span: s.decl.network!.span, text: net } });
    }
  },
);

export const noncontiguousNetmask = subnetRule(
  {
    id: 'noncontiguous-netmask',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'A netmask whose one-bits are not contiguous (255.0.255.0).',
    rationale: 'dhcpd accepts it silently; no real network has such a mask, so it is a typo.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.0.255.0 { }\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n' },
  },
  (ctx) => {
    for (const s of ctx.facts.subnets) if (prefixLength(s.mask) === undefined) ctx.report({ file: s.file, span: s.decl.netmask!.span, message: `Netmask ${excerpt(s.decl.netmask!.text)} is not contiguous.` });
  },
);

export const rangeOutsideSubnet = subnetRule(
  {
    id: 'range-outside-subnet',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A range whose addresses are not inside the enclosing subnet.',
    rationale: 'dhcpd stops with `bad range, address … not in subnet …` and gives no file or line.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.1.10 10.0.1.20;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n' },
  },
  (ctx) => {
    for (const r of ctx.facts.ranges) {
      if (!r.subnet) continue;
      const bad = [r.low, r.high].find((a) => !subnetContains(r.subnet!, a));
      if (bad !== undefined) ctx.report({ file: r.file, span: r.span, message: `Range ${excerpt(r.text)}: ${formatIPv4(bad)} is not in subnet ${excerpt(r.subnet.key)}.`, related: [{ file: r.subnet.file, span: r.subnet.decl.words[0]!.span, message: `subnet ${excerpt(r.subnet.key)}` }] });
    }
  },
);

export const rangeReversed = subnetRule(
  {
    id: 'range-reversed',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'A range written high address first.',
    rationale: 'dhcpd swaps the ends silently; the reader of the file may not.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    fixable: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.20 10.0.0.10;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n' },
  },
  (ctx) => {
    for (const r of ctx.facts.ranges) {
      if (r.low <= r.high) continue;
      const { low, high } = r.decl;
      if (!low || !high) continue;
      ctx.report({ file: r.file, span: r.span, message: `Range ${excerpt(r.text)} runs backwards; write ${excerpt(high.text)} ${excerpt(low.text)}.`, fix: { span: { start: low.span.start, end: high.span.end }, text: `${high.text} ${low.text}` } });
    }
  },
);

export const rangeNetworkBroadcast = subnetRule(
  {
    id: 'range-network-broadcast',
    category: 'topology',
    defaultSeverity: 'warning',
    description: "A range that includes the subnet's network or broadcast address.",
    rationale: 'Those addresses cannot be leased; dhcpd accepts the range silently.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.0 10.0.0.255;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.1 10.0.0.254;\n}\n' },
  },
  (ctx) => {
    for (const r of ctx.facts.ranges) {
      const s = r.subnet;
      if (!s || prefixLength(s.mask) === undefined || prefixLength(s.mask)! >= 31) continue;
      const bc = broadcastOf(s.network, s.mask);
      const lo = Math.min(r.low, r.high);
      const hi = Math.max(r.low, r.high);
      if (lo <= s.network && s.network <= hi) ctx.report({ file: r.file, span: r.span, message: `Range ${excerpt(r.text)} includes the network address ${formatIPv4(s.network)}.` });
      if (lo <= bc && bc <= hi) ctx.report({ file: r.file, span: r.span, message: `Range ${excerpt(r.text)} includes the broadcast address ${formatIPv4(bc)}.` });
    }
  },
);

/**
 * Each interval that overlaps an earlier one (in order of low end), with one such earlier
 * interval: an identical one when there is one, else the one reaching furthest. One report per
 * interval keeps the output linear: listing every overlapping pair made n identical subnets
 * (nested 100,000 deep, say) n²/2 reports, and finding them took as long.
 */
function overlapsOnce<T>(list: Interval<T>[]): [Interval<T>, Interval<T>][] {
  const sorted = [...list].sort((a, b) => a.low - b.low || a.high - b.high);
  const out: [Interval<T>, Interval<T>][] = [];
  let furthest: Interval<T> | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i]!;
    const prev = sorted[i - 1];
    if (prev && prev.low === cur.low && prev.high === cur.high) out.push([prev, cur]);
    else if (furthest && furthest.high >= cur.low) out.push([furthest, cur]);
    if (!furthest || cur.high > furthest.high) furthest = cur;
  }
  return out;
}

export const rangeOverlap = subnetRule(
  {
    id: 'range-overlap',
    category: 'topology',
    defaultSeverity: 'error',
    description: 'Two ranges that share addresses.',
    rationale: 'dhcpd rejects it with one `lease … is declared twice!` line per shared address; the linter names the two ranges once.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.50;\n  range 10.0.0.40 10.0.0.90;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.50;\n  range 10.0.0.51 10.0.0.90;\n}\n' },
  },
  (ctx) => {
    const list = ctx.facts.ranges.map((r) => ({ low: Math.min(r.low, r.high), high: Math.max(r.low, r.high), item: r }));
    for (const [a, b2] of overlapsOnce(list)) {
      ctx.report({ file: b2.item.file, span: b2.item.span, message: `Range ${excerpt(b2.item.text)} overlaps range ${excerpt(a.item.text)}.`, related: [{ file: a.item.file, span: a.item.span, message: `range ${excerpt(a.item.text)}` }] });
    }
  },
);

export const subnetOverlap = subnetRule(
  {
    id: 'subnet-overlap',
    category: 'topology',
    defaultSeverity: 'warning',
    description: 'Two subnet declarations that overlap or are identical.',
    rationale: 'dhcpd only warns and picks one of them per request.',
    dhcpd: 'warns',
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.0.0 { }\nsubnet 10.0.5.0 netmask 255.255.255.0 { }\n', correct: 'subnet 10.1.0.0 netmask 255.255.0.0 { }\nsubnet 10.0.5.0 netmask 255.255.255.0 { }\n' },
  },
  (ctx) => {
    const list = ctx.facts.subnets.filter((s) => prefixLength(s.mask) !== undefined).map((s) => ({ low: s.network, high: broadcastOf(s.network, s.mask), item: s }));
    for (const [a, b2] of overlapsOnce(list)) {
      const same = a.low === b2.low && a.high === b2.high;
      ctx.report({ file: b2.item.file, span: b2.item.decl.words[0]!.span, message: same ? `Subnet ${excerpt(b2.item.key)} is declared twice.` : `Subnet ${excerpt(b2.item.key)} overlaps subnet ${excerpt(a.item.key)}.`, related: [{ file: a.item.file, span: a.item.decl.words[0]!.span, message: `subnet ${excerpt(a.item.key)}` }] });
    }
  },
);

export const poolWithoutRange = defineRule(
  {
    id: 'pool-without-range', perStatement: true,
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A pool with no range statement.',
    rationale: 'dhcpd rejects it: every pool must contain at least one range.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool { deny unknown-clients; }\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool { deny unknown-clients; range 10.0.0.5 10.0.0.9; }\n}\n' },
  },
  (ctx) => ({
    statementTypes: ['Pool'],
    statement(s, _a, file) {
      if (s.type === 'Pool' && !s.v6 && !s.body.body.some((c) => c.type === 'Range' || c.type === 'Include')) ctx.report({ file, span: s.words[0]!.span, message: 'This pool has no range; dhcpd requires at least one.' });
    },
  }),
);

export const routersOutsideSubnet = subnetRule(
  {
    id: 'routers-outside-subnet',
    category: 'topology',
    defaultSeverity: 'warning',
    description: "`option routers` or `option broadcast-address` / `option subnet-mask` that do not fit the subnet they are set in.",
    rationale: "Clients get a gateway they cannot reach or a wrong mask; dhcpd sends what it is told.",
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option routers 10.0.1.1;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option routers 10.0.0.1;\n}\n' },
  },
  (ctx) => {
    for (const s of ctx.facts.subnets) {
      const routers = s.settings.get('option routers');
      if (routers && routers.node.type === 'Option')
        for (const v of routers.node.values) if (v.type === 'Word' && v.literal.kind === 'ipv4' && !subnetContains(s, v.literal.value)) ctx.report({ file: routers.file, span: v.span, message: `Router ${excerpt(v.text)} is not in subnet ${excerpt(s.key)}.` });
      const bc = s.settings.get('option broadcast-address');
      const bcv = bc?.node.type === 'Option' ? bc.node.values[0] : undefined;
      if (bc && bcv?.type === 'Word' && bcv.literal.kind === 'ipv4' && bcv.literal.value !== broadcastOf(s.network, s.mask)) ctx.report({ file: bc.file, span: bcv.span, message: `Broadcast address ${excerpt(bcv.text)} does not match subnet ${excerpt(s.key)} (${formatIPv4(broadcastOf(s.network, s.mask))}).` });
      const sm = s.settings.get('option subnet-mask');
      const smv = sm?.node.type === 'Option' ? sm.node.values[0] : undefined;
      if (sm && smv?.type === 'Word' && smv.literal.kind === 'ipv4' && smv.literal.value !== s.mask) ctx.report({ file: sm.file, span: smv.span, message: `option subnet-mask ${excerpt(smv.text)} overrides the subnet's netmask ${formatIPv4(s.mask)}.` });
    }
  },
);

export const singleFileRules: ConfigRule[] = [unicodeLookalike, unknownStatement, statementContext, invalidValue, unknownOption, optionValueType, numberAsHostname, unquotedString, deprecatedStatement, duplicateParameter, macFormat, leaseTimes, subnetHostBits, noncontiguousNetmask, rangeOutsideSubnet, rangeReversed, rangeNetworkBroadcast, rangeOverlap, subnetOverlap, poolWithoutRange, routersOutsideSubnet];

export const keyDefinition = defineRule(
  {
    id: 'key-definition',
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'A TSIG key without algorithm or secret, a secret that is not base64, or a zone that uses an undeclared key.',
    rationale: 'dhcpd crashes on an empty key block, rejects bad base64 (`invalid base64 character`) and unknown keys (`unknown key`).',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'key upd { }\nzone example.com. { primary 127.0.0.1; key other; }\n', correct: 'key upd { algorithm hmac-sha256; secret "c2VjcmV0"; }\nzone example.com. { primary 127.0.0.1; key upd; }\n' },
  },
  (ctx) => {
    const keys = new Set<string>();
    return {
      statementTypes: ['Key', 'Parameter'],
      parameterNames: ['secret', 'key'],
      statement(s, ancestors, file) {
        if (s.type === 'Key') {
          keys.add(s.name);
          for (const need of ['algorithm', 'secret'])
            if (!s.body.body.some((c) => c.type === 'Parameter' && c.name === need)) ctx.report({ file, span: s.words[0]!.span, message: `Key '${excerpt(s.name)}' has no ${need}; dhcpd crashes on such a key.` });
        }
        if (s.type !== 'Parameter') return;
        const parent = ancestors[ancestors.length - 1];
        if (s.name === 'secret' && parent?.type === 'Key') {
          const v = s.args.map((a) => (a.type === 'String' ? a.value : a.type === 'Word' ? a.text : a.text)).join('');
          if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) ctx.report({ file, span: s.args[0]?.span ?? s.span, message: `The secret of key '${excerpt(parent.name)}' is not valid base64 (${/[^A-Za-z0-9+/=]/.test(v) ? `it contains '${/[^A-Za-z0-9+/=]/.exec(v)![0]}'` : 'its length is not a multiple of 4'}).` });
        }
        if (s.name === 'key' && parent?.type === 'Zone') {
          const name = s.args[0]?.type === 'String' ? s.args[0].value : s.args[0]?.type === 'Word' ? s.args[0].text : '';
          if (name && !keys.has(name)) ctx.report({ file, span: s.args[0]!.span, message: `Zone '${excerpt(parent.name)}' uses key '${excerpt(name)}', which is not declared above it.` });
        }
      },
    };
  },
);

export const dhcpv6InV4 = defineRule(
  {
    id: 'dhcpv6-in-v4-config', perStatement: true,
    category: 'syntax',
    defaultSeverity: 'error',
    description: 'DHCPv6 declarations (subnet6, range6, prefix6, pool6) in a DHCPv4 configuration.',
    rationale: 'dhcpd -4 rejects them (`subnet6 statement is only supported in DHCPv6 mode`); DHCPv6 needs its own dhcpd6.conf. Files named *6.conf are treated as DHCPv6 and skipped.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'subnet6 2001:db8::/64 { range6 2001:db8::100 2001:db8::1ff; }\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 { }\n' },
  },
  (ctx) => ({
    statementTypes: ['Subnet6', 'Range', 'Prefix6', 'Pool'],
    statement(s, _a, file) {
      if (/[a-z_-]6(\.[^/]*)?\.conf$/i.test(ctx.config.main.uri)) return; // dhcpd6.conf, not fixture-4576.conf
      if (s.type === 'Subnet6' || (s.type === 'Range' && s.v6) || s.type === 'Prefix6' || (s.type === 'Pool' && s.v6))
        ctx.report({ file, span: s.words[0]!.span, message: `'${s.words[0]!.type === 'Word' ? s.words[0]!.text : ''}' is DHCPv6; a DHCPv4 server (dhcpd -4) rejects it. Put it in dhcpd6.conf.` });
    },
  }),
);

singleFileRules.push(keyDefinition, dhcpv6InV4);
