// One server's dhcpd configuration as a kea-dhcp4 configuration (High Availability is added by
// migrate.ts). Reads the linter's facts and walks the parsed files with walkConfig: nothing is
// parsed again. Every statement met gets one item in the log.
import {
  formatIPv4,
  type AnyStatement,
  type Expression,
  type HostDecl,
  type IfStatement,
  type Parameter,
  type SubclassDecl,
  type Value,
} from '@dhcplint/parser';
import { expectDefined } from '@dhcplint/parser/internal';
import { walkConfig } from '../model/config.js';
import { subnetContains, type HostFacts, type SubnetFacts } from '../model/facts.js';
import { getOrAdd } from '../model/maps.js';
import { prefixLength } from '../net/ipv4.js';
import type { Server } from '../engine.js';
import type { SourceFile } from '../types.js';
import { translateCondition, translateExpression } from './expressions.js';
import { convertOption, OptionCatalog } from './options.js';
import { ItemLog } from './report.js';
import { HOOKS_DIR, peerStatementDisposition, type HaMode } from './ha.js';
import type {
  KeaClientClass,
  KeaDhcp4Config,
  KeaOptionData,
  KeaOptionDef,
  KeaPool,
  KeaReservation,
  KeaScopeSettings,
  KeaSharedNetwork4,
  KeaSubnet4,
} from './types.js';

export interface ConvertOptions {
  /** The server's name in the report and in Kea (see keaServerNames). */
  serverName: string;
  /** Unix socket between kea-dhcp4 and kea-ctrl-agent. */
  controlSocket: string;
  /** Folder of the memfile lease file. */
  leaseDir: string;
  controlPort: number;
  /** The failover peer that becomes HA, and the mode chosen (its statements are judged by it). */
  haPeer?: { name: string; mode: HaMode };
}

type ScopeKind = 'global' | 'shared' | 'subnet' | 'pool' | 'host' | 'group' | 'class' | 'subclass';

/** One option-data entry and the statement it came from (a later one in the same scope replaces it). */
interface OptionEntry {
  option: KeaOptionData;
  statement: AnyStatement;
}

interface Scope {
  kind: ScopeKind;
  parent?: Scope;
  statement?: AnyStatement;
  file?: SourceFile;
  settings: KeaScopeSettings;
  options: Map<string, OptionEntry>;
  /** Pool permits (`allow members of "x"` …) as Kea class names, here and inherited by pools below. */
  allow: string[];
  deny: string[];
  /** Ranges of a pool (or of a subnet without pool). */
  ranges: { low: number; high: number; statement: AnyStatement; file: SourceFile }[];
  subnet?: KeaSubnet4;
  shared?: KeaSharedNetwork4;
  clientId?: string;
  /** A host's constant `ddns-hostname`, which Kea takes as the reservation's hostname. */
  hostname?: string;
  /** Class data for class scopes. */
  klass?: ClassData;
  /** Classes made from `if` blocks in this scope, which Kea evaluates only here (require-client-classes). */
  required?: string[];
  /** The statement each lifetime came from, to report a value Kea would refuse. */
  lifetimeSources?: Map<string, AnyStatement>;
  /** The statement each setting came from, to report one that reaches no Kea object. */
  settingSources?: Map<string, AnyStatement>;
  /** For groups: whether networks or hosts sit inside (where its settings can go). */
  holds?: { networks: boolean; hosts: boolean };
}

interface ClassData {
  name: string;
  test?: string;
  matchData?: string;
  matchError?: string;
  onlyIfRequired?: boolean;
}

/** A class's scope (a `class` statement or an `if` branch made a class). */
type ClassScope = Scope & { klass: ClassData };

/** The item of a one-item list, else undefined. */
const soleItem = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** A scope with nothing set yet; `at` places it under its parent, at its statement. */
const emptyScope = (
  kind: ScopeKind,
  at: { parent: Scope; statement: AnyStatement; file: SourceFile } | Record<string, never> = {},
): Scope => ({ kind, ...at, settings: {}, options: new Map(), allow: [], deny: [], ranges: [] });

/** What a host's boot settings become in Kea; classes also take lifetimes. */
const HOST_LANDS = ['next-server', 'boot-file-name', 'server-hostname'] as const;
const CLASS_LANDS = [...HOST_LANDS, 'valid-lifetime', 'max-valid-lifetime', 'min-valid-lifetime'] as const;

/** Settings each kind of scope can carry into Kea (undefined: every setting). */
const LANDS: Partial<Record<ScopeKind, readonly string[]>> = {
  pool: [],
  host: HOST_LANDS,
  class: CLASS_LANDS,
  subclass: CLASS_LANDS,
};

/** Parameters that map one to one onto a Kea scope setting. */
const LIFETIMES: Record<string, 'valid-lifetime' | 'max-valid-lifetime' | 'min-valid-lifetime'> = {
  'default-lease-time': 'valid-lifetime',
  'max-lease-time': 'max-valid-lifetime',
  'min-lease-time': 'min-valid-lifetime',
};

/** Parameters with no Kea 2.2 equivalent, and why. */
const NOT_IN_KEA: Record<string, string> = {
  'pid-file-name': 'Kea writes its PID file in KEA_PIDFILE_DIR (/run/kea)',
  'omapi-port': 'Kea is controlled through kea-ctrl-agent (its config is generated beside this one)',
  'omapi-key': 'Kea is controlled through kea-ctrl-agent (its config is generated beside this one)',
  'ping-check': 'Kea 2.2 does not ping an address before offering it',
  'ping-timeout': 'Kea 2.2 does not ping an address before offering it',
  'local-address': 'Kea binds to the interfaces in interfaces-config',
  'local-port': 'Kea takes its port on the command line (-p)',
  'update-static-leases': 'DNS updates for reservations are made by kea-dhcp-ddns, not configured here',
  'update-conflict-detection':
    'conflict resolution is a kea-dhcp-ddns (D2) setting ("ddns-use-conflict-resolution" from Kea 2.4)',
  'update-optimization': 'no Kea equivalent',
  'ddns-rev-domainname': 'reverse zones are configured in kea-dhcp-ddns (D2), not generated',
  'ddns-hostname':
    'an expression for the DNS name has no Kea 2.2 equivalent (Kea builds names from the client FQDN, host name or ddns-generated-prefix)',
  'ddns-ttl': 'Kea 2.2 computes the TTL from the lease lifetime',
  'one-lease-per-client': 'Kea keeps one lease per client and subnet anyway',
  'stash-agent-options': 'no Kea equivalent',
  'always-broadcast': "no Kea equivalent (Kea follows the client's broadcast flag)",
  'always-reply-rfc1048': 'no Kea equivalent',
  'get-lease-hostnames': 'Kea does not resolve addresses to names',
  'dynamic-bootp-lease-length': "BOOTP leases are infinite in Kea's BOOTP hook",
  'dynamic-bootp-lease-cutoff': "BOOTP leases are infinite in Kea's BOOTP hook",
  'boot-unknown-clients': 'use a pool restricted to the KNOWN class instead',
  'min-secs': 'no Kea equivalent',
  'lease limit': 'Kea 2.2 has no per-class lease limit (limits hook from Kea 2.3)',
  'site-option-space': 'no Kea equivalent: define the options in the dhcp4 space',
  'dhcp-cache-threshold':
    'Kea 2.2 has lease caching under "cache-threshold"; the meaning differs enough to be set by hand',
  'db-time-format': "Kea's lease file is CSV with epoch times",
  'lease-id-format': "Kea's lease file is CSV with fixed formats",
  'abandon-lease-time': 'Kea keeps declined addresses for "decline-probation-period" (default 86400 s); set it by hand',
  'filename-as-server-name': 'no Kea equivalent',
  'use-lease-addr-for-default-route': 'no Kea equivalent',
  'server-id-check': 'Kea checks the server identifier by default',
  'ddns-dual-stack-mixed-mode': 'Kea 2.2 has no dual-stack DNS update mode',
  'ddns-guard-id-must-match': 'Kea 2.2 has no DHCID guard setting',
  'ddns-other-guard-is-dynamic': 'Kea 2.2 has no DHCID guard setting',
  'ignore-client-uids': 'Kea 2.2 has no such switch; "match-client-id" false is the nearest',
  'log-threshold-high': 'Kea logs pool exhaustion without thresholds',
  'log-threshold-low': 'Kea logs pool exhaustion without thresholds',
};

const DEFAULT_NOT_IN_KEA = 'no Kea 2.2 equivalent';

/** The option space Kea's option 43 (vendor-encapsulated-options) is built from. */
const VENDOR_SPACE = 'vendor-encapsulated-options-space';

export interface ServerConversion {
  config: KeaDhcp4Config;
  log: ItemLog;
  /** Counts for the summary. */
  subnets: number;
  pools: number;
  reservations: number;
  clientClasses: number;
}

/** Subnet ids: the network address as a 32-bit number (see docs/migration.md). */
export function subnetIdOf(network: number): number {
  return network >>> 0;
}

function words(values: readonly Value[]): string[] {
  return values.filter((v) => v.type !== 'Punct').map((v) => (v.type === 'String' ? v.value : v.text));
}

function describe(s: AnyStatement): string {
  switch (s.type) {
    case 'Subnet':
      return `subnet ${s.network?.text ?? '?'} netmask ${s.netmask?.text ?? '?'}`;
    case 'SharedNetwork':
      return `shared-network ${s.name}`;
    case 'Host':
      return `host ${s.name}`;
    case 'Class':
      return `class "${s.name}"`;
    case 'Subclass':
      return `subclass "${s.className}"`;
    case 'Option':
      return `${s.keyword} ${s.space === 'dhcp' ? '' : `${s.space}.`}${s.name}`;
    case 'OptionDefinition':
      return `option ${s.space === 'dhcp' ? '' : `${s.space}.`}${s.name} code ${s.code ?? '?'}`;
    case 'OptionSpace':
      return `option space ${s.name}`;
    case 'Parameter':
      return `${s.negated ? 'not ' : ''}${s.name}`;
    case 'AllowDeny':
      return `${s.verb} ${s.what}${s.arg ? ` ${s.arg.type === 'String' ? s.arg.raw : s.arg.text}` : ''}`;
    case 'Range':
      return `range${s.dynamicBootp ? ' dynamic-bootp' : ''} ${s.low?.text ?? ''}${s.high ? ` ${s.high.text}` : ''}`;
    case 'FailoverPeer':
      return `failover peer "${s.name}"`;
    case 'FailoverRef':
      return `failover peer "${s.name}" (pool reference)`;
    case 'Match':
      return s.form;
    case 'Exec':
      return s.keyword;
    case 'If':
      return s.keyword;
    case 'On':
      return `on ${s.events.join(' or ')}`;
    case 'Include':
      return `include ${s.path?.raw ?? ''}`;
    case 'Group':
      return 'group';
    case 'Pool':
      return 'pool';
    case 'Key':
      return `key ${s.name}`;
    case 'Zone':
      return `zone ${s.name}`;
    default:
      return s.type.toLowerCase();
  }
}

/** Kea's class name for a subclass key. */
function subclassName(className: string, key: string): string {
  return `${className}:${key}`;
}

function keyText(e: Expression | undefined): string {
  if (!e) return '';
  if (e.type === 'Literal') return e.value.type === 'String' ? e.value.value : e.value.text;
  return '?';
}

/** Converts one server. */
export function convertServer(server: Server, options: ConvertOptions): ServerConversion {
  const { config, facts } = server;
  const log = new ItemLog(options.serverName);
  const catalog = new OptionCatalog();
  const subnetFacts = new Map<AnyStatement, SubnetFacts>(facts.subnets.map((s) => [s.decl, s]));
  const hostFacts = new Map<AnyStatement, HostFacts>(facts.hosts.map((h) => [h.decl, h]));
  const global = emptyScope('global');
  const scopeOf = new Map<AnyStatement, Scope>();
  const subnets: { kea: KeaSubnet4; facts: SubnetFacts; scope: Scope }[] = [];
  const sharedNetworks: { kea: KeaSharedNetwork4; scope: Scope }[] = [];
  const pools: Scope[] = [];
  const hosts: { scope: Scope; host: HostFacts; file: SourceFile }[] = [];
  const classes: ClassScope[] = [];
  const subclasses: { decl: SubclassDecl; file: SourceFile; scope: Scope }[] = [];
  const usedIds = new Map<number, string>();
  const userDefs = new Map<string, KeaOptionDef>();
  const ddns: { enable?: boolean } = {};
  let useHostDeclNames = false;
  let needsBootp = false;
  let syslogFacility: string | undefined;
  let leaseDir = options.leaseDir;

  // Option definitions first: an option's format decides how its value is written.
  const vendorSpaces = new Set<string>();
  walkConfig(config, {
    enter(s) {
      if (s.type === 'OptionDefinition') catalog.define(s);
      if (s.type === 'Parameter' && s.name === 'vendor-option-space' && s.args[0]?.type === 'Word')
        vendorSpaces.add(s.args[0].text);
      return true;
    },
  });
  // Kea builds option 43 from one space, vendor-encapsulated-options-space: the space dhcpd's
  // vendor-option-space names moves there, when there is one and nothing else encapsulates it.
  const [vendorSpace] = vendorSpaces;
  const vendorSpaceProblem =
    vendorSpaces.size > 1
      ? `several vendor option spaces (${[...vendorSpaces].join(', ')}) would all have to be Kea's one vendor-encapsulated-options-space`
      : vendorSpace !== undefined && [...catalog.user.values()].some((u) => u.encapsulate === vendorSpace)
        ? `space ${vendorSpace} is also encapsulated by another option`
        : undefined;
  if (vendorSpace !== undefined && !vendorSpaceProblem) catalog.spaceNames.set(vendorSpace, VENDOR_SPACE);

  const ownScope = (s: AnyStatement, ancestors: readonly AnyStatement[]): Scope => {
    // The innermost ancestor with a scope of its own.
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const sc = scopeOf.get(expectDefined(ancestors[i], 'i runs over the ancestors'));
      if (sc) return sc;
    }
    return global;
  };
  const newScope = (kind: ScopeKind, parent: Scope, s: AnyStatement, file: SourceFile): Scope => {
    const sc = emptyScope(kind, { parent, statement: s, file });
    scopeOf.set(s, sc);
    for (let p: Scope | undefined = parent; p && p.kind === 'group'; p = p.parent) {
      p.holds ??= { networks: false, hosts: false };
      if (kind === 'subnet' || kind === 'shared') p.holds.networks = true;
      if (kind === 'host') p.holds.hosts = true;
    }
    return sc;
  };
  /** Where a scope's settings land: the nearest enclosing scope that is not a group. */
  const notConverted = (s: AnyStatement, file: SourceFile, reason: string, covers = false) =>
    log.add(s, file, describe(s), 'not-converted', { reason, coversChildren: covers && 'body' in s && !!s.body });

  const setSetting = <K extends keyof KeaScopeSettings>(
    scope: Scope,
    key: K,
    value: KeaScopeSettings[K],
    s: AnyStatement,
  ) => {
    scope.settings[key] = value;
    (scope.settingSources ??= new Map()).set(key, s);
  };

  const setOption = (scope: Scope, s: AnyStatement & { type: 'Option' }, file: SourceFile) => {
    const r = convertOption(s, catalog);
    if ('error' in r) return notConverted(s, file, r.error);
    if ('parameter' in r) {
      setSetting(scope, r.parameter, r.value, s);
      return log.add(s, file, describe(s), 'converted', { kea: r.parameter });
    }
    if (r.user) {
      const def = catalog.keaDefinition(r.user);
      if ('error' in def) return notConverted(s, file, `its definition cannot be given to Kea: ${def.error}`);
      userDefs.set(`${def.space}.${def.name}`, def);
    }
    const key = `${r.option.space}.${r.option.name}`;
    const before = scope.options.get(key);
    if (before)
      log.update(before.statement, 'not-converted', {
        reason: `replaced by the same option later in the same scope (line ${file.lines.positionAt(s.span.start).line + 1}), as dhcpd does`,
      });
    scope.options.set(key, { option: r.option, statement: s });
    log.add(s, file, describe(s), r.note ? 'changed' : 'converted', {
      kea: `option-data ${r.option.name}`,
      reason: r.note,
    });
  };

  const parameter = (scope: Scope, s: Parameter, file: SourceFile, ancestors: readonly AnyStatement[]) => {
    const name = s.name;
    const args = words(s.args);
    const first = args[0];
    const ok = (kea: string) => log.add(s, file, describe(s), 'converted', { kea });
    const changed = (kea: string, reason: string) => log.add(s, file, describe(s), 'changed', { kea, reason });
    if (name === 'ddns-hostname' && scope.kind === 'host') {
      const e = s.expression;
      const onlyArg = s.args.length === 1 ? s.args[0] : undefined;
      const constant =
        e?.type === 'Literal' && e.value.type === 'String'
          ? e.value.value
          : !e && onlyArg?.type === 'String'
            ? onlyArg.value
            : undefined;
      if (constant !== undefined && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(constant)) {
        scope.hostname = constant;
        return ok('reservations[].hostname');
      }
    }
    if (s.expression)
      return notConverted(s, file, 'the value is an expression evaluated per client; Kea parameters are constants');
    const lifetime = LIFETIMES[name];
    if (lifetime) {
      const n = Number(first);
      if (!Number.isInteger(n) || n < 0) return notConverted(s, file, `'${first ?? ''}' is not a number of seconds`);
      if (scope.kind === 'host')
        return notConverted(
          s,
          file,
          'Kea reservations have no lease time (put the host in a client class with a valid-lifetime)',
        );
      setSetting(scope, lifetime, n, s);
      (scope.lifetimeSources ??= new Map()).set(lifetime, s);
      return ok(lifetime);
    }
    switch (name) {
      case 'authoritative':
        if (scope.kind === 'host' || scope.kind === 'class' || scope.kind === 'subclass' || scope.kind === 'pool')
          return notConverted(s, file, 'Kea sets authoritative per subnet, shared network or globally');
        scope.settings.authoritative = !s.negated;
        return ok('authoritative');
      case 'next-server':
        if (!first || !/^\d+\.\d+\.\d+\.\d+$/.test(first))
          return notConverted(s, file, `'${first ?? ''}' is a host name; Kea needs an IPv4 address`);
        if (scope.kind === 'pool') return notConverted(s, file, 'Kea has no next-server per pool');
        setSetting(scope, 'next-server', first, s);
        return ok('next-server');
      case 'filename':
        if (first === undefined) return notConverted(s, file, 'no value');
        if (scope.kind === 'pool') return notConverted(s, file, 'Kea has no boot-file-name per pool');
        setSetting(scope, 'boot-file-name', first, s);
        return ok('boot-file-name');
      case 'server-name':
        if (first === undefined) return notConverted(s, file, 'no value');
        if (scope.kind === 'pool') return notConverted(s, file, 'Kea has no server-hostname per pool');
        setSetting(scope, 'server-hostname', first, s);
        return ok('server-hostname');
      case 'server-identifier':
        if (!first || !/^\d+\.\d+\.\d+\.\d+$/.test(first)) return notConverted(s, file, 'Kea needs an IPv4 address');
        scope.options.set('dhcp4.dhcp-server-identifier', {
          option: { name: 'dhcp-server-identifier', data: first },
          statement: s,
        });
        return ok('option-data dhcp-server-identifier');
      case 'ddns-update-style': {
        if (ancestors.length) return notConverted(s, file, 'Kea sets the update style once, in dhcp-ddns');
        if (first === 'none') {
          ddns.enable = false;
          global.settings['ddns-send-updates'] = false;
          return ok('dhcp-ddns.enable-updates false, ddns-send-updates false');
        }
        if (first === 'interim' || first === 'standard') {
          ddns.enable = true;
          global.settings['ddns-send-updates'] = true;
          return changed(
            'dhcp-ddns.enable-updates true',
            'Kea sends the DNS updates through kea-dhcp-ddns (D2), which needs its own config with the zones and keys (not generated)',
          );
        }
        return notConverted(s, file, `update style '${first ?? ''}' has no Kea equivalent`);
      }
      case 'ddns-updates':
        if (scope.kind === 'host' || scope.kind === 'pool' || scope.kind === 'class' || scope.kind === 'subclass')
          return notConverted(s, file, 'Kea sets DNS updates per subnet, shared network or globally');
        setSetting(scope, 'ddns-send-updates', first === 'on' || first === 'true', s);
        return ok('ddns-send-updates');
      case 'ddns-domainname':
        if (scope.kind === 'host' || scope.kind === 'pool' || scope.kind === 'class' || scope.kind === 'subclass')
          return notConverted(s, file, 'Kea sets the suffix per subnet, shared network or globally');
        setSetting(scope, 'ddns-qualifying-suffix', first ?? '', s);
        return ok('ddns-qualifying-suffix');
      case 'log-facility':
        if (ancestors.length) return notConverted(s, file, 'Kea logs per server');
        syslogFacility = first;
        return ok(`loggers output syslog:${first}`);
      case 'lease-file-name':
        if (first && first.includes('/')) leaseDir = first.slice(0, first.lastIndexOf('/')) || '/';
        return changed(
          'lease-database (memfile)',
          `Kea keeps its leases in a CSV file of its own (${leaseDir}/kea-leases4.csv); the dhcpd lease file is not read`,
        );
      case 'vendor-option-space': {
        if (vendorSpaceProblem) return notConverted(s, file, vendorSpaceProblem);
        if (scope.kind === 'pool' || scope.kind === 'group')
          return notConverted(
            s,
            file,
            `Kea cannot send option 43 from a ${scope.kind}; set it on the subnet, a class or globally`,
          );
        scope.options.set('dhcp4.vendor-encapsulated-options', {
          option: { name: 'vendor-encapsulated-options', space: 'dhcp4' },
          statement: s,
        });
        return log.add(s, file, describe(s), 'converted', {
          kea: `option-data vendor-encapsulated-options (its sub-options in ${VENDOR_SPACE})`,
        });
      }
      case 'use-host-decl-names':
        useHostDeclNames = first === 'on' || first === 'true';
        return ok('reservations[].hostname');
      case 'hardware':
      case 'fixed-address':
        if (scope.kind !== 'host') return notConverted(s, file, `${name} outside a host`);
        return; // recorded when the host is placed
      default:
        return notConverted(s, file, NOT_IN_KEA[name] ?? DEFAULT_NOT_IN_KEA);
    }
  };

  const permit = (scope: Scope, s: AnyStatement & { type: 'AllowDeny' }, file: SourceFile) => {
    const what = s.what.replace(/-/g, ' ');
    const arg = s.arg ? (s.arg.type === 'String' ? s.arg.value : s.arg.text) : undefined;
    const allow = s.verb === 'allow';
    const toPools = (cls: string) => {
      (allow ? scope.allow : scope.deny).push(cls);
      log.add(s, file, describe(s), scope.kind === 'pool' ? 'converted' : 'changed', {
        kea: `pools[].client-class (${allow ? '' : 'not '}${cls})`,
        reason:
          scope.kind === 'pool'
            ? undefined
            : 'applied to every pool below this scope (Kea restricts pools, not subnets)',
      });
    };
    if (what === 'members of' && arg) return toPools(arg);
    if (what === 'known clients') return toPools('KNOWN');
    if (what === 'unknown clients') return toPools(allow ? 'UNKNOWN' : 'UNKNOWN');
    if (what === 'dynamic bootp clients' || what === 'bootp') {
      if (!allow) return log.add(s, file, describe(s), 'converted', { kea: '(default)', reason: undefined });
      needsBootp = true;
      return log.add(s, file, describe(s), 'changed', {
        kea: 'hooks-libraries libdhcp_bootp.so',
        reason: 'Kea answers BOOTP only with the BOOTP hook, which gives BOOTP clients infinite leases from any pool',
      });
    }
    if (what === 'all clients') {
      if (allow) return log.add(s, file, describe(s), 'converted', { kea: '(default)' });
      return notConverted(s, file, 'a pool closed to every client has no Kea form; remove the pool');
    }
    if (what === 'client updates') {
      if (scope.kind === 'host' || scope.kind === 'pool' || scope.kind === 'class' || scope.kind === 'subclass')
        return notConverted(s, file, 'Kea sets this per subnet, shared network or globally');
      setSetting(scope, 'ddns-override-client-update', !allow, s);
      return log.add(s, file, describe(s), 'converted', { kea: 'ddns-override-client-update' });
    }
    return notConverted(s, file, `'${s.verb} ${s.what}' has no Kea equivalent`);
  };

  /**
   * An `if`/`elsif`/`else` whose branches only set options, `filename`, `next-server` or
   * `server-name` becomes one client class per branch (test: its condition and not the earlier
   * ones). Inside a subnet, shared network or pool the classes are evaluated only there
   * (`only-if-required` + `require-client-classes`). Gives the reason when it cannot.
   */
  const ifCount = new Map<Scope, number>();
  const ifAsClasses = (
    s: IfStatement,
    scope: Scope,
    file: SourceFile,
    ancestors: readonly AnyStatement[],
  ): string | undefined => {
    if (!['global', 'shared', 'subnet', 'pool'].includes(scope.kind))
      return `an 'if' inside a ${scope.kind} has no Kea equivalent`;
    const branches: { condition?: Expression; body: readonly AnyStatement[]; owner: AnyStatement }[] = [
      { condition: s.condition, body: s.body.body, owner: s },
    ];
    for (const e of s.elsif) branches.push({ condition: e.condition, body: e.body.body, owner: e });
    if (s.else) branches.push({ body: s.else.body.body, owner: s.else });
    const settable = (c: AnyStatement) =>
      c.type === 'Option' || (c.type === 'Parameter' && ['filename', 'next-server', 'server-name'].includes(c.name));
    const other = branches.flatMap((b) => b.body).find((c) => !settable(c));
    if (other)
      return `a branch holds '${describe(other)}'; only branches that set options, filename, next-server or server-name become client classes`;
    const tests: string[] = [];
    for (const b of branches) {
      if (!b.condition) continue;
      const t = translateCondition(b.condition, catalog);
      if ('error' in t) return `its condition has no Kea equivalent: ${t.error}`;
      tests.push(t.kea);
    }
    // Numbered per scope, not by line: both servers of a pair give the same block the same names.
    const seq = (ifCount.get(scope) ?? 0) + 1;
    ifCount.set(scope, seq);
    const where = scope.kind === 'global' ? '' : `-${scope.subnet?.id ?? scope.shared?.name ?? 'pool'}`;
    const names: string[] = [];
    branches.forEach((b, i) => {
      const earlier = tests.slice(0, Math.min(i, tests.length)).map((t) => `not (${t})`);
      const own = b.condition ? [`(${tests[i]})`] : [];
      const name = `dhcplint-if${where}-${seq}-${i + 1}`;
      const sc: ClassScope = {
        ...emptyScope('class', { parent: scope, statement: b.owner, file }),
        klass: {
          name,
          test: [...own, ...earlier].join(' and ') || "'1' == '1'",
          onlyIfRequired: scope.kind !== 'global',
        },
      };
      classes.push(sc);
      names.push(name);
      for (const c of b.body) {
        if (c.type === 'Option') setOption(sc, c, file);
        else if (c.type === 'Parameter') parameter(sc, c, file, [...ancestors, s]);
      }
    });
    if (scope.kind !== 'global') (scope.required ??= []).push(...names);
    const reason = `each branch is a client class${scope.kind === 'global' ? '' : ` evaluated only in this ${scope.kind} (only-if-required)`}; Kea ranks class options below subnet, shared-network and pool options, where dhcpd lets the later statement win`;
    branches.forEach((b, i) =>
      log.add(b.owner as AnyStatement, file, i === 0 ? describe(s) : b.condition ? 'elsif' : 'else', 'changed', {
        kea: `client-classes ${names[i]}`,
        reason,
      }),
    );
    return undefined;
  };

  walkConfig(config, {
    enter(s, ancestors, file) {
      const scope = ownScope(s, ancestors);
      switch (s.type) {
        case 'Include':
          log.add(s, file, describe(s), 'converted', { kea: '(the included statements are converted in place)' });
          return true;
        case 'SharedNetwork': {
          if (scope.kind !== 'global' && scope.kind !== 'group') {
            notConverted(s, file, 'a shared-network must be at the top level', true);
            return false;
          }
          const sc = newScope('shared', scope, s, file);
          sc.shared = { name: s.name, subnet4: [] };
          sharedNetworks.push({ kea: sc.shared, scope: sc });
          log.add(s, file, describe(s), 'converted', { kea: `shared-networks[name=${s.name}]` });
          return true;
        }
        case 'Subnet': {
          const f = subnetFacts.get(s);
          const prefix = f ? prefixLength(f.mask) : undefined;
          if (!f || prefix === undefined) {
            notConverted(s, file, 'Kea needs a contiguous netmask', true);
            return false;
          }
          const id = subnetIdOf(f.network);
          if (id === 0 || usedIds.has(id)) {
            notConverted(
              s,
              file,
              id === 0
                ? 'the 0.0.0.0 network cannot carry an id derived from its address'
                : `subnet ${usedIds.get(id)} has the same network address`,
              true,
            );
            return false;
          }
          usedIds.set(id, f.key);
          const sc = newScope('subnet', scope, s, file);
          sc.subnet = { id, subnet: `${formatIPv4(f.network)}/${prefix}` };
          const shared = scope.kind === 'shared' ? scope.shared : undefined;
          subnets.push({ kea: sc.subnet, facts: f, scope: sc });
          if (shared) shared.subnet4.push(sc.subnet);
          log.add(s, file, describe(s), 'converted', { kea: `subnet4[id=${id}] ${sc.subnet.subnet}` });
          return true;
        }
        case 'Group':
          newScope('group', scope, s, file);
          log.add(s, file, describe(s), 'converted', {
            kea: '(its settings are copied into the declarations it holds)',
          });
          return true;
        case 'Pool': {
          if (s.v6) {
            notConverted(s, file, 'DHCPv6 belongs to kea-dhcp6', true);
            return false;
          }
          if (scope.kind !== 'subnet' && scope.kind !== 'shared') {
            notConverted(s, file, 'a pool outside a subnet or shared-network', true);
            return false;
          }
          pools.push(newScope('pool', scope, s, file));
          log.add(s, file, describe(s), 'converted', { kea: 'pools' });
          return true;
        }
        case 'Range': {
          if (s.v6) return notConverted(s, file, 'DHCPv6 belongs to kea-dhcp6');
          const low = s.low?.literal.kind === 'ipv4' ? s.low.literal.value : undefined;
          const high = s.high ? (s.high.literal.kind === 'ipv4' ? s.high.literal.value : undefined) : low;
          if (low === undefined || high === undefined) return notConverted(s, file, 'not an IPv4 range');
          let target = scope;
          if (scope.kind === 'subnet') {
            // A range without a pool is a pool of its own in Kea.
            target = emptyScope('pool', { parent: scope, statement: s, file });
            pools.push(target);
          } else if (scope.kind !== 'pool') return notConverted(s, file, 'a range outside a subnet or pool');
          target.ranges.push({ low: Math.min(low, high), high: Math.max(low, high), statement: s, file });
          if (s.dynamicBootp) {
            needsBootp = true;
            log.add(s, file, describe(s), 'changed', {
              kea: 'pools[].pool + libdhcp_bootp.so',
              reason:
                'Kea serves BOOTP clients only through the BOOTP hook (loaded), with infinite leases from any pool, not just this range',
            });
          } else log.add(s, file, describe(s), 'converted', { kea: 'pools[].pool' });
          return false;
        }
        case 'FailoverRef':
          if (options.haPeer && s.name === options.haPeer.name)
            log.add(s, file, describe(s), 'converted', {
              kea: 'the pool is served by the HA pair (both configs keep its ranges)',
            });
          else notConverted(s, file, `failover peer "${s.name}" is not the relationship converted to HA`);
          return false;
        case 'NoFailoverPeer':
          log.add(s, file, describe(s), 'changed', {
            reason: 'Kea HA serves every subnet of the server; this pool is shared by the pair too',
          });
          return false;
        case 'FailoverPeer': {
          if (!options.haPeer || options.haPeer.name !== s.name) {
            notConverted(
              s,
              file,
              options.haPeer
                ? `Kea 2.2 runs one HA relationship per server; "${options.haPeer.name}" was converted`
                : 'no partner for this relationship',
              true,
            );
            return false;
          }
          log.add(s, file, describe(s), 'converted', { kea: 'hooks-libraries libdhcp_ha.so high-availability' });
          for (const c of s.body.body) {
            if (c.type !== 'Parameter') {
              notConverted(c, file, 'not a failover setting', true);
              continue;
            }
            const d = peerStatementDisposition(c.name, options.controlPort, options.haPeer.mode);
            log.add(c, file, describe(c), d.status, { kea: d.kea, reason: d.reason });
          }
          return false;
        }
        case 'Host': {
          const host = hostFacts.get(s);
          if (!host) {
            notConverted(s, file, 'host not read', true);
            return false;
          }
          hosts.push({ scope: newScope('host', scope, s, file), host, file });
          log.add(s, file, describe(s), 'converted', { kea: 'reservations' });
          return true;
        }
        case 'Class': {
          classes.push(Object.assign(newScope('class', scope, s, file), { klass: { name: s.name } }));
          log.add(s, file, describe(s), 'converted', { kea: `client-classes[name=${s.name}]` });
          return true;
        }
        case 'Subclass': {
          const sc = newScope('subclass', scope, s, file);
          subclasses.push({ decl: s, file, scope: sc });
          log.add(s, file, describe(s), 'converted', { kea: `client-classes (test of "${s.className}")` });
          return true;
        }
        case 'Match': {
          if (scope.kind !== 'class' || !scope.klass || !s.expression)
            return notConverted(s, file, 'a match outside a class');
          if (s.form === 'spawn with')
            return notConverted(
              s,
              file,
              'spawned classes (one per client, for lease limits) have no Kea 2.2 equivalent',
            );
          const r =
            s.form === 'match if'
              ? translateCondition(s.expression, catalog)
              : translateExpression(s.expression, catalog);
          if ('error' in r) {
            scope.klass.matchError = r.error;
            return notConverted(s, file, r.error);
          }
          if (s.form === 'match if') scope.klass.test = r.kea;
          else scope.klass.matchData = r.kea;
          return log.add(s, file, describe(s), 'converted', { kea: 'client-classes[].test' });
        }
        case 'Option':
          if (scope.kind === 'host' && s.space === 'dhcp' && s.name === 'dhcp-client-identifier' && !s.expression) {
            const v = s.values.find((x) => x.type !== 'Punct');
            const bytes = !v
              ? undefined
              : v.type === 'String'
                ? [...Buffer.from(v.value, 'latin1')]
                : v.type === 'Word' && v.literal.kind === 'hex'
                  ? v.literal.bytes
                  : undefined;
            if (!bytes?.length) return notConverted(s, file, 'the client identifier is not a string or hex bytes');
            scope.clientId = bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
            return log.add(s, file, describe(s), 'converted', { kea: 'reservations[].client-id' });
          }
          return setOption(scope, s, file);
        case 'OptionDefinition': {
          if (s.code === undefined) return notConverted(s, file, 'no code');
          const alias = catalog.aliases.get(`${s.space}.${s.name}`);
          if (alias !== undefined)
            return log.add(s, file, describe(s), 'changed', {
              kea: `option-def ${alias}`,
              reason: `code ${s.code} is already defined as '${alias}'; Kea allows one name per code, so values of '${s.name}' are written as '${alias}'`,
            });
          const u = catalog.user.get(`${s.space}.${s.name}`);
          if (!u) return notConverted(s, file, 'definition not read');
          if (s.space === 'dhcp') {
            const std = catalog.lookup('dhcp', s.name);
            if (!('error' in std) && std.keaName !== s.name)
              return log.add(s, file, describe(s), 'changed', {
                kea: `standard option ${std.keaName}`,
                reason: `Kea defines code ${s.code} itself as '${std.keaName}'; values are written with Kea's definition`,
              });
          }
          const def = catalog.keaDefinition(u);
          if ('error' in def) return notConverted(s, file, def.error);
          userDefs.set(`${def.space}.${def.name}`, def);
          return log.add(s, file, describe(s), 'converted', { kea: `option-def ${def.space}.${def.name}` });
        }
        case 'OptionSpace':
          return log.add(s, file, describe(s), 'converted', { kea: 'option-def space' });
        case 'Parameter':
          return parameter(scope, s, file, ancestors);
        case 'AllowDeny':
          return permit(scope, s, file);
        case 'Key':
        case 'Zone':
          notConverted(
            s,
            file,
            'TSIG keys and DNS zones belong to the kea-dhcp-ddns (D2) configuration, which is not generated',
            true,
          );
          return false;
        case 'If': {
          const why = ifAsClasses(s, scope, file, ancestors);
          if (why) notConverted(s, file, why, true);
          return false;
        }
        case 'On':
          notConverted(
            s,
            file,
            'lease event hooks (on commit/release/expiry) have no Kea configuration equivalent (the run_script hook calls an external script)',
            true,
          );
          return false;
        case 'Exec':
          return notConverted(s, file, `'${s.keyword}' statements have no Kea equivalent`);
        case 'Subnet6':
        case 'Prefix6':
          notConverted(s, file, 'DHCPv6 belongs to kea-dhcp6', true);
          return false;
        case 'Error':
          notConverted(s, file, 'not a valid statement', true);
          return false;
      }
      notConverted(s, file, DEFAULT_NOT_IN_KEA, true);
      return false;
    },
  });

  // ------------------------------------------------------------------ materialise the scopes

  // A setting in a scope Kea cannot give it to (a pool's lease time, a group of hosts'
  // authoritative) reached no Kea object: reported, never claimed as converted.
  for (const sc of scopeOf.values()) {
    if (!sc.settingSources) continue;
    let lands = LANDS[sc.kind];
    if (sc.kind === 'group') lands = sc.holds?.networks ? undefined : sc.holds?.hosts ? LANDS.host : [];
    if (!lands) continue;
    for (const [key, src] of sc.settingSources) {
      if (lands.includes(key)) continue;
      const where =
        sc.kind === 'group' ? (sc.holds?.hosts ? 'a group of hosts only' : 'an empty group') : `a ${sc.kind}`;
      log.update(src, 'not-converted', {
        kea: '',
        reason: `Kea has no '${key}' for ${where}; set it on the subnet, shared network or globally`,
      });
    }
  }

  /** A scope's settings with the groups above it filled in (dhcpd inherits from a group; Kea has none). */
  const effective = (sc: Scope): { settings: KeaScopeSettings; options: Map<string, OptionEntry> } => {
    const settings: KeaScopeSettings = { ...sc.settings };
    const options = new Map(sc.options);
    for (let p = sc.parent; p && p.kind === 'group'; p = p.parent) {
      for (const [k, v] of Object.entries(p.settings))
        if (!(k in settings)) (settings as Record<string, unknown>)[k] = v;
      for (const [k, v] of p.options) if (!options.has(k)) options.set(k, v);
    }
    return { settings, options };
  };
  const optionList = (m: Map<string, OptionEntry>): KeaOptionData[] | undefined =>
    m.size ? [...m.values()].map((e) => e.option) : undefined;
  const apply = <T extends KeaScopeSettings>(target: T, sc: Scope): T => {
    const { settings, options } = effective(sc);
    Object.assign(target, settings);
    const list = optionList(options);
    if (list) target['option-data'] = list;
    return target;
  };

  const body: KeaDhcp4Config['Dhcp4'] = {
    'interfaces-config': { interfaces: interfacesOf(server) },
    'control-socket': { 'socket-type': 'unix', 'socket-name': options.controlSocket },
    'lease-database': {
      type: 'memfile',
      persist: true,
      name: `${leaseDir.replace(/\/$/, '')}/kea-leases4.csv`,
      'lfc-interval': 3600,
    },
  };
  apply(body, global);

  for (const { kea, scope } of sharedNetworks) {
    apply(kea, scope);
    if (scope.required) kea['require-client-classes'] = scope.required;
  }
  for (const { kea, scope } of subnets) {
    apply(kea, scope);
    if (scope.required) kea['require-client-classes'] = scope.required;
  }

  // Lifetimes Kea would refuse (default above max) take dhcpd's effective value: the max.
  const sourceOf = (sc: Scope, key: string): AnyStatement | undefined => {
    let p: Scope | undefined = sc;
    while (p) {
      const hit = p.lifetimeSources?.get(key);
      if (hit) return hit;
      p = p.parent?.kind === 'group' ? p.parent : undefined;
    }
    return undefined;
  };
  /** Kea checks a scope's lifetimes against the ones it inherits (a subnet's default against the global max). */
  const clampLifetimes = (target: KeaScopeSettings, sc: Scope, inherited: KeaScopeSettings = {}) => {
    const valid = target['valid-lifetime'];
    const max = target['max-valid-lifetime'] ?? inherited['max-valid-lifetime'];
    const min = target['min-valid-lifetime'];
    if (valid !== undefined && max !== undefined && valid > max) {
      target['valid-lifetime'] = max;
      const src = sourceOf(sc, 'valid-lifetime');
      if (src)
        log.update(src, 'changed', {
          kea: `valid-lifetime ${max}`,
          reason: `above max-lease-time ${max}: dhcpd grants at most the maximum, Kea refuses the pair, so the default becomes ${max}`,
        });
    }
    const ownMax = target['max-valid-lifetime'];
    if (
      valid === undefined &&
      ownMax !== undefined &&
      inherited['valid-lifetime'] !== undefined &&
      inherited['valid-lifetime'] > ownMax
    ) {
      // The inherited default is above this scope's max: dhcpd grants the max, Kea needs it said here.
      target['valid-lifetime'] = ownMax;
      const src = sourceOf(sc, 'max-valid-lifetime');
      if (src)
        log.update(src, 'changed', {
          kea: `max-valid-lifetime ${ownMax}, valid-lifetime ${ownMax}`,
          reason: `the inherited default-lease-time ${inherited['valid-lifetime']} is above it: dhcpd grants at most ${ownMax}, Kea refuses the pair, so the scope's default is set to ${ownMax}`,
        });
    }
    if (min !== undefined && max !== undefined && min > max) {
      target['min-valid-lifetime'] = max;
      const src = sourceOf(sc, 'min-valid-lifetime');
      if (src)
        log.update(src, 'changed', {
          kea: `min-valid-lifetime ${max}`,
          reason: 'above max-lease-time: Kea refuses it',
        });
    }
    const v = target['valid-lifetime'] ?? inherited['valid-lifetime'];
    if (target['min-valid-lifetime'] !== undefined && v !== undefined && target['min-valid-lifetime'] > v) {
      target['min-valid-lifetime'] = v;
      const src = sourceOf(sc, 'min-valid-lifetime');
      if (src)
        log.update(src, 'changed', {
          kea: `min-valid-lifetime ${v}`,
          reason: 'above default-lease-time: Kea refuses it',
        });
    }
  };
  const lifetimesOf = (x: KeaScopeSettings, parent: KeaScopeSettings): KeaScopeSettings => ({
    'valid-lifetime': x['valid-lifetime'] ?? parent['valid-lifetime'],
    'max-valid-lifetime': x['max-valid-lifetime'] ?? parent['max-valid-lifetime'],
  });
  clampLifetimes(body, global);
  const sharedOf = new Map<Scope, KeaSharedNetwork4>(sharedNetworks.map((x) => [x.scope, x.kea]));
  for (const { kea, scope } of sharedNetworks) clampLifetimes(kea, scope, lifetimesOf({}, body));
  for (const { kea, scope } of subnets) {
    let sharedScope: Scope | undefined = scope.parent;
    while (sharedScope && sharedScope.kind !== 'shared') sharedScope = sharedScope.parent;
    const shared = sharedScope ? sharedOf.get(sharedScope) : undefined;
    clampLifetimes(kea, scope, lifetimesOf(shared ?? {}, body));
  }

  const subnetFor = (addr: number, prefer?: Scope): { kea: KeaSubnet4; facts: SubnetFacts } | undefined => {
    for (let p = prefer; p; p = p.parent)
      if (p.kind === 'subnet') {
        const hit = subnets.find((x) => x.scope === p);
        if (hit && subnetContains(hit.facts, addr)) return hit;
      }
    return subnets.find((x) => subnetContains(x.facts, addr));
  };

  // Classes: user classes first (in order), then subclasses folded into their parent's test.
  const keaClasses: KeaClientClass[] = [];
  const classByName = new Map<string, { kea: KeaClientClass; scope: Scope }>();
  for (const sc of classes) {
    const k = sc.klass;
    const kea: KeaClientClass = { name: k.name };
    if (k.test) kea.test = k.test;
    if (k.onlyIfRequired) kea['only-if-required'] = true;
    const { settings, options } = effective(sc);
    copyClassSettings(kea, settings);
    const list = optionList(options);
    if (list) kea['option-data'] = list;
    classByName.set(k.name, { kea, scope: sc });
  }
  const subclassKeys = new Map<string, string[]>();
  const subclassClasses: KeaClientClass[] = [];
  for (const { decl, scope } of subclasses) {
    const parentClass = classByName.get(decl.className);
    const key =
      decl.key && decl.key.type === 'Literal'
        ? translateExpression(decl.key, catalog)
        : { error: 'the key is not a constant' };
    const data = parentClass?.scope.klass?.matchData;
    if (!parentClass || !data || 'error' in key) {
      log.update(decl, 'not-converted', {
        reason: !parentClass
          ? `class "${decl.className}" is not declared`
          : !data
            ? `class "${decl.className}" has no translatable 'match' expression${parentClass.scope.klass?.matchError ? ` (${parentClass.scope.klass.matchError})` : ''}`
            : (key as { error: string }).error,
      });
      continue;
    }
    const test = `${data} == ${key.kea}`;
    getOrAdd(subclassKeys, decl.className, () => []).push(test);
    const { settings, options } = effective(scope);
    const list = optionList(options);
    if (list || Object.keys(settings).length) {
      const kea: KeaClientClass = { name: subclassName(decl.className, keyText(decl.key)), test };
      copyClassSettings(kea, settings);
      if (list) kea['option-data'] = list;
      subclassClasses.push(kea);
    }
  }
  for (const [name, { kea }] of classByName) {
    const tests = subclassKeys.get(name);
    if (tests && !kea.test) kea.test = soleItem(tests) ?? tests.map((t) => `(${t})`).join(' or ');
    keaClasses.push(kea);
  }
  for (const c of subclassClasses) keaClasses.push(c);

  // Pools: one Kea pool per range, in the subnet that holds it; permits become a client class.
  let poolCount = 0;
  const generatedClasses = new Map<string, KeaClientClass>();
  const poolClass = (sc: Scope): string | undefined | { error: string } => {
    const allow: string[] = [];
    const deny: string[] = [];
    for (let p: Scope | undefined = sc; p; p = p.parent) {
      for (const a of p.allow) allow.push(a);
      for (const d of p.deny) deny.push(d);
    }
    for (const c of [...allow, ...deny])
      if (c !== 'KNOWN' && c !== 'UNKNOWN' && !classByName.has(c)) return { error: `class "${c}" is not declared` };
    if (!allow.length && !deny.length) return undefined;
    const onlyAllowed = soleItem(allow);
    if (onlyAllowed !== undefined && !deny.length) return onlyAllowed;
    const parts: string[] = [];
    if (allow.length) parts.push(allow.map((c) => `member('${c}')`).join(' or '));
    for (const c of deny) parts.push(`not member('${c}')`);
    const test = parts.map((p) => `(${p})`).join(' and ');
    const name = `dhcplint-pool-${[...allow.map((a) => a), ...deny.map((d) => `not-${d}`)].join('-')}`;
    generatedClasses.set(name, { name, test });
    return name;
  };
  for (const sc of pools) {
    const cls = poolClass(sc);
    const { options } = effective(sc);
    for (const r of sc.ranges) {
      const target = subnetFor(r.low, sc);
      if (!target || !subnetContains(target.facts, r.high)) {
        log.update(r.statement, 'not-converted', { reason: 'the range lies in no declared subnet' });
        continue;
      }
      if (typeof cls === 'object') {
        log.update(r.statement, 'not-converted', {
          reason: `the pool's permit list cannot be expressed: ${cls.error}`,
        });
        continue;
      }
      const pool: KeaPool = { pool: `${formatIPv4(r.low)} - ${formatIPv4(r.high)}` };
      if (cls) pool['client-class'] = cls;
      if (sc.required) pool['require-client-classes'] = sc.required;
      const list = optionList(options);
      if (list) pool['option-data'] = list;
      (target.kea.pools ??= []).push(pool);
      poolCount++;
    }
  }
  for (const c of generatedClasses.values()) keaClasses.push(c);

  // Reservations: in the subnet holding the fixed address (dhcpd hosts are global whatever their
  // place); hosts without an address are global reservations.
  let reservationCount = 0;
  const globalReservations: KeaReservation[] = [];
  const seenInSubnet = new Map<KeaSubnet4 | 'global', { hw: Set<string>; id: Set<string>; ip: Set<string> }>();
  const taken = (where: KeaSubnet4 | 'global', r: KeaReservation): string | undefined => {
    const seen = getOrAdd(seenInSubnet, where, () => ({ hw: new Set(), id: new Set(), ip: new Set() }));
    if (r['hw-address'] && seen.hw.has(r['hw-address']))
      return `another host already reserves hardware address ${r['hw-address']} here; Kea refuses duplicates`;
    if (r['client-id'] && seen.id.has(r['client-id']))
      return `another host already reserves client id ${r['client-id']} here; Kea refuses duplicates`;
    if (r['ip-address'] && seen.ip.has(r['ip-address']))
      return `another host already reserves ${r['ip-address']}; Kea refuses duplicates`;
    if (r['hw-address']) seen.hw.add(r['hw-address']);
    if (r['client-id']) seen.id.add(r['client-id']);
    if (r['ip-address']) seen.ip.add(r['ip-address']);
    return undefined;
  };
  for (const { scope: sc, host: h, file } of hosts) {
    const decl = h.decl as HostDecl;
    const base: KeaReservation = {};
    if (h.macs[0]) base['hw-address'] = h.macs[0].value;
    else if (sc.clientId) base['client-id'] = sc.clientId;
    let hardwareSeen = 0;
    for (const st of decl.body.body) {
      if (st.type !== 'Parameter' || st.name !== 'hardware') continue;
      const first = hardwareSeen++ === 0 && !!h.macs[0];
      log.add(st, file, 'hardware', first ? 'converted' : 'not-converted', {
        kea: first ? 'hw-address' : undefined,
        reason: first
          ? undefined
          : h.macs[0]
            ? 'Kea reservations have one hardware address'
            : 'not an address Kea reads',
      });
    }
    if (!base['hw-address'] && !base['client-id']) {
      log.update(decl, 'not-converted', {
        reason: 'a host without hardware address or client identifier matches no client in Kea',
      });
      for (const st of decl.body.body)
        if (st.type === 'Parameter' && st.name === 'fixed-address')
          log.add(st, file, 'fixed-address', 'not-converted', { reason: 'the host has no identifier' });
      continue;
    }
    if (sc.hostname) base.hostname = sc.hostname;
    else if (useHostDeclNames && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(h.name)) base.hostname = h.name;
    const { settings, options } = effective(sc);
    if (settings['next-server']) base['next-server'] = settings['next-server'];
    if (settings['boot-file-name']) base['boot-file-name'] = settings['boot-file-name'];
    if (settings['server-hostname']) base['server-hostname'] = settings['server-hostname'];
    const list = optionList(options);
    if (list) base['option-data'] = list;
    const hasFixed = decl.body.body.some((st) => st.type === 'Parameter' && st.name === 'fixed-address');
    let namedForKea = false;
    if (
      !hasFixed &&
      !list &&
      !base.hostname &&
      !base['next-server'] &&
      !base['boot-file-name'] &&
      !base['server-hostname'] &&
      /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(h.name)
    ) {
      // Kea refuses a reservation that gives nothing; dhcpd's host only made the client known.
      base.hostname = h.name;
      namedForKea = true;
    }
    const placed: string[] = [];
    for (const st of decl.body.body) {
      if (st.type !== 'Parameter' || st.name !== 'fixed-address') continue;
      const addrs = st.args.filter((a) => a.type === 'Word') as (Value & { type: 'Word' })[];
      const problems: string[] = [];
      for (const a of addrs) {
        if (a.literal.kind !== 'ipv4') {
          problems.push(`'${a.text}' is a host name (dhcpd resolves it at startup; Kea needs the address)`);
          continue;
        }
        const target = subnetFor(a.literal.value, sc);
        if (!target) {
          problems.push(`${a.text} lies in no declared subnet, so dhcpd never hands it out either`);
          continue;
        }
        const r: KeaReservation = { ...base, 'ip-address': a.text };
        const dup = taken(target.kea, r);
        if (dup) {
          problems.push(dup);
          continue;
        }
        (target.kea.reservations ??= []).push(r);
        reservationCount++;
        placed.push(`subnet4[id=${target.kea.id}]`);
      }
      if (problems.length)
        log.add(st, file, 'fixed-address', placed.length ? 'changed' : 'not-converted', {
          kea: placed.join(', ') || undefined,
          reason: problems.join('; '),
        });
      else
        log.add(st, file, 'fixed-address', 'converted', { kea: `reservations[].ip-address in ${placed.join(', ')}` });
    }
    if (!hasFixed) {
      const dup = taken('global', base);
      if (dup) log.update(decl, 'not-converted', { reason: dup });
      else {
        globalReservations.push(base);
        reservationCount++;
        if (namedForKea)
          log.update(decl, 'changed', {
            kea: 'global reservations (reservations-global), hostname',
            reason:
              "Kea refuses a reservation that sets nothing, so the host's name is given as its hostname (sent to a client that asks for option 12)",
          });
        else log.update(decl, 'converted', { kea: 'global reservations (reservations-global)' });
      }
    } else if (!placed.length)
      log.update(decl, 'not-converted', { reason: 'none of its fixed addresses could be reserved' });
  }
  if (globalReservations.length) {
    body.reservations = globalReservations;
    // dhcpd hosts without an address apply in every subnet: Kea looks them up globally as well.
    body['reservations-global'] = true;
    body['reservations-in-subnet'] = true;
  }

  if (userDefs.size) body['option-def'] = [...userDefs.values()];
  if (keaClasses.length) body['client-classes'] = keaClasses;
  const topSubnets = subnets
    .filter((x) => x.scope.parent?.kind !== 'shared' && !hasSharedAncestor(x.scope))
    .map((x) => x.kea);
  if (sharedNetworks.length) body['shared-networks'] = sharedNetworks.map((x) => x.kea);
  if (topSubnets.length) body.subnet4 = topSubnets;
  if (ddns.enable !== undefined) body['dhcp-ddns'] = { 'enable-updates': ddns.enable };
  if (needsBootp) body['hooks-libraries'] = [{ library: `${HOOKS_DIR}/libdhcp_bootp.so` }];
  body.loggers = [
    {
      name: 'kea-dhcp4',
      output_options: [{ output: syslogFacility ? `syslog:${syslogFacility}` : 'stdout' }],
      severity: 'INFO',
    },
  ];

  return {
    config: { Dhcp4: body },
    log,
    subnets: subnets.length,
    pools: poolCount,
    reservations: reservationCount,
    clientClasses: keaClasses.length,
  };
}

function hasSharedAncestor(sc: Scope): boolean {
  for (let p = sc.parent; p; p = p.parent) if (p.kind === 'shared') return true;
  return false;
}

function copyClassSettings(kea: KeaClientClass, settings: KeaScopeSettings): void {
  if (settings['next-server']) kea['next-server'] = settings['next-server'];
  if (settings['boot-file-name']) kea['boot-file-name'] = settings['boot-file-name'];
  if (settings['server-hostname']) kea['server-hostname'] = settings['server-hostname'];
  if (settings['valid-lifetime'] !== undefined) kea['valid-lifetime'] = settings['valid-lifetime'];
  if (settings['max-valid-lifetime'] !== undefined) kea['max-valid-lifetime'] = settings['max-valid-lifetime'];
  if (settings['min-valid-lifetime'] !== undefined) kea['min-valid-lifetime'] = settings['min-valid-lifetime'];
}

/** INTERFACESv4 of the server root, else the netplan interfaces holding a declared subnet, else every interface. */
function interfacesOf(server: Server): string[] {
  const names = server.facts.host?.defaults?.interfacesV4?.names.map((n) => n.name) ?? [];
  if (names.length) return names;
  const served = (server.facts.host?.interfaces ?? []).filter((i) =>
    i.addresses.some((a) => server.facts.subnets.some((s) => subnetContains(s, a.address))),
  );
  if (served.length) return served.map((i) => i.name);
  return ['*'];
}
