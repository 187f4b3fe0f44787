/**
 * The statement vocabulary of dhcpd.conf (ISC DHCP 4.4.3, dhcpd.conf(5)), as data.
 * The AST builder, the linter's value and placement rules, hover and completion all read this one
 * table. Descriptions are ours; the man page is the reference for behaviour.
 */
export type Context =
  | 'global'
  | 'shared-network'
  | 'subnet'
  | 'subnet6'
  | 'host'
  | 'group'
  | 'pool'
  | 'pool6'
  | 'class'
  | 'failover-peer'
  | 'key'
  | 'zone'
  | 'if'
  | 'on';

/**
 * Argument grammar of a keyword statement:
 * none · number · seconds · flag · string · text (string or name) · name · ip (address or host name)
 * · ip-list · ip6 · port · percent · hex · date · enum:a|b · words (free) · expr (data expression)
 */
export type ArgSyntax = string;

export interface StatementSpec {
  /** Canonical keyword, multi-word keywords single-spaced. */
  name: string;
  kind: 'declaration' | 'parameter' | 'failover' | 'key' | 'zone' | 'executable' | 'reference';
  args: ArgSyntax;
  /** Where it may appear. 'scope' = any scope that holds parameters. */
  contexts: readonly Context[] | 'scope';
  description: string;
  /** Effective value when the statement is absent. */
  default?: string;
  /** Why the statement should no longer be used. */
  deprecated?: string;
  /** A failover statement that belongs on the primary only. */
  primaryOnly?: boolean;
  /** May take `= expression` instead of literal arguments. */
  allowsExpression?: boolean;
}

export const SCOPES: readonly Context[] = [
  'global',
  'shared-network',
  'subnet',
  'subnet6',
  'host',
  'group',
  'pool',
  'pool6',
  'class',
  'if',
  'on',
];

const p = (name: string, args: ArgSyntax, description: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  name,
  kind: 'parameter',
  args,
  contexts: 'scope',
  description,
  allowsExpression: true,
  ...extra,
});
const f = (name: string, args: ArgSyntax, description: string, extra: Partial<StatementSpec> = {}): StatementSpec => ({
  name,
  kind: 'failover',
  args,
  contexts: ['failover-peer'],
  description,
  ...extra,
});
const d = (
  name: string,
  args: ArgSyntax,
  contexts: readonly Context[] | 'scope',
  description: string,
  extra: Partial<StatementSpec> = {},
): StatementSpec => ({
  name,
  kind: 'declaration',
  args,
  contexts,
  description,
  ...extra,
});

export const STATEMENTS: readonly StatementSpec[] = [
  // ---- declarations
  d(
    'subnet',
    'ip netmask ip',
    ['global', 'shared-network', 'group'],
    'Declares an IPv4 network this server knows about; addresses are only handed out on declared subnets.',
  ),
  d('subnet6', 'ip6', ['global', 'shared-network', 'group'], 'Declares an IPv6 network (with its prefix length).'),
  d('shared-network', 'name', ['global', 'group'], 'Groups several subnets that share one physical link.'),
  d(
    'group',
    'none',
    ['global', 'shared-network', 'subnet', 'subnet6', 'group', 'host'],
    'Applies common parameters to the declarations inside it.',
  ),
  d(
    'host',
    'name',
    ['global', 'shared-network', 'subnet', 'subnet6', 'group', 'pool'],
    'Describes one client, usually to give it a fixed address or its own parameters.',
  ),
  d(
    'pool',
    'none',
    ['shared-network', 'subnet'],
    'A set of address ranges with its own permit lists and, for failover, its peer.',
  ),
  d('pool6', 'none', ['shared-network', 'subnet6'], 'An IPv6 address or prefix pool with its own permit lists.'),
  d(
    'class',
    'string',
    ['global', 'group', 'shared-network', 'subnet'],
    'Defines a client class, matched by `match if` or filled by subclasses.',
  ),
  d(
    'subclass',
    'string expr',
    ['global', 'group', 'shared-network', 'subnet'],
    'Adds a member (a match value) to a class declared with `match` or `spawn with`.',
  ),
  d(
    'failover peer',
    'text',
    ['global', 'shared-network'],
    'Declares a DHCP failover relationship with a partner server.',
  ),
  // dhcpd parses key and zone declarations in any scope (they are global all the same).
  d(
    'key',
    'text',
    ['global', 'shared-network', 'subnet', 'subnet6', 'host', 'group', 'pool', 'pool6', 'class'],
    'A TSIG key for DNS updates or OMAPI.',
  ),
  d(
    'zone',
    'name',
    ['global', 'shared-network', 'subnet', 'subnet6', 'host', 'group', 'pool', 'pool6', 'class'],
    'Tells the server which DNS server to update for a zone and with which key.',
  ),
  d('if', 'expr', 'scope', 'Applies the statements in the block only when the condition holds.'),
  d('elsif', 'expr', 'scope', 'Further condition checked when the previous ones were false.'),
  d('else', 'none', 'scope', 'Statements applied when no condition of the if-chain held.'),
  // A switch's body is read like an if's (contextOf gives 'if'), so its labels are listed there.
  d(
    'switch',
    'expr',
    'scope',
    'Runs the statements after the `case` label whose value equals the expression in parentheses (or after `default:`), up to the next label.',
  ),
  d(
    'case',
    'expr',
    ['if'],
    'A label directly inside a switch block, ending in `:`: the statements after it run when the switch expression equals its value.',
  ),
  d(
    'default',
    'none',
    ['if'],
    'The label `default:` directly inside a switch block: the statements after it run when no case matched.',
  ),
  d(
    'on',
    'words',
    ['global', 'shared-network', 'subnet', 'subnet6', 'host', 'group', 'pool', 'pool6', 'class', 'if'],
    'Runs statements when a lease is committed, released or expires.',
  ),
  // ---- address ranges and references
  {
    name: 'range',
    kind: 'parameter',
    args: 'range',
    contexts: ['subnet', 'pool'],
    description: 'A span of addresses (low to high, inclusive) the server may hand out dynamically.',
  },
  {
    name: 'range6',
    kind: 'parameter',
    args: 'range6',
    contexts: ['subnet6', 'pool6'],
    description: 'A span (or prefix) of IPv6 addresses to hand out.',
  },
  {
    name: 'prefix6',
    kind: 'parameter',
    args: 'prefix6',
    contexts: ['subnet6', 'pool6'],
    description: 'IPv6 prefixes to delegate: low and high prefix with the delegated length.',
  },
  {
    name: 'fixed-prefix6',
    kind: 'parameter',
    args: 'ip6',
    contexts: ['host'],
    description: 'A prefix always delegated to this host.',
  },
  {
    name: 'fixed-address',
    kind: 'parameter',
    args: 'ip-list',
    contexts: ['host'],
    description: "The address(es) this host always receives; the one on the client's network is used.",
  },
  {
    name: 'fixed-address6',
    kind: 'parameter',
    args: 'ip6',
    contexts: ['host'],
    description: 'The IPv6 address this host always receives.',
  },
  {
    name: 'hardware',
    kind: 'parameter',
    args: 'hardware',
    contexts: ['host', 'class'],
    description:
      'The link-layer type and address that identify this host (e.g. `hardware ethernet 00:11:22:33:44:55`).',
  },
  {
    name: 'host-identifier option',
    kind: 'parameter',
    args: 'words',
    contexts: ['host'],
    description: 'Identifies a DHCPv6 host by the value of an option.',
  },
  {
    name: 'failover peer',
    kind: 'reference',
    args: 'string',
    contexts: ['pool', 'shared-network'],
    description: 'Puts this pool under the named failover relationship.',
  },
  {
    name: 'no failover peer',
    kind: 'reference',
    args: 'none',
    contexts: ['pool', 'shared-network'],
    description: 'Removes failover protection from a pool (dhcpd 4.4.3 rejects a `;` after it).',
  },
  {
    name: 'include',
    kind: 'parameter',
    args: 'string',
    contexts: 'scope',
    description: 'Reads another configuration file at this point.',
  },
  // ---- parameters (dhcpd.conf(5) REFERENCE: PARAMETERS)
  p('abandon-lease-time', 'seconds', 'How long an address that was found in use stays abandoned before it is reused.', {
    default: '86400',
  }),
  p(
    'adaptive-lease-time-threshold',
    'percent',
    'Above this pool utilisation (percent), leases are shortened to the minimum.',
  ),
  p(
    'always-broadcast',
    'flag',
    'Broadcast every reply, for clients that cannot receive unicast before configuration.',
    { default: 'false' },
  ),
  p('always-reply-rfc1048', 'flag', 'Answer BOOTP clients with RFC 1048 vendor options even when they did not ask.'),
  // dhcpd: `authority makes no sense here` in a host.
  p(
    'authoritative',
    'none',
    'This server is the authority for its networks: it NAKs requests for addresses that are wrong there.',
    { contexts: ['global', 'shared-network', 'subnet', 'subnet6', 'group', 'pool', 'pool6', 'class', 'if', 'on'] },
  ),
  p(
    'not authoritative',
    'none',
    'This server is not the authority: it stays silent on requests it cannot confirm (the default).',
    { contexts: ['global', 'shared-network', 'subnet', 'subnet6', 'group', 'pool', 'pool6', 'class', 'if', 'on'] },
  ),
  p('boot-unknown-clients', 'flag', 'Whether clients without a host declaration may get an address.', {
    default: 'true',
  }),
  p('check-secs-byte-order', 'flag', 'Works around clients that send the secs field in the wrong byte order.'),
  p('db-time-format', 'enum:default|local', 'Write lease times in the lease file as UTC (default) or local time.'),
  p('ddns-hostname', 'text', 'The host name used for DNS updates.'),
  p('ddns-domainname', 'text', 'The domain appended to the host name for forward DNS updates.'),
  p('ddns-rev-domainname', 'text', 'The domain used for reverse (PTR) DNS updates.', { default: 'in-addr.arpa.' }),
  p(
    'ddns-update-style',
    'enum:none|interim|standard|ad-hoc',
    'How the server performs dynamic DNS updates; `ad-hoc` is no longer supported.',
    { default: 'none' },
  ),
  p('ddns-updates', 'flag', 'Turns dynamic DNS updates on or off in this scope.'),
  p('ddns-ttl', 'seconds', 'TTL of DNS records the server adds.'),
  p('ddns-local-address4', 'ip', 'Source address for DNS updates over IPv4.'),
  p('ddns-local-address6', 'ip6', 'Source address for DNS updates over IPv6.'),
  p('ddns-dual-stack-mixed-mode', 'flag', 'Relaxes DNS conflict detection for dual-stack clients.'),
  p('ddns-guard-id-must-match', 'flag', 'Require the DHCID guard record to match before updating DNS.'),
  p('ddns-other-guard-is-dynamic', 'flag', 'Treat guard records of other clients as dynamic.'),
  p('default-lease-time', 'seconds', 'Lease length in seconds when the client does not ask for one.', {
    default: '43200',
  }),
  p('delayed-ack', 'number', 'How many DHCPACKs to queue before writing leases to disk.'),
  p('max-ack-delay', 'number', 'Longest time (microseconds) an ACK may be delayed by delayed-ack.'),
  p('dhcp-cache-threshold', 'percent', "Percent of a lease's time during which it is reused unchanged."),
  p('do-forward-updates', 'flag', 'Whether the server updates forward (A) records itself.'),
  p('dont-use-fsync', 'flag', 'Skip fsync() of the lease file (faster, unsafe on crash).'),
  p('dynamic-bootp-lease-cutoff', 'date', 'Date on which all dynamic BOOTP leases end.'),
  p('dynamic-bootp-lease-length', 'seconds', 'Length of leases given to BOOTP clients.'),
  p('echo-client-id', 'flag', 'Echo the client identifier back in replies (RFC 6842).'),
  p('filename', 'string', 'The boot file name sent to network-booting clients.'),
  p('get-lease-hostnames', 'flag', 'Look up each address in DNS and send its name as the host-name option.'),
  p('ignore-client-uids', 'flag', 'Ignore client identifiers and track clients by hardware address only.'),
  p('infinite-is-reserved', 'flag', 'Treat leases with an infinite lifetime as reserved.'),
  p('lease-file-name', 'string', 'Path of the lease database file.'),
  p('dhcpv6-lease-file-name', 'string', 'Path of the DHCPv6 lease database file.'),
  p('lease-id-format', 'enum:octal|hex', 'How client identifiers are written in the lease file.'),
  p('limit-addrs-per-ia', 'number', 'Maximum number of addresses in one DHCPv6 identity association.'),
  p('local-port', 'port', 'UDP port the server listens on.', { default: '67' }),
  p('local-address', 'ip', 'Address on which the server listens (one only).'),
  p('local-address6', 'ip6', 'IPv6 address on which the server listens.'),
  p('bind-local-address6', 'flag', 'Bind the DHCPv6 socket to local-address6.'),
  p('log-facility', 'name', "Syslog facility for the server's messages.", { default: 'daemon' }),
  p('log-threshold-high', 'percent', 'Pool utilisation (percent) at which a warning is logged.'),
  p('log-threshold-low', 'percent', 'Utilisation below which the high-threshold warning is re-armed.'),
  p('max-lease-time', 'seconds', 'The longest lease the server grants, whatever the client asks.', {
    default: '86400',
  }),
  p('min-lease-time', 'seconds', 'The shortest lease the server grants.'),
  p('min-secs', 'number', 'Ignore requests until the client has been trying this many seconds.'),
  p('next-server', 'ip', 'Address of the TFTP server the client boots from.'),
  p('omapi-port', 'port', 'TCP port for OMAPI management connections.'),
  p('omapi-key', 'text', 'The key OMAPI clients must authenticate with.'),
  p('one-lease-per-client', 'flag', 'Release other leases of a client when it gets a new one.'),
  p('pid-file-name', 'string', 'Path of the process-id file.'),
  p('dhcpv6-pid-file-name', 'string', 'Path of the DHCPv6 process-id file.'),
  p('ping-check', 'flag', 'Ping an address before offering it, to avoid handing out one in use.', { default: 'true' }),
  p('ping-timeout', 'seconds', 'How long to wait for a ping reply.', { default: '1' }),
  p('ping-timeout-ms', 'number', 'Ping timeout in milliseconds.'),
  p('preferred-lifetime', 'seconds', 'Preferred lifetime of DHCPv6 addresses.'),
  p(
    'prefix-length-mode',
    'enum:ignore|prefer|exact|minimum|maximum',
    "How a DHCPv6 client's preferred prefix length is honoured.",
  ),
  p('remote-port', 'port', 'UDP port replies are sent to.'),
  p('release-on-roam', 'flag', 'Release a DHCPv6 lease when the client moves to another link.'),
  p('server-identifier', 'ip', 'The address this server gives as its identifier; must be one of its own.'),
  p('server-id-check', 'flag', "Only accept requests carrying this server's identifier."),
  p('server-duid', 'words', 'The DUID the DHCPv6 server identifies itself with.'),
  p('server-name', 'string', 'Name of the boot server sent to clients.'),
  p('dhcpv6-set-tee-times', 'flag', 'Set DHCPv6 T1/T2 times explicitly.'),
  p('site-option-space', 'text', 'Option space used for site-local options (codes 224–254).'),
  p('stash-agent-options', 'flag', 'Remember relay-agent options of the initial request for renewals.'),
  p('update-conflict-detection', 'flag', "Use DHCID records to avoid overwriting other clients' DNS names."),
  p('update-optimization', 'flag', 'Skip DNS updates when nothing changed.'),
  p('update-static-leases', 'flag', 'Do DNS updates for fixed-address hosts too.'),
  p('use-host-decl-names', 'flag', "Send the host declaration's name as the client's host-name."),
  p('use-lease-addr-for-default-route', 'flag', 'Tell clients to use their own address as router (proxy-ARP setups).'),
  p('vendor-option-space', 'text', 'Option space used to build the vendor-encapsulated-options option.'),
  p('use-eui-64', 'flag', "Assign DHCPv6 addresses from the client's EUI-64."),
  p('persist-eui-64-leases', 'flag', 'Keep EUI-64 leases in the lease file.'),
  p('ldap-server', 'string', 'LDAP server holding the configuration (LDAP builds only).', {
    deprecated:
      'only dhcpd built with LDAP support (isc-dhcp-server-ldap) knows it; the standard build refuses it (`semicolon expected.`)',
  }),
  p('ddns-domain', 'text', 'Deprecated alias of ddns-domainname.', { deprecated: 'use ddns-domainname' }),
  // dhcpd 4.4 parses `interface` in shared-network and subnet declarations only (elsewhere: `expecting a parameter or declaration`).
  p(
    'interface',
    'name',
    'Names the interface a shared-network or subnet is attached to; which interfaces dhcpd listens on is still chosen on the command line (INTERFACESv4).',
    { contexts: ['shared-network', 'subnet'], allowsExpression: false },
  ),
  {
    name: 'uid',
    kind: 'parameter',
    args: 'words',
    contexts: ['host'],
    description:
      'The client identifier (a quoted string or colon-separated bytes) that identifies this host, like `option dhcp-client-identifier`.',
  },
  // ---- failover peer statements (dhcpd.conf(5) DHCP FAILOVER)
  f('primary', 'none', 'This server is the primary of the pair.'),
  f('secondary', 'none', 'This server is the secondary of the pair.'),
  f('address', 'ip', 'Address this server listens on for its partner and connects from.'),
  f('port', 'port', 'TCP port this server listens on for its partner.', { default: '647' }),
  f('peer address', 'ip', 'Address of the partner server; also the only source accepted for its connection.'),
  f('peer port', 'port', "TCP port of the partner; must equal the partner's `port`.", { default: '647' }),
  f('max-response-delay', 'seconds', 'Seconds without a message before the partner is considered down.', {
    default: '20',
  }),
  f('max-unacked-updates', 'number', 'How many binding updates may be in flight without an acknowledgement.', {
    default: '100',
  }),
  f('mclt', 'seconds', 'Maximum client lead time: how far a lease may run past what the partner knows. Primary only.', {
    primaryOnly: true,
  }),
  f('split', 'number', 'Load-balance split: hash buckets 0..N-1 (of 256) are answered by the primary. Primary only.', {
    primaryOnly: true,
  }),
  f('hba', 'hex', 'Load-balance bitmap of 32 bytes; a set bit gives that hash bucket to the primary. Primary only.', {
    primaryOnly: true,
  }),
  f(
    'load balance max seconds',
    'seconds',
    'Clients waiting longer than this (secs field) are answered by either server; 0 disables load balancing.',
    { default: '0' },
  ),
  f(
    'auto-partner-down',
    'seconds',
    'Seconds in communications-interrupted after which the server enters partner-down by itself; 0 = never.',
    { default: '0' },
  ),
  f('max-lease-misbalance', 'percent', 'Free-lease imbalance (percent) that triggers rebalancing.', { default: '15' }),
  f('max-lease-ownership', 'percent', 'Imbalance (percent) below which a server keeps extra free leases.', {
    default: '10',
  }),
  f('min-balance', 'seconds', 'Minimum seconds between pool rebalancing runs.', { default: '60' }),
  f('max-balance', 'seconds', 'Maximum seconds between pool rebalancing runs.', { default: '3600' }),
  // ---- key and zone statements
  {
    name: 'algorithm',
    kind: 'key',
    args: 'name',
    contexts: ['key'],
    description: 'The TSIG algorithm, e.g. hmac-sha256.',
  },
  { name: 'secret', kind: 'key', args: 'words', contexts: ['key'], description: 'The base64 key material.' },
  {
    name: 'primary',
    kind: 'zone',
    args: 'ip',
    contexts: ['zone'],
    description: 'The DNS server to send updates for this zone to.',
  },
  {
    name: 'primary6',
    kind: 'zone',
    args: 'ip6',
    contexts: ['zone'],
    description: 'The DNS server (IPv6) to send updates for this zone to.',
  },
  {
    name: 'secondary',
    kind: 'zone',
    args: 'ip',
    contexts: ['zone'],
    description: 'A fallback DNS server for updates of this zone.',
  },
  {
    name: 'secondary6',
    kind: 'zone',
    args: 'ip6',
    contexts: ['zone'],
    description: 'A fallback IPv6 DNS server for updates of this zone.',
  },
  {
    name: 'key',
    kind: 'zone',
    args: 'text',
    contexts: ['zone', 'global'],
    description: "The TSIG key used for this zone's updates.",
  },
  // ---- class bodies and executable statements (dhcp-eval(5))
  {
    name: 'match if',
    kind: 'executable',
    args: 'expr',
    contexts: ['class'],
    description: 'Clients for which the boolean expression is true belong to the class.',
  },
  {
    name: 'match',
    kind: 'executable',
    args: 'expr',
    contexts: ['class'],
    description: 'The data expression whose value selects a subclass.',
  },
  {
    name: 'spawn with',
    kind: 'executable',
    args: 'expr',
    contexts: ['class'],
    description: 'Creates a subclass per distinct value of the expression.',
  },
  {
    name: 'lease limit',
    kind: 'parameter',
    args: 'number',
    contexts: ['class'],
    description: 'Maximum number of leases members of this class may hold.',
  },
  {
    name: 'set',
    kind: 'executable',
    args: 'expr',
    contexts: 'scope',
    description: 'Sets a variable to the value of an expression.',
  },
  { name: 'unset', kind: 'executable', args: 'name', contexts: 'scope', description: 'Removes a variable.' },
  {
    name: 'eval',
    kind: 'executable',
    args: 'expr',
    contexts: 'scope',
    description: 'Evaluates an expression for its side effects.',
  },
  {
    name: 'log',
    kind: 'executable',
    args: 'expr',
    contexts: 'scope',
    description: 'Writes a message to the server log.',
  },
  { name: 'execute', kind: 'executable', args: 'expr', contexts: 'scope', description: 'Runs an external command.' },
  {
    name: 'return',
    kind: 'executable',
    args: 'expr',
    contexts: 'scope',
    description: 'Returns a value from a function.',
  },
  {
    name: 'break',
    kind: 'executable',
    args: 'none',
    contexts: 'scope',
    description: 'Stops evaluating statements in this scope.',
  },
  { name: 'add', kind: 'executable', args: 'string', contexts: 'scope', description: 'Adds the client to a class.' },
  {
    name: 'define',
    kind: 'executable',
    args: 'words',
    contexts: 'scope',
    description: 'Defines a variable or function.',
  },
];

const byName = new Map<string, StatementSpec[]>();
for (const s of STATEMENTS) {
  const list = byName.get(s.name) ?? [];
  list.push(s);
  byName.set(s.name, list);
}

/** All specs with this canonical keyword (e.g. `primary` is both a failover and a zone statement). */
export function statementSpecs(name: string): readonly StatementSpec[] {
  return byName.get(name) ?? [];
}

/** The spec for a keyword in a given context, or the first one when none fits. */
export function statementSpec(name: string, context?: Context): StatementSpec | undefined {
  const list = byName.get(name);
  if (!list) return undefined;
  if (context) {
    const hit = list.find((s) => contextAllows(s, context));
    if (hit) return hit;
  }
  return list[0];
}

/** What dhcpd uses for an absent failover peer statement (`'647'` for `port`), from the table above. */
export function failoverDefault(name: string): string | undefined {
  return statementSpec(name, 'failover-peer')?.default;
}

export function contextAllows(spec: StatementSpec, context: Context): boolean {
  const contexts = spec.contexts === 'scope' ? SCOPES : spec.contexts;
  if (contexts.includes(context)) return true;
  // Scopes nest: statements valid in a scope are valid inside if/on blocks of it.
  return (
    (context === 'if' || context === 'on') && spec.kind !== 'failover' && spec.kind !== 'key' && spec.kind !== 'zone'
  );
}

/** Multi-word keywords, longest first, for the builder's keyword matcher. */
export const MULTIWORD_KEYWORDS: readonly string[][] = [...byName.keys()]
  .filter((k) => k.includes(' '))
  .map((k) => k.split(' '))
  .sort((a, b) => b.length - a.length);

/** Every single-word keyword that can start a statement. */
export const STATEMENT_KEYWORDS: ReadonlySet<string> = new Set(
  [...byName.keys()]
    .map((k) => k.replace(/ .*/, '')) // the first word
    .concat(['option', 'supersede', 'default', 'prepend', 'append', 'allow', 'deny', 'ignore', 'not', 'no']),
);

/** The permit keywords of allow/deny/ignore (dhcpd.conf(5) ALLOW AND DENY). */
export const PERMITS: readonly { what: string; description: string; inPool?: boolean; arg?: 'string' | 'date' }[] = [
  { what: 'unknown-clients', description: 'clients without a host declaration' },
  { what: 'known-clients', description: 'clients with a host declaration' },
  { what: 'bootp', description: 'BOOTP clients' },
  { what: 'booting', description: 'clients in this scope at all (deny booting ignores them)' },
  { what: 'duplicates', description: 'several leases for one hardware address with different client ids' },
  { what: 'declines', description: 'DHCPDECLINE messages' },
  { what: 'client-updates', description: 'clients doing their own DNS updates' },
  { what: 'leasequery', description: 'DHCPLEASEQUERY messages' },
  { what: 'members of', description: 'clients in the named class', inPool: true, arg: 'string' },
  { what: 'dynamic bootp clients', description: 'BOOTP clients in this pool', inPool: true },
  { what: 'authenticated clients', description: 'clients authenticated per RFC 3118', inPool: true },
  { what: 'unauthenticated clients', description: 'clients not authenticated', inPool: true },
  { what: 'all clients', description: 'every client', inPool: true },
  { what: 'after', description: 'clients only after the given date', inPool: true, arg: 'date' },
  { what: 'known clients', description: 'clients with a host declaration', inPool: true },
  { what: 'unknown clients', description: 'clients without a host declaration', inPool: true },
];

/** Function names of dhcp-eval(5), with their argument counts (min, max; -1 = any). */
export const EXPRESSION_FUNCTIONS: Record<string, [number, number, string]> = {
  substring: [3, 3, 'Part of a data string: substring(data, offset, length).'],
  suffix: [2, 2, 'The last bytes of a data string: suffix(data, length).'],
  lcase: [1, 1, 'Lower-cases a string.'],
  ucase: [1, 1, 'Upper-cases a string.'],
  concat: [2, -1, 'Joins data strings.'],
  reverse: [2, 2, 'Reverses the order of fixed-width chunks: reverse(width, data).'],
  'binary-to-ascii': [4, 4, 'Formats bytes as text: binary-to-ascii(base, width, separator, data).'],
  'encode-int': [2, 2, 'Encodes a number as bytes: encode-int(number, width).'],
  'extract-int': [2, 2, 'Reads a number from bytes: extract-int(data, width).'],
  'pick-first-value': [1, -1, 'The first of its arguments that has a value.'],
  packet: [2, 2, 'Raw bytes of the request: packet(offset, length).'],
  gethostname: [0, 0, "The server's own host name."],
  v6relay: [2, 2, 'An option from a given relay level of a DHCPv6 packet.'],
  defined: [1, 1, 'True when the variable is set.'],
  log: [1, 2, 'Writes a log message.'],
  execute: [1, -1, 'Runs a command.'],
  filename: [0, 0, 'The boot file name in the request.'],
  'server-name': [0, 0, 'The server name in the request.'],
};

/** Keyword constants and prefix operators of dhcp-eval(5). */
export const EXPRESSION_KEYWORDS: Record<string, string> = {
  known: 'True when the client has a host declaration.',
  static: "True when the client's address came from a fixed-address.",
  hardware: "The client's hardware type and address.",
  'leased-address': 'The address leased to the client.',
  'lease-time': 'Seconds remaining on the lease.',
  'host-decl-name': 'The name of the matching host declaration.',
  'client-state': "The client's state in the DHCP exchange.",
  null: 'An empty value.',
  exists: 'True when the named option is present in the request.',
  option: 'The value of an option in the request.',
  'config-option': 'The value of an option as the configuration would send it.',
  not: 'Boolean negation.',
  and: 'Boolean and.',
  or: 'Boolean or.',
  encapsulate: 'The encoded options of an option space.',
  'ddns-fwd-name': 'The forward DNS name of the client.',
  'ddns-rev-name': 'The reverse DNS name of the client.',
  true: 'Boolean true.',
  false: 'Boolean false.',
};
