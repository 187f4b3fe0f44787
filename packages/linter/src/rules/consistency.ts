// Rules for values that dhcpd accepts but that contradict the rest of the file or the way dhcpd
// works at run time: host names where addresses belong, options that disagree with their subnet,
// redefined standard option codes, hosts scoped where scoping has no effect, and failover
// settings that only fail on the wire.
import { failoverDefault, HOST_NAME, optionByCode, parseUserFormat, type AnyStatement, excerpt } from '@dhcplint/parser';
import { broadcastOf, formatIPv4, prefixLength } from '../net/ipv4.js';
import { defineRule, type ConfigRule } from './rule.js';
import { failoverRuleMeta } from './failover.js';
import { InnermostAncestor } from '../model/facts.js';
import type { RuleMeta, SourceFile } from '../types.js';
import type { Span } from '@dhcplint/parser';

const PEER = (extra: string) =>
  `failover peer "fo" {\n  primary;\n  address 10.0.0.1;\n  peer address 10.0.0.2;\n  max-response-delay 30;\n  max-unacked-updates 10;\n  load balance max seconds 3;\n  mclt 1800;\n  split 128;\n${extra}}\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    failover peer "fo";\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n`;

/** Parameters whose argument is an address that dhcpd resolves through DNS when given a name. */
const ADDRESS_PARAMETERS = new Set(['fixed-address', 'next-server', 'server-identifier', 'local-address']);
const ADDRESS_OPTIONS = new Set(['routers', 'domain-name-servers', 'ntp-servers', 'dhcp-server-identifier', 'broadcast-address', 'subnet-mask']);

export const hostnameInAddress = defineRule(
  {
    id: 'hostname-in-address', perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: 'A host name where an IPv4 address is expected (fixed-address, next-server, routers, name servers, failover addresses).',
    rationale: 'dhcpd resolves the name through DNS when it starts (and for fixed-address on every lookup), so the DHCP server stops working when DNS does; on a failover link a changed A record splits the pair.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'next-server tftp.example.net;\nhost pc { hardware ethernet 0:1:2:3:4:5; fixed-address pc.example.net; }\n', correct: 'next-server 10.0.0.5;\nhost pc { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.20; }\n' },
  },
  (ctx) => ({
    statementTypes: ['Parameter', 'Option'],
    statement(s, ancestors, file) {
      const inPeer = ancestors[ancestors.length - 1]?.type === 'FailoverPeer';
      const words =
        s.type === 'Parameter' && (ADDRESS_PARAMETERS.has(s.name) || (inPeer && (s.name === 'address' || s.name === 'peer address')))
          ? s.args
          : s.type === 'Option' && s.space === 'dhcp' && ADDRESS_OPTIONS.has(s.name) && !s.expression
            ? s.values
            : [];
      for (const w of words) {
        if (w.type === 'Word' && w.literal.kind === 'name' && HOST_NAME.test(w.text) && !/^\d/.test(w.text))
          ctx.report({ file, span: w.span, message: `'${excerpt(w.text)}' is a host name: dhcpd will resolve it through DNS${inPeer ? ', and a failover peer must stay reachable without DNS' : ' at startup'}. Use the IPv4 address.` });
      }
    },
  }),
);

export const subnetOptionsMismatch = defineRule(
  {
    id: 'subnet-options-mismatch',
    category: 'topology',
    defaultSeverity: 'error',
    fixable: true,
    description: '`option subnet-mask` or `option broadcast-address` in a subnet that contradicts the subnet declaration.',
    rationale: 'dhcpd sends what is written; clients then compute the wrong network or broadcast address and lose connectivity to part of their own subnet.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option subnet-mask 255.255.0.0;\n  option broadcast-address 10.0.255.255;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option subnet-mask 255.255.255.0;\n  option broadcast-address 10.0.0.255;\n}\n' },
  },
  (ctx) => ({
    end() {
      for (const sub of ctx.facts.subnets) {
        const check = (key: string, expected: number, what: string) => {
          const setting = sub.settings.get(key);
          const node = setting?.node;
          const value = node?.type === 'Option' ? node.values[0] : undefined;
          if (!setting || !value || value.type !== 'Word' || value.literal.kind !== 'ipv4' || value.literal.value === expected) return;
          if (what === 'broadcast address' && value.literal.value === 0xffffffff) return; // the limited broadcast is a deliberate choice
          ctx.report({ file: setting.file, span: value.span, message: `${excerpt(what)} ${excerpt(value.text)} contradicts subnet ${excerpt(sub.key)}, whose ${excerpt(what)} is ${formatIPv4(expected)}.`, fix: { span: value.span, text: formatIPv4(expected) } });
        };
        if (prefixLength(sub.mask) === undefined) continue;
        check('option subnet-mask', sub.mask, 'subnet mask');
        check('option broadcast-address', broadcastOf(sub.network, sub.mask), 'broadcast address');
      }
    },
  }),
);

export const optionCodeRedefined = defineRule(
  {
    id: 'option-code-redefined', perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: 'An `option NAME code N = …` definition that reuses the code of a standard option in the same space with a different format.',
    rationale: 'The new name and the standard option then share one code: whichever is set last wins on the wire, and clients decode the value with the wrong format.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'option my-flag code 1 = boolean;\n', correct: 'option my-proxy code 252 = text;\n' },
  },
  (ctx) => ({
    statementTypes: ['OptionDefinition'],
    statement(s, _a, file) {
      if (s.type !== 'OptionDefinition' || s.code === undefined) return;
      const std = optionByCode(s.space, s.code);
      if (!std || std.name === s.name) return;
      // Two common idioms are fine: an alias with the same format (`arch code 93 = unsigned
      // integer 16`), and a typed layout for a code whose standard format is opaque bytes (43).
      const mine = parseUserFormat(s.format.map((w) => (w.type === 'String' ? w.raw : w.text)));
      if (std.atoms.join(' ') === 'string' || mine.atoms.join(' ') === std.atoms.join(' ')) return;
      ctx.report({ file, span: s.codeNode?.span ?? s.span, message: `Code ${s.code} in space '${excerpt(s.space)}' is the standard option '${excerpt(std.name)}' (${std.syntax}); this definition gives it another format (${mine.atoms.join(' ') || 'none'}), so whichever is set last goes out on the wire. Use an unused code (224–254 are for site-local options).` });
    },
  }),
);

export const hostInPool = defineRule(
  {
    id: 'host-in-pool', perStatement: true,
    category: 'hosts',
    defaultSeverity: 'warning',
    description: 'A host declaration inside a pool (or a subnet) as if that limited where it applies.',
    rationale: 'Hosts are global in ISC dhcpd: the enclosing scope only adds its parameters, it does not restrict where the host matches; readers assume otherwise.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.10 10.0.0.99;\n    host a { hardware ethernet 0:1:2:3:4:5; }\n  }\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.10 10.0.0.99;\n  }\n}\nhost a { hardware ethernet 0:1:2:3:4:5; }\n' },
  },
  (ctx) => {
    const poolAbove = new InnermostAncestor((a) => (a.type === 'Pool' ? a : undefined));
    return {
      statementTypes: ['Host'],
      statement(s, ancestors, file) {
        if (s.type !== 'Host') return;
        const pool = poolAbove.get(ancestors);
        const parent = ancestors[ancestors.length - 1];
        // dhcpd itself warns (`Host declarations are global`) for a host directly in a subnet or shared-network.
        if (!pool && (parent?.type === 'Subnet' || parent?.type === 'SharedNetwork')) ctx.report({ file, span: s.words[0]!.span, message: `Host '${excerpt(s.name)}' is declared inside a ${parent.type === 'Subnet' ? 'subnet' : 'shared-network'}; hosts are global in dhcpd (which warns about this), so it is not limited to that network. Declare it at the top level or in a group.` });
        if (pool) ctx.report({ file, span: s.words[0]!.span, message: `Host '${excerpt(s.name)}' is declared inside a pool; hosts are global in dhcpd, so this does not tie it to the pool. Declare it at the top level or in a group.` });
      },
    };
  },
);

/** Failover rules of this module all catch what dhcpd accepts. */
const failoverMeta = (m: Omit<RuleMeta, 'category' | 'recommended' | 'dhcpd'>): RuleMeta => failoverRuleMeta({ dhcpd: 'accepts', stricterThanDhcpd: true, ...m });

export const failoverPorts = defineRule(
  failoverMeta({
    id: 'failover-port-conflict',
    defaultSeverity: 'error',
    description: 'A failover `port` or `peer port` that is the DHCP port (67/68), the OMAPI port, or outside 1–65535.',
    rationale: 'The failover listener cannot bind a port dhcpd itself uses; the partner then connects to the wrong service.',
    examples: { incorrect: PEER('  port 67;\n'), correct: PEER('  port 647;\n') },
  }),
  (ctx) => ({
    end() {
      const omapi = ctx.facts.globals.get('omapi-port')?.value;
      for (const list of ctx.facts.peers.values())
        for (const p of list)
          for (const key of ['port', 'peer port']) {
            const s = p.settings.get(key);
            if (!s) continue;
            const n = Number(s.value);
            const why = !Number.isInteger(n) || n < 1 || n > 65535 ? 'is not a port number' : n === 67 || n === 68 ? 'is a DHCP port' : s.value === omapi ? 'is the OMAPI port' : undefined;
            if (why) ctx.report({ file: s.file, span: s.span, message: `${excerpt(key)} ${excerpt(s.value)} ${why}; failover normally uses 647 (519 for older setups).` });
          }
    },
  }),
);

export const failoverBalance = defineRule(
  failoverMeta({
    id: 'failover-balance-settings',
    defaultSeverity: 'warning',
    description: 'Pool-balancing settings that cannot work (`max-lease-ownership` not below `max-lease-misbalance`, percentages over 100, `min-balance` above `max-balance`, both `split` and `hba`), or `auto-partner-down` turned on.',
    rationale: 'dhcpd accepts these but then rebalances constantly or never; auto-partner-down makes a server take over all leases on its own after a network split, which is only safe with a reliable heartbeat path.',
    examples: { incorrect: PEER('  max-lease-misbalance 10;\n  max-lease-ownership 20;\n  auto-partner-down 600;\n'), correct: PEER('  max-lease-misbalance 15;\n  max-lease-ownership 10;\n') },
  }),
  (ctx) => ({
    end() {
      for (const list of ctx.facts.peers.values())
        for (const p of list) {
          const num = (k: string) => (p.settings.has(k) ? Number(p.settings.get(k)!.value) : undefined);
          // Absent statements take dhcpd's defaults (from the statement table).
          const orDefault = (k: string) => num(k) ?? Number(failoverDefault(k));
          const mis = orDefault('max-lease-misbalance');
          const own = orDefault('max-lease-ownership');
          for (const k of ['max-lease-misbalance', 'max-lease-ownership']) {
            const v = num(k);
            if (v !== undefined && (v < 0 || v > 100)) ctx.report({ file: p.file, span: p.settings.get(k)!.span, message: `${excerpt(k)} is a percentage (0–100); ${v} is not.` });
          }
          const ownSetting = p.settings.get('max-lease-ownership') ?? p.settings.get('max-lease-misbalance');
          if (own >= mis && ownSetting) ctx.report({ file: ownSetting.file, span: ownSetting.span, message: `max-lease-ownership (${own} %) should be below max-lease-misbalance (${mis} %), or the pool never settles.` });
          const minB = orDefault('min-balance');
          const maxB = orDefault('max-balance');
          const bal = p.settings.get('min-balance') ?? p.settings.get('max-balance');
          if (minB > maxB && bal) ctx.report({ file: bal.file, span: bal.span, message: `min-balance (${minB} s) is above max-balance (${maxB} s).` });
          const split = p.settings.get('split');
          const hba = p.settings.get('hba');
          if (split && hba) ctx.report({ file: hba.file, span: hba.span, message: `Use either split or hba for "${excerpt(p.name)}", never both (dhcpd.conf(5)); dhcpd keeps whichever comes last.` });
          const apd = p.settings.get('auto-partner-down');
          if (apd && Number(apd.value) > 0) ctx.report({ file: apd.file, span: apd.span, message: `auto-partner-down ${excerpt(apd.value)}: after ${excerpt(apd.value)} s without contact this server takes over every lease by itself; make sure a split network cannot cause that (both servers would then serve the same addresses).` });
        }
    },
  }),
);

export const globalUnknownClients = defineRule(
  {
    id: 'permit-outside-pool', perStatement: true,
    category: 'values',
    defaultSeverity: 'warning',
    description: '`allow`/`deny unknown-clients` (and other pool permits) outside a pool.',
    rationale: 'Outside a pool these old-style statements do not restrict address allocation the way pool permit lists do, and their effect with failover pools is easy to misread; dhcpd.conf(5) recommends permit lists in pools.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'deny unknown-clients;\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.99;\n}\n', correct: 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    deny unknown-clients;\n    range 10.0.0.10 10.0.0.99;\n  }\n}\n' },
  },
  (ctx) => {
    const restrictedAbove = new InnermostAncestor((a) => (a.type === 'Pool' || a.type === 'Class' || a.type === 'Host' ? a : undefined));
    return {
      statementTypes: ['AllowDeny'],
      statement(s, ancestors, file) {
        if (s.type !== 'AllowDeny' || (s.what !== 'unknown-clients' && s.what !== 'known-clients') || s.verb === 'ignore') return;
        if (restrictedAbove.get(ancestors)) return;
        ctx.report({ file, span: s.span, message: `'${s.verb} ${excerpt(s.what)}' outside a pool; put '${s.verb} ${s.what.replace('-', ' ')}' in the pools it should restrict.` });
      },
    };
  },
);

export const classRedeclared = defineRule(
  {
    id: 'class-redeclared',
    category: 'classes',
    defaultSeverity: 'warning',
    description: 'A class declared twice.',
    rationale: 'dhcpd accepts it silently and the two declarations describe one class: the match rules of the second may not be what the reader of the first expects.',
    dhcpd: 'accepts',
    stricterThanDhcpd: true,
    recommended: true,
    examples: { incorrect: 'class "voip" { match if option user-class = "phone"; }\nclass "voip" { match if option user-class = "ata"; }\n', correct: 'class "voip" { match if option user-class = "phone"; }\nclass "ata" { match if option user-class = "ata"; }\n' },
  },
  (ctx) => {
    const classes = new Map<string, { file: SourceFile; span: Span }>();
    return {
      statementTypes: ['Class'],
      statement(s, _a, file) {
        if (s.type !== 'Class') return;
        const at = { file, span: s.nameNode?.span ?? s.span };
        const prev = classes.get(s.name);
        if (prev) ctx.report({ ...at, message: `Class "${excerpt(s.name)}" is declared twice.`, related: [{ ...prev, message: 'first declaration' }] });
        else classes.set(s.name, at);
      },
    };
  },
);

export const consistencyRules: ConfigRule[] = [classRedeclared, hostnameInAddress, subnetOptionsMismatch, optionCodeRedefined, hostInPool, failoverPorts, failoverBalance, globalUnknownClients];

