// Decides whether a `.conf` file is an ISC dhcpd config from its content. VS Code gives `*.conf`
// to "Properties" by extension, and an extension match always beats a `firstLine` pattern, so the
// extension asks this module on open. Pure (no `vscode` import) so it is unit-tested on real files.

/** Only the start of a document is looked at: markers sit near the top and big files stay cheap. */
export const DETECTION_WINDOW = 8 * 1024;

/** Languages VS Code (or common extensions) give a `.conf` file when nothing more specific knows it. */
export const GENERIC_CONF_LANGUAGES: ReadonlySet<string> = new Set(['properties', 'plaintext', 'ini', 'unknown']);

/** `x.conf`, and its backup copies (`x.conf.orig`, `x.conf~`, `x.conf.dpkg-old`, …). */
const CONF_PATH = /\.conf(\.(bak|orig|old|new|dist|sample|example|save|dpkg-old|dpkg-dist|rpmnew|rpmsave))?~?$/i;

export function isConfPath(path: string): boolean {
  return CONF_PATH.test(path);
}

const IPV4 = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;

/**
 * Statements only dhcpd writes this way: one is enough. Each is anchored at the start of a
 * statement and written with dhcpd's punctuation (`;`, `{`, quoted names), which nginx, BIND,
 * dnsmasq, dhclient, Kea JSON, systemd and sysctl files do not share.
 */
const STRONG: readonly (readonly [string, RegExp])[] = [
  ['subnet … netmask', new RegExp(String.raw`^subnet\s+${IPV4}\s+netmask\s+${IPV4}\s*\{`)],
  ['subnet6', /^subnet6\s+[0-9a-f:]+\/\d+\s*\{/i],
  ['failover peer', /^failover\s+peer\s+"[^"]*"\s*[{;]/],
  ['ddns-update-style', /^ddns-update-style\s+(none|interim|standard|ad-hoc)\s*;/],
  ['option domain-name-servers', /^option\s+domain-name-servers\s+[\w.-]+/],
  ['option domain-name', /^option\s+(domain-name|domain-search)\s+"/],
  ['option routers', new RegExp(String.raw`^option\s+(routers|subnet-mask|broadcast-address)\s+${IPV4}`)],
  ['hardware ethernet', /(^|[{;]\s*)hardware\s+ethernet\s+[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}\s*;/i],
  ['lease time', /^(default|max|min)-lease-time\s+\d+\s*;/],
  ['authoritative', /^(not\s+)?authoritative\s*;/],
  ['log-facility', /^log-facility\s+(local[0-7]|daemon|user|syslog)\s*;/],
  ['shared-network', /^shared-network\s+("[^"]*"|[\w.-]+)\s*\{/],
  ['range', new RegExp(String.raw`^range\s+(dynamic-bootp\s+)?${IPV4}(\s+${IPV4})?\s*;`)],
  ['subclass', /^subclass\s+"[^"]*"\s+\S/],
  ['class … match', /^class\s+"[^"]*"\s*\{\s*match\s+(if|option|hardware|pick-first-value|substring)\b/],
];

/** Statements that other formats could also contain: two different ones are needed. */
const WEAK: readonly (readonly [string, RegExp])[] = [
  ['class', /^class\s+"[^"]*"\s*\{/],
  ['match', /^match\s+(if|option|hardware|pick-first-value|substring)\b/],
  ['filename', /^filename\s+"[^"]*"\s*;/],
  ['next-server', /^next-server\s+[\w.-]+\s*;/],
  ['fixed-address', /^fixed-address\s+[\w.-]+(\s*,\s*[\w.-]+)*\s*;/],
  ['pool', /^pool\s*\{/],
  ['host', /^host\s+("[^"]*"|[\w.-]+)\s*\{/],
  ['option', /^option\s+[a-z][\w-]*(\.[\w-]+)?\s+("[^"]*"|[\w.:,\s-]+)\s*;/],
  [
    'allow/deny',
    /^(allow|deny|ignore)\s+(booting|bootp|unknown-clients|client-updates|duplicates|declines|members\s+of)\b/,
  ],
  ['if exists', /^(if|elsif)\s+(exists|not|known|option|substring|binary-to-ascii)\b/],
  ['ddns', /^ddns-(domainname|rev-domainname|updates|hostname)\b/],
];

/**
 * A first-line comment that names the server; package.json's `firstLine` starts with the same
 * pattern. Not `isc-dhcp`: systemd drop-ins for `isc-dhcp-server.service` name it too.
 */
export const DHCPD_FIRST_LINE_COMMENT = /^#.*\b(dhcpd|ISC DHCP)\b(?![.-]leases)/;

/** Lines that dhcpd's grammar never has: an INI/systemd section header, a `key=value` setting. */
const FOREIGN: readonly RegExp[] = [/^\[[^\]]*\]$/, /^[\w.-]+\s*=/];

/**
 * Statements of a dhcpd *lease* file, which shares `hardware ethernet` and `failover peer` with
 * configs but is another language (dhcpd-leases): one of these and it is not a config.
 */
const LEASES = new RegExp(
  String.raw`^(lease\s+${IPV4}\s*\{|iaaddr\s|ia-(na|ta|pd)\s+"|failover\s+peer\s+"[^"]*"\s+state\s*\{|server-duid\s|authoring-byte-order\s|(binding|next\s+binding)\s+state\s)`,
);

export interface DhcpdEvidence {
  /** Which marker matched. */
  marker: string;
  /** 0-based line within the detection window. */
  line: number;
}

/** Drops a `#` comment (not inside a quoted string) and surrounding blanks. */
function codeOf(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && inString) i++;
    else if (c === '"') inString = !inString;
    else if (c === '#' && !inString) return line.slice(0, i).trim();
  }
  return line.trim();
}

/** Splits code into statements, so `subnet … { option routers …; }` on one line is seen as each. */
function statementsOf(code: string): string[] {
  return code
    .split(/(?<=[;{}])\s*/)
    .map((s) => s.replace(/^\}\s*/, '').trim())
    .filter(Boolean);
}

export interface Detection {
  isDhcpd: boolean;
  strong: DhcpdEvidence[];
  weak: DhcpdEvidence[];
  /** What speaks against: INI/`key=value` lines and lease-file statements. */
  foreign: DhcpdEvidence[];
}

/** What in the first DETECTION_WINDOW characters speaks for and against dhcpd. */
export function detectDhcpd(text: string): Detection {
  const lines = text.slice(0, DETECTION_WINDOW).split(/\r?\n/);
  // A window cut mid-line would judge half a statement.
  if (text.length > DETECTION_WINDOW && lines.length > 1) lines.pop();
  const strong: DhcpdEvidence[] = [];
  const weak: DhcpdEvidence[] = [];
  const foreign: DhcpdEvidence[] = [];
  const leases: DhcpdEvidence[] = [];
  if (DHCPD_FIRST_LINE_COMMENT.test(lines[0] ?? '')) strong.push({ marker: 'comment naming dhcpd', line: 0 });
  lines.forEach((raw, line) => {
    const code = codeOf(raw);
    if (!code) return;
    for (const re of FOREIGN) if (re.test(code)) foreign.push({ marker: re.source, line });
    for (const statement of statementsOf(code)) {
      if (LEASES.test(statement)) leases.push({ marker: 'lease file statement', line });
      for (const [marker, re] of STRONG) if (re.test(statement)) strong.push({ marker, line });
      for (const [marker, re] of WEAK) if (re.test(statement)) weak.push({ marker, line });
    }
  });
  const weakKinds = new Set(weak.map((e) => e.marker)).size;
  // A section header or `key = value` line outweighs a stray marker (an INI file mentioning
  // `authoritative;` in a value), but not a file that is dhcpd throughout.
  const score = strong.length * 2 + (weakKinds >= 2 ? weakKinds : 0);
  const isDhcpd = score > 0 && score > foreign.length * 2 && leases.length === 0;
  return { isDhcpd, strong, weak, foreign: [...foreign, ...leases] };
}

export function looksLikeDhcpd(text: string): boolean {
  return detectDhcpd(text).isDhcpd;
}

/** Whether a document just opened should be switched to the dhcpd language. */
export function shouldSwitchToDhcpd(doc: { path: string; languageId: string; text: string }): boolean {
  return isConfPath(doc.path) && GENERIC_CONF_LANGUAGES.has(doc.languageId) && looksLikeDhcpd(doc.text);
}
