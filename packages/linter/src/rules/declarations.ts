// Checks dhcpd makes on declarations while it reads the file (server/confpars.c, server/mdb.c) or
// when it starts (server/dhcpd.c): what a host may say once, what a class or subclass may hold,
// which permits a pool understands, shared-network and range limits, server-duid forms and the
// lengths of server options set by expression. Each report is placed on the line dhcpd names.
import { optionSpec, excerpt, type AnyStatement, type Parameter, type Value } from '@dhcplint/parser';
import { defineRule, type ConfigRule } from './rule.js';
import { networkOf } from '../net/ipv4.js';

const wordText = (v: Value | undefined): string => (v?.type === 'Word' ? v.text : v?.type === 'String' ? v.raw : '');

export const hostDeclaration = defineRule(
  {
    id: 'host-declaration', perStatement: true,
    category: 'hosts',
    defaultSeverity: 'error',
    description: 'A host with a second `hardware`, `fixed-address`, `uid` or `host-identifier`, a `uid` that is neither a quoted string nor bytes, a `host-identifier` naming an unknown option, or a `fixed-prefix6` whose length is over 128 or shorter than its set bits.',
    rationale: 'dhcpd rejects each of these: `Host NAME hardware address already configured`, `Only one fixed address declaration per host`, `Host NAME already has a uid`, `only one host-identifier allowed per host`, `unknown option SPACE.NAME`, `networks have 0 to 128 bits`, `network mask too short`.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'host pc {\n  hardware ethernet 0:1:2:3:4:5;\n  hardware ethernet 0:1:2:3:4:6;\n}\n', correct: 'host pc {\n  hardware ethernet 0:1:2:3:4:5;\n}\n' },
  },
  (ctx) => ({
    statementTypes: ['Host'],
    statement(s, _a, file) {
      if (s.type !== 'Host') return;
      const seen = new Set<string>();
      for (const c of s.body.body) {
        if (c.type !== 'Parameter') continue;
        const once: Record<string, string> = { hardware: `Host '${excerpt(s.name)}' already has a hardware address; dhcpd takes one per host.`, 'fixed-address': `Only one fixed-address statement per host (list several addresses in it: 'fixed-address 10.0.0.5, 10.0.1.5;').`, uid: `Host '${excerpt(s.name)}' already has a uid.`, 'host-identifier option': `Only one host-identifier per host.` };
        if (once[c.name]) {
          if (seen.has(c.name)) ctx.report({ file, span: c.words[0]!.span, message: once[c.name]! });
          seen.add(c.name);
        }
        if (c.name === 'uid') checkUid(c);
        if (c.name === 'fixed-prefix6') checkPrefix6(c);
        if (c.name === 'host-identifier option') {
          const opt = wordText(c.args[0]);
          const [space, name] = opt.includes('.') ? [opt.slice(0, opt.indexOf('.')), opt.slice(opt.indexOf('.') + 1)] : ['dhcp', opt];
          if (opt && c.args[0]?.type === 'Word' && !optionSpec(space, name)) ctx.report({ file, span: c.args[0].span, message: `Unknown option '${excerpt(opt)}' in host-identifier.` });
        }
      }
      function checkPrefix6(c: Parameter) {
        const text = wordText(c.args[0]);
        const m = /^([0-9a-f:.]+)\/(\d+)$/i.exec(text);
        const bits = m ? ipv6Bits(m[1]!) : undefined;
        if (!m || !bits) return;
        const len = Number(m[2]);
        if (len > 128) ctx.report({ file, span: c.args[0]!.span, message: `A prefix length is 0 to 128 bits; ${len} is not.` });
        else if (bits.slice(len).includes('1')) ctx.report({ file, span: c.args[0]!.span, message: `${excerpt(text)} has bits set beyond its /${len}; the prefix is longer than its length says (dhcpd: network mask too short).` });
      }
      function checkUid(c: Parameter) {
        const v = c.args[0];
        const ok = c.args.length === 1 && (v?.type === 'String' || (v?.type === 'Word' && (v.literal.kind === 'hex' || v.literal.kind === 'number')));
        if (!ok) ctx.report({ file, span: v?.span ?? c.span, message: `A uid is a quoted string or colon-separated bytes (uid 1:0:11:22:33:44:55;), not '${excerpt(c.args.map(wordText).join(' '))}'.` });
      }
    },
  }),
);

export const classDeclaration = defineRule(
  {
    id: 'class-declaration', perStatement: true,
    category: 'classes',
    defaultSeverity: 'error',
    description: '`match` or `spawn with` inside a subclass, or a class with both `match` and `spawn with` (or two of them).',
    rationale: 'dhcpd rejects them: `invalid match in subclass`, `invalid spawn in subclass`, `can\'t override existing submatch/spawn`. A subclass is matched by its key; only its class says how.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'class "ports" {\n  match option agent.circuit-id;\n  spawn with option agent.remote-id;\n}\n', correct: 'class "ports" {\n  spawn with option agent.circuit-id;\n}\n' },
  },
  (ctx) => ({
    statementTypes: ['Class', 'Subclass'],
    statement(s, _a, file) {
      if (s.type === 'Subclass') {
        for (const c of s.body?.body ?? []) if (c.type === 'Match') ctx.report({ file, span: c.words[0]!.span, message: `A subclass cannot have its own '${c.form}'; dhcpd rejects it (the class "${excerpt(s.className)}" says how members are matched).` });
        return;
      }
      if (s.type !== 'Class') return;
      let submatch: string | undefined;
      for (const c of s.body.body) {
        if (c.type !== 'Match' || c.form === 'match if') continue;
        if (submatch) ctx.report({ file, span: c.words[0]!.span, message: `Class "${excerpt(s.name)}" already has '${submatch}'; dhcpd takes one 'match' or 'spawn with' per class.` });
        submatch ??= c.form;
      }
    },
  }),
);

/** Permits a pool's allow/deny understands (dhcpd's parse_pool_statement). */
const POOL_PERMITS = new Set(['unknown-clients', 'known-clients', 'unknown clients', 'known clients', 'authenticated clients', 'unauthenticated clients', 'all clients', 'dynamic bootp clients', 'members of', 'after']);
/** Keys of allow/deny/ignore anywhere else (dhcpd's parse_allow_deny). */
const SCOPE_PERMITS = new Set(['bootp', 'booting', 'dynamic-bootp', 'unknown-clients', 'duplicates', 'declines', 'client-updates', 'leasequery']);

export const permitForm = defineRule(
  {
    id: 'permit-form', perStatement: true,
    category: 'values',
    defaultSeverity: 'error',
    description: 'An `allow`/`deny` that dhcpd does not understand where it stands: a pool permit outside a pool, a scope flag (`bootp`, `booting`, …) inside a pool, `members` without `of "class"`, two `after` clauses in a pool.',
    rationale: 'dhcpd rejects them with `expecting permit type.`, `expecting "bootp"`, `expecting "of"`, `expecting class name.`, `expecting "clients"`, `duplicate "after" clause.` or, outside pools, `expecting allow/deny key`.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.10 10.0.0.99;\n    allow members staff;\n  }\n}\n', correct: 'class "staff" { match if option user-class = "staff"; }\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.10 10.0.0.99;\n    allow members of "staff";\n  }\n}\n' },
  },
  (ctx) => ({
    statementTypes: ['AllowDeny', 'Pool'],
    statement(s, ancestors, file) {
      if (s.type === 'Pool') {
        const after = s.body.body.filter((c) => c.type === 'AllowDeny' && c.what === 'after');
        for (const c of after.slice(1)) ctx.report({ file, span: c.words[1]!.span, message: 'A pool takes one "after" clause.' });
        return;
      }
      if (s.type !== 'AllowDeny' || s.expression) return;
      const parent = ancestors[ancestors.length - 1];
      const at = s.words[1] ?? s.span;
      const span = 'span' in at ? at.span : at;
      // In a pool, allow and deny are permits; ignore is the scope statement there too.
      if (parent?.type === 'Pool' && !parent.v6 && s.verb !== 'ignore') {
        if (!POOL_PERMITS.has(s.what)) {
          ctx.report({ file, span, message: poolPermitHint(s.what) });
          return;
        }
        if (s.what === 'members of' && s.arg?.type !== 'String') ctx.report({ file, span: s.arg?.span ?? span, message: `The class name of 'members of' must be quoted: members of "${excerpt(wordText(s.arg))}".` });
        return;
      }
      if (parent?.type === 'Pool' && parent.v6) return;
      if (!SCOPE_PERMITS.has(s.what)) ctx.report({ file, span, message: `dhcpd knows no '${s.verb} ${excerpt(s.what)}' here${POOL_PERMITS.has(s.what) ? ' (it is a pool permit; put it inside a pool)' : ''}; outside pools dhcpd knows ${[...SCOPE_PERMITS].join(', ')}.` });
    },
  }),
);

function poolPermitHint(what: string): string {
  const w = what.split(' ');
  if (w[0] === 'dynamic') return `Expected 'dynamic bootp clients', not 'dynamic ${excerpt(w.slice(1).join(' '))}'.`;
  if (w[0] === 'members') return `Expected 'members of "CLASS"'.`;
  if ((w[0] === 'unknown' || w[0] === 'known' || w[0] === 'all' || w[0] === 'authenticated' || w[0] === 'unauthenticated') && w[1] !== 'clients') return `Expected '${w[0]} clients'.`;
  return `'${excerpt(what)}' is not a pool permit; a pool understands: ${[...POOL_PERMITS].filter((p) => p !== 'members of' && p !== 'after').join(', ')}, members of "CLASS", after DATE.`;
}

/** The 128 bits of an IPv6 address as a string of 0s and 1s, or undefined when it is not one. */
function ipv6Bits(text: string): string | undefined {
  const halves = text.split('::');
  if (halves.length > 2 || text.includes('.')) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const all = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return all.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}

const ipv4 = (w: Value | undefined): number | undefined => (w?.type === 'Word' && w.literal.kind === 'ipv4' ? w.literal.value : undefined);
/** dhcpd refuses a range this large (mdb.c: "overly large address range"). */
const MAX_RANGE_SPAN = 2 ** 24;

export const networkDeclaration = defineRule(
  {
    id: 'network-declaration', perStatement: true,
    category: 'topology',
    defaultSeverity: 'error',
    description: 'A shared-network with an empty name or no subnet, a subnet or shared-network tied to two interfaces, a range with a third address, a name instead of an address or 2^24 addresses or more, or a pool range in a shared-network before the subnet it belongs to.',
    rationale: 'dhcpd rejects each: `zero-length shared network name`, `empty shared-network decl`, `can\'t be connected to two interfaces`, `semicolon expected.`, `overly large address range`, `address range not on network … Be sure to place pool statement after related subnet declarations`.',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'shared-network lab {\n  default-lease-time 600;\n}\n', correct: 'shared-network lab {\n  subnet 10.0.0.0 netmask 255.255.255.0 { }\n}\n' },
  },
  (ctx) => ({
    statementTypes: ['SharedNetwork', 'Subnet', 'Range'],
    statement(s, ancestors, file) {
      if (s.type === 'SharedNetwork') {
        if (s.nameNode?.type === 'String' && s.name === '') ctx.report({ file, span: s.nameNode.span, message: 'A shared-network needs a name.' });
        const hasSubnet = (list: readonly AnyStatement[]): boolean => list.some((c) => c.type === 'Subnet' || c.type === 'Subnet6' || c.type === 'Include' || (c.type === 'Group' && hasSubnet(c.body.body)));
        if (!hasSubnet(s.body.body)) ctx.report({ file, span: s.body.close ?? s.words[0]!.span, message: `Shared-network '${excerpt(s.name)}' declares no subnet; dhcpd rejects an empty shared-network.` });
      }
      if (s.type === 'SharedNetwork' || s.type === 'Subnet') {
        const names = s.body.body.filter((c): c is Parameter => c.type === 'Parameter' && c.name === 'interface');
        const first = names[0];
        for (const c of names.slice(1)) if (wordText(c.args[0]) !== wordText(first!.args[0])) ctx.report({ file, span: c.words[0]!.span, message: `Already tied to interface ${excerpt(wordText(first!.args[0]))}; a subnet or shared network can be connected to one interface.` });
      }
      if (s.type !== 'Range' || s.v6) return;
      const addrs = s.words.slice(1).filter((w) => !(w.type === 'Word' && w.text.toLowerCase() === 'dynamic-bootp'));
      if (addrs.length > 2) {
        ctx.report({ file, span: addrs[2]!.span, message: `A range has a low and a high address; '${excerpt(wordText(addrs[2]))}' is one too many (a missing ';'?).` });
        return;
      }
      // dhcpd reads range ends as numeric addresses (`expecting numeric value.`), never host names.
      for (const w of [s.low, s.high]) if (w?.type === 'Word' && w.literal.kind !== 'ipv4' && !/^\d+(\.\d+)+$/.test(w.text)) ctx.report({ file, span: w.span, message: `A range takes IPv4 addresses; '${excerpt(w.text)}' is not one.` });
      const low = ipv4(s.low);
      const high = ipv4(s.high) ?? low;
      if (low === undefined || high === undefined) return;
      if (Math.abs(high - low) >= MAX_RANGE_SPAN) ctx.report({ file, span: s.span, message: `Range ${excerpt(wordText(s.low))}–${excerpt(wordText(s.high))} spans ${Math.abs(high - low) + 1} addresses; dhcpd refuses ranges of 2^24 addresses or more.` });
      // A pool directly in a shared-network takes its subnet from those declared before it.
      const pool = ancestors[ancestors.length - 1];
      const shared = ancestors[ancestors.length - 2];
      if (pool?.type !== 'Pool' || shared?.type !== 'SharedNetwork') return;
      const before = shared.body.body.slice(0, shared.body.body.indexOf(pool));
      if (shared.body.body.slice(shared.body.body.indexOf(pool)).some((c) => c.type === 'Include') || before.some((c) => c.type === 'Include')) return;
      const onNetwork = before.some((c) => {
        if (c.type !== 'Subnet') return false;
        const net = ipv4(c.network);
        const mask = ipv4(c.netmask);
        return net !== undefined && mask !== undefined && networkOf(low, mask) === networkOf(net, mask);
      });
      if (!onNetwork) ctx.report({ file, span: s.span, message: `Range ${excerpt(wordText(s.low))} is on no subnet declared before this pool in shared-network '${excerpt(shared.name)}'; dhcpd needs the subnet first.` });
    },
  }),
);

const DUID_HARDWARE = new Set(['ethernet', 'token-ring', 'fddi', 'infiniband']);

/** Lengths (bytes) dhcpd requires of server options it reads at start-up (server/dhcpd.c). */
const SERVER_OPTION_LENGTH: Record<string, number> = { 'omapi-port': 2, 'local-port': 2, 'remote-port': 2, 'limited-broadcast-address': 4, 'local-address': 4, 'ddns-update-style': 1, 'log-facility': 1, 'delayed-ack': 2, 'max-ack-delay': 4, 'prefix-length-mode': 1, 'abandon-lease-time': 4 };

export const serverSettings = defineRule(
  {
    id: 'server-settings',
    category: 'values',
    defaultSeverity: 'error',
    description: 'Server-wide settings dhcpd checks when it starts: `server-duid` forms, an `omapi-key` that names no declared key, and server options (`option server.NAME = …`) set to data of the wrong length.',
    rationale: 'dhcpd refuses to start: `DUID type of LLT, EN, or LL expected`, `enterprise number expected`, `hardware type expected`, `OMAPI key NAME: key not found`, `invalid omapi port data length`, `invalid max ack delay configuration`, … (the start-up ones without a line).',
    dhcpd: 'rejects',
    recommended: true,
    examples: { incorrect: 'server-duid UUID;\noption server.omapi-port = "abc";\n', correct: 'server-duid EN 32473 "c0ffee";\noption server.omapi-port = 7911;\n' },
  },
  (ctx) => {
    const keys = new Set<string>();
    const omapiKeys: { file: Parameters<typeof ctx.report>[0]['file']; p: Parameter }[] = [];
    return {
      statementTypes: ['Parameter', 'Option', 'Key'],
      statement(s, _a, file) {
        if (s.type === 'Key') keys.add(s.name);
        if (s.type === 'Option' && s.space === 'server' && s.expression?.type === 'Literal') {
          const want = SERVER_OPTION_LENGTH[s.name];
          const v = s.expression.value;
          const bytes = v.type === 'String' ? [...Buffer.from(v.value, 'latin1')].length : v.type === 'Word' && v.literal.kind === 'hex' ? v.literal.bytes.length : undefined;
          if (want !== undefined && bytes !== undefined && bytes !== want) ctx.report({ file, span: v.span, message: `server.${excerpt(s.name)} takes ${want} byte${want > 1 ? 's' : ''}; this value has ${bytes}, and dhcpd refuses to start.` });
        }
        if (s.type !== 'Parameter') return;
        if (s.name === 'omapi-key') omapiKeys.push({ file, p: s });
        if (s.name === 'server-duid') {
          const problem = duidProblem(s.args);
          if (problem) ctx.report({ file, span: problem.at?.span ?? s.words[0]!.span, message: problem.message });
        }
      },
      end() {
        for (const { file, p } of omapiKeys) {
          const name = p.args[0]?.type === 'String' ? p.args[0].value : wordText(p.args[0]);
          if (name && !keys.has(name)) ctx.report({ file, span: p.args[0]!.span, message: `omapi-key names key '${excerpt(name)}', which is not declared; dhcpd refuses to start.` });
        }
      },
    };
  },
);

function duidProblem(args: Value[]): { at?: Value; message: string } | undefined {
  const [kind, ...rest] = args;
  const k = wordText(kind).toUpperCase();
  const isNum = (v: Value | undefined) => v?.type === 'Word' && v.literal.kind === 'number';
  const isHw = (v: Value | undefined) => v?.type === 'Word' && (v.literal.kind === 'hex' || v.literal.kind === 'number');
  const extra = (n: number) => (rest.length > n ? { at: rest[n], message: `Unexpected '${excerpt(wordText(rest[n]))}' after the server-duid.` } : undefined);
  if (k === 'EN') {
    if (!isNum(rest[0])) return { at: rest[0] ?? kind, message: 'server-duid EN needs an enterprise number, then the identifier in quotes.' };
    if (rest[1]?.type !== 'String') return { at: rest[1] ?? rest[0], message: 'The identifier of server-duid EN goes in quotes: server-duid EN 32473 "c0ffee";' };
    return extra(2);
  }
  if (k === 'LL' || k === 'LLT') {
    if (rest.length === 0) return undefined;
    if (!DUID_HARDWARE.has(wordText(rest[0]).toLowerCase())) return { at: rest[0], message: `Expected a hardware type (${[...DUID_HARDWARE].join(', ')}), not '${excerpt(wordText(rest[0]))}'.` };
    if (k === 'LLT') {
      if (!isNum(rest[1])) return { at: rest[1] ?? rest[0], message: 'server-duid LLT needs a timestamp (a number) after the hardware type.' };
      if (!isHw(rest[2])) return { at: rest[2] ?? rest[1], message: 'server-duid LLT ends with the hardware address.' };
      return extra(3);
    }
    if (!isHw(rest[1])) return { at: rest[1] ?? rest[0], message: 'server-duid LL ends with the hardware address.' };
    return extra(2);
  }
  if (isNum(kind)) {
    if (rest[0]?.type !== 'String') return { at: rest[0] ?? kind, message: 'A numeric server-duid type is followed by the DUID in quotes.' };
    return extra(1);
  }
  return { at: kind, message: `server-duid takes LLT, EN, LL or a number, not '${excerpt(wordText(kind))}'.` };
}

export const leaseDurability = defineRule(
  {
    id: 'lease-durability', perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: '`dont-use-fsync true;`: lease writes are not flushed to disk.',
    rationale: 'dhcpd accepts it and logs `Not using fsync() to flush lease writes`; after a crash or power loss the leases it handed out last are gone from the lease file, and it may hand the same addresses to other clients.',
    dhcpd: 'warns',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'dont-use-fsync true;\n', correct: 'dont-use-fsync false;\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter'],
    parameterNames: ['dont-use-fsync'],
    statement(s, _a, file) {
      if (s.type === 'Parameter' && s.name === 'dont-use-fsync' && s.args[0]?.type === 'Word' && ['true', 'on'].includes(s.args[0].text.toLowerCase()))
        ctx.report({ file, span: s.span, message: 'Lease writes are not flushed to disk (dont-use-fsync); a crash can lose the latest leases and dhcpd may hand their addresses out twice.' });
    },
  }),
);

export const declarationRules: ConfigRule[] = [hostDeclaration, classDeclaration, permitForm, networkDeclaration, serverSettings, leaseDurability];
