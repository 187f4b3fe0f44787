// Regenerates packages/parser/src/spec/options-data.ts from dhcpd's own option tables
// (common/tables.c of ISC DHCP, every option space), read out of the installed dhcpd binary:
// the tables are arrays of `struct option { const char *name, *format; struct universe *universe;
// unsigned code; int refcnt; }`, whose pointers a PIE binary fills in through R_X86_64_RELATIVE
// relocations. Reading the binary gives exactly the formats the reference dhcpd (4.4.3) parses.
// The output is committed; run this only when upgrading the reference dhcpd (x86-64 Linux build).
//
//   node scripts/gen-options.mjs [--out FILE] [path/to/dhcpd]
// (--out writes elsewhere, e.g. for a test comparing the committed file with the installed dhcpd.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile =
  outAt >= 0 ? args.splice(outAt, 2)[1] : new URL('../packages/parser/src/spec/options-data.ts', import.meta.url);
const binary = args[0] ?? ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!binary) {
  console.error('gen-options: dhcpd is not installed (apt-get install isc-dhcp-server).');
  process.exit(2);
}
const elf = readFileSync(binary);
if (elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1)
  throw new Error(`${binary}: not a 64-bit little-endian ELF file`);

// Section headers: where each virtual address lives in the file, and the relocation tables.
const shoff = Number(elf.readBigUInt64LE(0x28));
const shentsize = elf.readUInt16LE(0x3a);
const shnum = elf.readUInt16LE(0x3c);
const sections = [];
for (let i = 0; i < shnum; i++) {
  const o = shoff + i * shentsize;
  sections.push({
    type: elf.readUInt32LE(o + 4),
    addr: Number(elf.readBigUInt64LE(o + 16)),
    offset: Number(elf.readBigUInt64LE(o + 24)),
    size: Number(elf.readBigUInt64LE(o + 32)),
  });
}
const SHT_RELA = 4;
const SHT_NOBITS = 8;
const R_X86_64_RELATIVE = 8;
const fileOffset = (va) => {
  const s = sections.find((x) => x.addr && x.type !== SHT_NOBITS && va >= x.addr && va < x.addr + x.size);
  return s ? s.offset + va - s.addr : undefined;
};
const cString = (va) => {
  const o = fileOffset(va);
  if (o === undefined) return undefined;
  const end = elf.indexOf(0, o);
  return end < 0 ? undefined : elf.toString('latin1', o, end);
};
/** Relocated pointer values by the address they are stored at. */
const pointers = new Map();
for (const s of sections.filter((x) => x.type === SHT_RELA)) {
  for (let o = s.offset; o + 24 <= s.offset + s.size; o += 24) {
    if (Number(elf.readBigUInt64LE(o + 8) & 0xffffffffn) === R_X86_64_RELATIVE)
      pointers.set(Number(elf.readBigUInt64LE(o)), Number(elf.readBigInt64LE(o + 16)));
  }
}

// Every 32-byte record whose first two fields point at an option-like name and a format string,
// grouped by the universe (option space) its third field points at.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const FORMAT = /^[A-Za-z0-9.a-z_-]*$/;
const byUniverse = new Map();
for (const [va, nameVa] of pointers) {
  const formatVa = pointers.get(va + 8);
  const universe = pointers.get(va + 16);
  if (formatVa === undefined || universe === undefined) continue;
  const name = cString(nameVa);
  const format = cString(formatVa);
  if (!name || format === undefined || !NAME.test(name) || !FORMAT.test(format) || format.length > 60) continue;
  const code = elf.readUInt32LE(fileOffset(va) + 24);
  if (!byUniverse.has(universe)) byUniverse.set(universe, []);
  byUniverse.get(universe).push({ name, format, code });
}

/** Which table is which option space, told by members only that space has. */
function spaceOf(options) {
  const has = (name, format) => options.some((o) => o.name === name && (format === undefined || o.format === format));
  if (has('subnet-mask')) return 'dhcp';
  if (has('ia-na')) return 'dhcp6';
  if (has('circuit-id')) return 'agent';
  if (has('default-lease-time')) return 'server';
  if (has('no-client-update')) return 'fqdn';
  if (has('nsq-broadcast')) return 'nwip';
  if (has('4o6-interface')) return 'isc6';
  if (has('media')) return 'isc';
  if (has('isc', 'Eisc.')) return 'vendor';
  if (has('isc', 'Eisc6.')) return 'vsio';
  if (has('isc', 'X')) return 'vendor-class';
  return undefined;
}

const rows = [];
for (const options of byUniverse.values()) {
  const space = spaceOf(options);
  if (!space || options.length < 1 || (options.length === 1 && options[0].name !== 'isc')) continue;
  for (const o of options) rows.push({ space, ...o });
}
const spaces = new Set(rows.map((r) => r.space));
for (const s of ['dhcp', 'dhcp6', 'agent', 'server', 'fqdn', 'nwip', 'isc', 'isc6', 'vendor', 'vsio', 'vendor-class']) {
  if (!spaces.has(s)) throw new Error(`gen-options: no option table found for space '${s}' in ${binary}`);
}

// A format as dhcp-options(5) writes a value (hover text, completion and the builders read it), in
// the man page's own words where it has them; the linter reads the format itself.
const MAN_PAGE_SYNTAX = {
  f: 'flag',
  T: 'uint32',
  Z: '',
  Dc: 'domain-list',
  BA: 'uint8 [, uint8... ]',
  IIA: 'ip-address ip-address [, ip-address ip-address ...]',
  fIa: 'boolean ip-address [, ip-address... ]',
  fto: 'boolean text',
  BB6Ia: 'uint8 uint8 ip6-address ip-address [, ip-address ...]',
  '6BD': 'ip6-address uint8 domain-name',
  BIID: 'uint8 ip-address ip-address domain-name',
  'Nstatus-codes.to': 'status-code [ string ]',
  'Ndhcpv6-messages.': 'dhcpv6-message',
};
const ATOM_WORDS = {
  I: 'ip-address',
  6: 'ip6-address',
  l: 'int32',
  L: 'uint32',
  s: 'int16',
  S: 'uint16',
  b: 'int8',
  B: 'uint8',
  t: 'text',
  T: 'uint32',
  f: 'boolean',
  X: 'string',
  d: 'domain-name',
  D: 'domain-list',
  U: 'option-space',
  k: 'key-name',
};
function syntaxOf(format) {
  if (format in MAN_PAGE_SYNTAX) return MAN_PAGE_SYNTAX[format];
  const words = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === 'E' || c === 'N') {
      const end = format.indexOf('.', i);
      words.push(c === 'E' ? 'string' : format.slice(i + 1, end).replace(/_/g, '-'));
      i = end;
    } else if (c === 'A') return `${words.join(' ')} [, ${words.join(' ')} ... ]`;
    else if (c === 'a') return `${words.join(' ')} [, ${words[words.length - 1]} ... ]`;
    else if (c === 'o') words.push(`[ ${words.pop()} ]`);
    else if (c === 'c') words[words.length - 1] = 'domain-list';
    else if (ATOM_WORDS[c]) words.push(ATOM_WORDS[c]);
  }
  if (words.length === 1 && words[0] === 'domain-list') return 'domain-list';
  return words.join(' ');
}

rows.sort((a, b) => (a.space + ' ' + a.name).localeCompare(b.space + ' ' + b.name));
const body = rows
  .map(
    (r) =>
      `  [${JSON.stringify(r.space)}, ${JSON.stringify(r.name)}, ${r.code}, ${JSON.stringify(syntaxOf(r.format))}, ${JSON.stringify(r.format)}],`,
  )
  .join('\n');
writeFileSync(
  outFile,
  `// Generated by scripts/gen-options.mjs from the option tables of dhcpd (ISC DHCP 4.4.3, common/tables.c). Do not edit by hand.\n` +
    `// [option space, name, code, value syntax as dhcp-options(5) writes it, dhcpd's format string (see tables.c)]\n` +
    `export const OPTION_ROWS: ReadonlyArray<readonly [string, string, number, string, string]> = [\n${body}\n];\n`,
);
console.error(`gen-options: wrote ${rows.length} options in ${spaces.size} spaces from ${binary}`);
