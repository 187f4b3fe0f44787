import type {
  AnyStatement,
  FailoverPeerDecl,
  HostDecl,
  Parameter,
  PoolDecl,
  RangeStatement,
  Span,
  SubnetDecl,
  OptionStatement,
  Value,
  Word,
} from '@dhcplint/parser';
import { normalizeMac, OPTIONS, optionSpec, STATEMENTS } from '@dhcplint/parser';
import { expectDefined } from '@dhcplint/parser/internal';
import { runToEnd, walkConfigSteps, type ServerConfig } from './config.js';
import { suggest } from '../rules/rule.js';
import { maskOf, networkOf, prefixLength } from '../net/ipv4.js';
import type { SourceFile } from '../types.js';
import type { HostContext } from './host-context.js';
import { getOrAdd } from './maps.js';

/** A source location inside one server's files. */
export interface Located {
  file: SourceFile;
  span: Span;
}

export interface Setting extends Located {
  /** The value as written, single-spaced (e.g. "647", "10.0.0.1"). */
  value: string;
  node: Parameter | OptionStatement;
}

export interface PeerFacts extends Located {
  name: string;
  decl: FailoverPeerDecl;
  /** Explicit role; undefined when neither primary nor secondary is written (dhcpd assumes primary). */
  role?: 'primary' | 'secondary';
  /** Failover statements by canonical name; the first occurrence wins, as the rules report repeats. */
  settings: Map<string, Setting>;
  /** Where the peer's declaration sits (top level or inside a shared-network). */
  ancestors: readonly AnyStatement[];
}

export interface RangeFacts extends Located {
  decl: RangeStatement;
  low: number;
  high: number;
  text: string;
  dynamicBootp: boolean;
  pool?: PoolFacts;
  subnet?: SubnetFacts;
}

export interface PoolFacts extends Located {
  decl: PoolDecl;
  /** Peer named by a `failover peer "x";` inside the pool (or inherited from its shared-network). */
  peer?: string;
  /** The pool's own reference, when it has one. */
  peerRef?: Located;
  ranges: RangeFacts[];
  /** allow/deny statements, normalised ("allow members of \"voip\""). */
  permits: string[];
  subnet?: SubnetFacts;
}

export interface SubnetFacts extends Located {
  decl: SubnetDecl;
  network: number;
  mask: number;
  /** Canonical key, e.g. 10.0.0.0/24 (or 10.0.0.0/255.0.255.0 for a noncontiguous mask). */
  key: string;
  sharedNetwork?: string;
  /** Parameters and options set directly in the subnet (not in its pools or hosts). */
  settings: Map<string, Setting>;
}

export interface HostFacts extends Located {
  decl: HostDecl;
  name: string;
  /** `hardware TYPE ADDRESS`: `type` lower-cased (ethernet, token-ring, fddi, …); dhcpd tells addresses apart by type and bytes. */
  macs: readonly { type: string; value: string; readonly loc: Located }[];
  fixed: readonly { address: number; text: string; readonly loc: Located }[];
}

/**
 * A host's MAC and fixed-address lists start as this shared empty list and are replaced by lists
 * of their exact length: an array grown by push keeps room for 17 items, and two per host were
 * 30 MB of a 10 MB config's facts.
 */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A value read from one word of a host line. Its location is built when a rule reports it: a 10 MB
 * config has 200,000 of these, and a span object plus a location each was most of what the host
 * facts kept alive.
 */
class WordFact {
  constructor(
    private readonly file: SourceFile,
    private readonly word: Word,
  ) {}
  get loc(): Located {
    return { file: this.file, span: this.word.span };
  }
}

class MacFact extends WordFact {
  constructor(
    file: SourceFile,
    word: Word,
    readonly type: string,
    readonly value: string,
  ) {
    super(file, word);
  }
}

class FixedAddressFact extends WordFact {
  constructor(
    file: SourceFile,
    word: Word,
    readonly address: number,
    readonly text: string,
  ) {
    super(file, word);
  }
}

/** Everything the cross-file rules need from one server, derived once from its AST. */
export interface ServerFacts {
  config: ServerConfig;
  name: string;
  peers: Map<string, PeerFacts[]>;
  peerRefs: (Located & { name: string; quoted: boolean; ancestors: readonly AnyStatement[] })[];
  pools: PoolFacts[];
  ranges: RangeFacts[];
  subnets: SubnetFacts[];
  hosts: HostFacts[];
  /** Top-level parameters and options (`option routers` → key "option routers"). */
  globals: Map<string, Setting>;
  /** Class, zone and key declarations, in the order the walk meets them. */
  declarations: NamedDeclaration[];
  host?: HostContext;
}

export interface NamedDeclaration {
  type: 'Class' | 'Zone' | 'Key';
  name: string;
  file: SourceFile;
  decl: AnyStatement & { name: string };
}

/** Parameters that can be set globally or per subnet: what a misspelt one most likely meant. */
const SCOPE_PARAMETERS = [...new Set(STATEMENTS.filter((spec) => !spec.name.includes(' ')).map((spec) => spec.name))];
function meantParameter(name: string): string | undefined {
  return suggest(name, SCOPE_PARAMETERS);
}

/** Option names of each standard space, for guessing what a misspelt option meant. */
const optionNames = new Map<string, string[]>();
const namesIn = (space: string): string[] =>
  getOrAdd(optionNames, space, () => OPTIONS.filter((o) => o.space === space).map((o) => o.name));

/** Options a config defines itself (`option NAME code N = …;`, at the top of any of its files), as `space.name`. */
function definedOptions(config: ServerConfig): Set<string> {
  const out = new Set<string>();
  for (const f of config.files)
    for (const st of f.ast?.body ?? []) if (st.type === 'OptionDefinition') out.add(`${st.space}.${st.name}`);
  return out;
}

/**
 * The setting key a misspelt option stands for (`option rooters` → `option routers`), as
 * unknown-option suggests it; undefined for a known or defined option, a user space's, or a
 * name close to nothing.
 */
function meantOption(s: OptionStatement, defined: ReadonlySet<string>): string | undefined {
  if (optionSpec(s.space, s.name) || defined.has(`${s.space}.${s.name}`)) return undefined;
  const names = namesIn(s.space);
  const meant = names.length ? suggest(s.name, names) : undefined;
  return meant && `option ${s.space === 'dhcp' ? '' : `${s.space}.`}${meant}`;
}

export function settingKey(s: Parameter | OptionStatement): string {
  if (s.type === 'Option') return `option ${s.space === 'dhcp' ? '' : `${s.space}.`}${s.name}`;
  return s.negated ? `not ${s.name}` : s.name;
}

function settingOf(s: Parameter | OptionStatement, file: SourceFile): Setting {
  return { file, span: s.span, value: s.type === 'Option' ? valueText(s.values) : valueText(s.args), node: s };
}

export function valueText(values: readonly Value[]): string {
  return values
    .map((v) => (v.type === 'String' ? v.raw : v.text))
    .join(' ')
    .replace(/ ,/g, ',');
}

/**
 * The innermost of a statement's ancestors for which `of` gives a value, remembered per depth:
 * nesting follows the input, so scanning every ancestor for every statement would be quadratic
 * in the depth. An entry stays valid while the same statement sits at its depth (a statement
 * has one place in a tree), so consecutive lookups only read the part of the path that changed.
 */
export class InnermostAncestor<T> {
  private readonly owners: (AnyStatement | undefined)[] = [undefined];
  private readonly values: (T | undefined)[] = [undefined];
  constructor(private readonly of: (a: AnyStatement) => T | undefined) {}

  get(ancestors: readonly AnyStatement[]): T | undefined {
    let k = ancestors.length;
    while (k > 0 && this.owners[k] !== ancestors[k - 1]) k--;
    let value = this.values[k];
    for (let j = k + 1; j <= ancestors.length; j++) {
      const a = expectDefined(ancestors[j - 1], 'j runs over the depths of ancestors');
      value = this.of(a) ?? value;
      this.owners[j] = a;
      this.values[j] = value;
    }
    return value;
  }
}

export function collectFacts(config: ServerConfig): ServerFacts {
  return runToEnd(collectFactsSteps(config));
}

/**
 * The facts found in one top-level statement and everything nested in it. The language server
 * keeps them while the statement object is unchanged (an incremental re-parse keeps every
 * statement an edit did not touch), so after a keystroke only the touched statements are read.
 */
export interface FactsFragment {
  file: SourceFile;
  peers: PeerFacts[];
  peerRefs: ServerFacts['peerRefs'];
  pools: PoolFacts[];
  ranges: RangeFacts[];
  subnets: SubnetFacts[];
  hosts: HostFacts[];
  /** Top-level parameters and options, in order (the first of a key wins when merged). */
  globals: [string, Setting][];
  declarations: NamedDeclaration[];
}

/** Fragments by top-level statement (see FactsFragment). */
export type FactsCache = WeakMap<object, FactsFragment>;

function emptyFragment(file: SourceFile): FactsFragment {
  return {
    file,
    peers: [],
    peerRefs: [],
    pools: [],
    ranges: [],
    subnets: [],
    hosts: [],
    globals: [],
    declarations: [],
  };
}

function addFragment(facts: ServerFacts, f: FactsFragment): void {
  // Called for every kept top-level statement on every language-server run, and most lists are
  // empty: push one by one, no array spread per list.
  for (const p of f.peers) getOrAdd(facts.peers, p.name, () => []).push(p);
  append(facts.peerRefs, f.peerRefs);
  append(facts.pools, f.pools);
  append(facts.ranges, f.ranges);
  append(facts.subnets, f.subnets);
  append(facts.hosts, f.hosts);
  for (const [key, setting] of f.globals) if (!facts.globals.has(key)) facts.globals.set(key, setting);
  append(facts.declarations, f.declarations);
}

function append<T>(to: T[], from: readonly T[]): void {
  for (const item of from) to.push(item);
}

/**
 * `collectFacts` in steps that pause during the walk (see `walkConfigSteps`). With a cache, the
 * fragments of top-level statements seen before are reused without walking them; a statement
 * that holds an include is always read again (the included file can change on its own).
 */
export function* collectFactsSteps(
  config: ServerConfig,
  statementsPerPause?: number,
  cache?: FactsCache,
): Generator<void, ServerFacts, void> {
  const facts: ServerFacts = {
    config,
    name: config.name,
    peers: new Map(),
    peerRefs: [],
    pools: [],
    ranges: [],
    subnets: [],
    hosts: [],
    globals: new Map(),
    declarations: [],
  };
  const subnetOf = new Map<AnyStatement, SubnetFacts>();
  const poolOf = new Map<AnyStatement, PoolFacts>();
  const peerOf = new Map<AnyStatement, PeerFacts>();
  const subnetAbove = new InnermostAncestor((a) => subnetOf.get(a));
  const sharedNetworkAbove = new InnermostAncestor((a) => (a.type === 'SharedNetwork' ? a : undefined));
  // A reference at shared-network level is inherited by the pools below it.
  const sharedPeerAbove = new InnermostAncestor((a) => {
    if (a.type !== 'SharedNetwork') return undefined;
    const ref = a.body.body.find((c) => c.type === 'FailoverRef');
    return ref && ref.type === 'FailoverRef' ? ref.name : undefined;
  });
  /** The fragment of the top-level statement being walked. */
  let fragment: FactsFragment | undefined;
  let defined: Set<string> | undefined; // built on the first unknown option only
  let cacheable = false;
  // Without a cache (the CLI) one fragment takes everything: no object per statement.
  const whole = cache ? undefined : emptyFragment(config.main);

  yield* walkConfigSteps(
    config,
    {
      enter(s, ancestors, file) {
        if (ancestors.length === 0) {
          fragment = undefined;
          // A top-level include adds no facts itself; the included statements are top-level too.
          if (s.type === 'Include') return true;
          if (!cache) fragment = whole;
          else {
            const hit = cache.get(s);
            if (hit && hit.file === file) {
              addFragment(facts, hit);
              return false;
            }
            fragment = emptyFragment(file);
            cacheable = true;
          }
        }
        if (s.type === 'Include') cacheable = false;
        const frag = fragment;
        if (!frag) return true;
        const parent = ancestors[ancestors.length - 1];
        switch (s.type) {
          case 'Subnet': {
            const { network: networkWord, netmask: maskWord } = s;
            if (networkWord?.literal.kind !== 'ipv4' || maskWord?.literal.kind !== 'ipv4') break;
            const network = networkWord.literal.value;
            const mask = maskWord.literal.value;
            const prefix = prefixLength(mask);
            const shared = sharedNetworkAbove.get(ancestors);
            const sf: SubnetFacts = {
              file,
              span: s.span,
              decl: s,
              network,
              mask,
              key: `${networkWord.text}/${prefix ?? maskWord.text}`,
              sharedNetwork: shared && shared.type === 'SharedNetwork' ? shared.name : undefined,
              settings: new Map(),
            };
            frag.subnets.push(sf);
            subnetOf.set(s, sf);
            break;
          }
          case 'Pool': {
            if (s.v6) break;
            const subnet = subnetAbove.get(ancestors);
            const pf: PoolFacts = { file, span: s.span, decl: s, ranges: [], permits: [], subnet };
            const inherited = sharedPeerAbove.get(ancestors);
            if (inherited !== undefined) pf.peer = inherited;
            frag.pools.push(pf);
            poolOf.set(s, pf);
            break;
          }
          case 'Range': {
            if (s.v6 || s.low?.literal.kind !== 'ipv4') break;
            const low = s.low.literal.value;
            const high = s.high?.literal.kind === 'ipv4' ? s.high.literal.value : s.high ? undefined : low;
            if (high === undefined) break;
            const pool = parent ? poolOf.get(parent) : undefined;
            const subnet = subnetAbove.get(ancestors);
            const rf: RangeFacts = {
              file,
              span: s.span,
              decl: s,
              low,
              high,
              text: `${s.low.text}${s.high ? ` ${s.high.text}` : ''}`,
              dynamicBootp: s.dynamicBootp,
              pool,
              subnet,
            };
            frag.ranges.push(rf);
            pool?.ranges.push(rf);
            break;
          }
          case 'FailoverRef': {
            frag.peerRefs.push({
              file,
              span: s.span,
              name: s.name,
              quoted: s.nameNode?.type === 'String',
              ancestors: [...ancestors],
            });
            const pool = parent ? poolOf.get(parent) : undefined;
            if (pool) {
              pool.peer = s.name;
              pool.peerRef = { file, span: s.span };
            }
            break;
          }
          case 'AllowDeny': {
            const pool = parent ? poolOf.get(parent) : undefined;
            if (pool)
              pool.permits.push(
                `${s.verb} ${s.what}${s.arg ? ` ${s.arg.type === 'String' ? s.arg.raw : s.arg.text}` : ''}`,
              );
            break;
          }
          case 'FailoverPeer': {
            const pf: PeerFacts = {
              file,
              span: s.span,
              name: s.name,
              decl: s,
              settings: new Map(),
              ancestors: [...ancestors],
            };
            frag.peers.push(pf);
            peerOf.set(s, pf);
            break;
          }
          case 'Class':
          case 'Zone':
          case 'Key':
            frag.declarations.push({ type: s.type, name: s.name, file, decl: s });
            break;
          case 'Host': {
            frag.hosts.push({ file, span: s.span, decl: s, name: s.name, macs: NONE, fixed: NONE });
            break;
          }
          case 'Parameter':
          case 'Option': {
            // An unknown statement (a typo such as `max-lease-tme`) is reported once, by
            // unknown-statement. For the pair rules it stands for the setting it was meant to be
            // (or for nothing), so the partner's `max-lease-time` is not "set here but not there".
            // A misspelt option (`option rooters`, reported by unknown-option) likewise.
            const unknownOption = s.type === 'Option' && !optionSpec(s.space, s.name);
            const meant =
              s.type === 'Parameter' && !s.known
                ? meantParameter(s.name)
                : unknownOption
                  ? meantOption(s, (defined ??= definedOptions(config)))
                  : undefined;
            // What it stands for depends on definitions elsewhere in the config: not cached.
            if (unknownOption) cacheable = false;
            if (s.type === 'Parameter' && !s.known && meant === undefined) break;
            // Host lines first: they are most of the statements. Hosts do not nest, so a host
            // line's parent is the host entered last.
            if (parent?.type === 'Host') {
              const lastHost = frag.hosts[frag.hosts.length - 1];
              if (lastHost?.decl !== parent || s.type !== 'Parameter') break;
              const args = s.args;
              const address = args[1];
              if (s.name === 'hardware' && address?.type === 'Word') {
                const type = args[0]?.type === 'Word' ? args[0].text.toLowerCase() : '';
                const mac = new MacFact(file, address, type, normalizeMac(address.text));
                lastHost.macs = lastHost.macs.length ? [...lastHost.macs, mac] : [mac];
              } else if (s.name === 'fixed-address') {
                const found: FixedAddressFact[] = [];
                for (const a of args)
                  if (a.type === 'Word' && a.literal.kind === 'ipv4')
                    found.push(new FixedAddressFact(file, a, a.literal.value, a.text));
                // concat makes a list of the exact length; `found` is short-lived.
                if (found.length) lastHost.fixed = lastHost.fixed.concat(found);
              }
              break;
            }
            const peer = parent?.type === 'FailoverPeer' ? peerOf.get(parent) : undefined;
            if (peer && s.type === 'Parameter') {
              if (s.name === 'primary' || s.name === 'secondary') peer.role ??= s.name;
              const key = settingKey(s);
              if (!peer.settings.has(key)) peer.settings.set(key, settingOf(s, file));
              break;
            }
            const subnet = parent?.type === 'Subnet' ? subnetOf.get(parent) : undefined;
            if (!subnet && parent) break;
            const key = meant ?? settingKey(s);
            if (subnet && !subnet.settings.has(key)) subnet.settings.set(key, settingOf(s, file));
            if (!parent) frag.globals.push([key, settingOf(s, file)]);
            break;
          }
        }
        return true;
      },
      leave(s, ancestors) {
        if (ancestors.length !== 0 || !fragment || whole) return;
        addFragment(facts, fragment);
        if (cache && cacheable) cache.set(s, fragment);
        fragment = undefined;
      },
    },
    statementsPerPause,
  );
  if (whole) addFragment(facts, whole);
  return facts;
}

export function subnetContains(s: SubnetFacts, addr: number): boolean {
  return networkOf(addr, s.mask) === s.network;
}

export { maskOf };
