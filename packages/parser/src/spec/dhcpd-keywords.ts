/**
 * The words dhcpd 4.4.3's lexer reads as keywords (conflex.c, intern()), case-insensitively. They are
 * not NAME tokens, so dhcpd refuses them where it wants a variable name (`set text = …;`:
 * "text can't be a variable name"). Found by running `set WORD = "x";` through the real dhcpd -t for
 * every word of its manual pages (dhcpd.conf, dhcp-eval, dhcp-options, dhcpd.leases) and its binary;
 * test/fidelity-keywords.test.ts checks the list against the installed dhcpd.
 */
export const DHCPD_KEYWORDS: ReadonlySet<string> = new Set([
  'abandoned', 'active', 'add', 'address', 'after', 'algorithm', 'alias', 'all', 'allow', 'also', 'and', 'append', 'array', 'at', 'atsfp',
  'authenticated', 'authentication', 'authoring-byte-order', 'authoritative', 'auto-partner-down', 'backup', 'balance', 'big-endian', 'billing',
  'binary-to-ascii', 'binding', 'boolean', 'boot-unknown-clients', 'booting', 'bootp', 'bound', 'break', 'case', 'check', 'ciaddr', 'class',
  'client-hostname', 'client-identifier', 'client-state', 'client-updates', 'clients', 'close', 'cltt', 'code', 'commit',
  'communications-interrupted', 'compressed', 'concat', 'config-option', 'conflict-done', 'connect', 'create', 'db-time-format', 'debug', 'declines',
  'default', 'default-lease-time', 'define', 'defined', 'delete', 'deleted', 'deny', 'disconnect', 'do-forward-updates', 'domain', 'domain-list',
  'domain-name', 'duplicates', 'dynamic', 'dynamic-bootp', 'dynamic-bootp-lease-cutoff', 'dynamic-bootp-lease-length', 'else', 'elsif', 'en',
  'encapsulate', 'encode-int', 'ends', 'epoch', 'error', 'ethernet', 'eval', 'execute', 'exists', 'expire', 'expired', 'expiry', 'extract-int',
  'failover', 'fatal', 'fddi', 'filename', 'fixed-address', 'fixed-address6', 'fixed-prefix6', 'formerr', 'free', 'function', 'get-lease-hostnames',
  'gethostbyname', 'gethostname', 'giaddr', 'group', 'hardware', 'hash', 'hba', 'help', 'hex', 'host', 'host-decl-name', 'host-identifier',
  'hostname', 'ia-na', 'ia-pd', 'ia-ta', 'iaaddr', 'iaprefix', 'identifier', 'if', 'ignore', 'include', 'infiniband', 'infinite', 'info', 'integer',
  'interface', 'ip-address', 'ip6-address', 'is', 'key', 'known', 'known-clients', 'lcase', 'lease', 'lease-id-format', 'lease-time', 'lease6',
  'leased-address', 'leasequery', 'length', 'let', 'limit', 'little-endian', 'll', 'llt', 'load', 'local', 'log', 'match', 'max', 'max-balance',
  'max-lease-misbalance', 'max-lease-ownership', 'max-lease-time', 'max-life', 'max-response-delay', 'max-unacked-updates', 'mclt', 'media',
  'members', 'min-balance', 'min-lease-time', 'min-secs', 'my', 'nameserver', 'netmask', 'never', 'new', 'next', 'next-server', 'no', 'noerror',
  'normal', 'not', 'notauth', 'notimp', 'notzone', 'null', 'nxdomain', 'nxrrset', 'octal', 'of', 'omapi', 'on', 'one-lease-per-client', 'open',
  'option', 'or', 'owner', 'packet', 'parse-vendor-option', 'partner', 'partner-down', 'paused', 'peer', 'pick', 'pick-first-value', 'pool', 'pool6',
  'port', 'potential-conflict', 'preferred-life', 'prefix6', 'prepend', 'primary', 'primary6', 'pseudo', 'range', 'range6', 'rebind', 'reboot',
  'recover', 'recover-done', 'recover-wait', 'refresh', 'refused', 'reject', 'release', 'released', 'remove', 'renew', 'request', 'require',
  'reserved', 'reset', 'resolution-interrupted', 'retry', 'return', 'reverse', 'rewind', 'script', 'search', 'secondary', 'secondary6', 'seconds',
  'secret', 'select', 'send', 'server', 'server-duid', 'server-identifier', 'server-name', 'servfail', 'set', 'shared-network', 'shutdown', 'signed',
  'size', 'space', 'spawn', 'split', 'starts', 'startup', 'state', 'static', 'string', 'subclass', 'subnet', 'subnet6', 'substring', 'suffix',
  'supersede', 'switch', 'temporary', 'text', 'timeout', 'timestamp', 'token-ring', 'transmission', 'tsfp', 'tstp', 'ucase', 'uid',
  'unauthenticated', 'unknown', 'unknown-clients', 'unknown-state', 'unset', 'unsigned', 'update', 'use-host-decl-names',
  'use-lease-addr-for-default-route', 'user-class', 'v6relay', 'v6relopt', 'vendor', 'vendor-class', 'width', 'with', 'yxdomain', 'yxrrset',
  'zerolen', 'zone',
]);
