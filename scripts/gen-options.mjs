// Regenerates packages/parser/src/spec/options-data.ts from the installed dhcp-options(5) man page.
// The output is committed; run this only when upgrading the reference dhcpd (needs `man` + isc-dhcp-common).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const text = execFileSync('man', ['dhcp-options'], { env: { ...process.env, MANWIDTH: '200' }, encoding: 'utf8' });
const skip = new Set(['will', 'should', 'use-zephyr', 'sql-connection-max', 'sql-server-address', 'kerberos-servers', 'space', 'my-option', 'hostname', 'root-path-example']);
// Option codes of the dhcp (DHCPv4) and dhcp6 spaces, as ISC's common/tables.c assigns them.
const codes4 = { 'subnet-mask': 1, 'time-offset': 2, routers: 3, 'time-servers': 4, 'ien116-name-servers': 5, 'domain-name-servers': 6, 'log-servers': 7, 'cookie-servers': 8, 'lpr-servers': 9, 'impress-servers': 10, 'resource-location-servers': 11, 'host-name': 12, 'boot-size': 13, 'merit-dump': 14, 'domain-name': 15, 'swap-server': 16, 'root-path': 17, 'extensions-path': 18, 'ip-forwarding': 19, 'non-local-source-routing': 20, 'policy-filter': 21, 'max-dgram-reassembly': 22, 'default-ip-ttl': 23, 'path-mtu-aging-timeout': 24, 'path-mtu-plateau-table': 25, 'interface-mtu': 26, 'all-subnets-local': 27, 'broadcast-address': 28, 'perform-mask-discovery': 29, 'mask-supplier': 30, 'router-discovery': 31, 'router-solicitation-address': 32, 'static-routes': 33, 'trailer-encapsulation': 34, 'arp-cache-timeout': 35, 'ieee802-3-encapsulation': 36, 'default-tcp-ttl': 37, 'tcp-keepalive-interval': 38, 'tcp-keepalive-garbage': 39, 'nis-domain': 40, 'nis-servers': 41, 'ntp-servers': 42, 'vendor-encapsulated-options': 43, 'netbios-name-servers': 44, 'netbios-dd-server': 45, 'netbios-node-type': 46, 'netbios-scope': 47, 'font-servers': 48, 'x-display-manager': 49, 'dhcp-requested-address': 50, 'dhcp-lease-time': 51, 'dhcp-option-overload': 52, 'dhcp-message-type': 53, 'dhcp-server-identifier': 54, 'dhcp-parameter-request-list': 55, 'dhcp-message': 56, 'dhcp-max-message-size': 57, 'dhcp-renewal-time': 58, 'dhcp-rebinding-time': 59, 'vendor-class-identifier': 60, 'dhcp-client-identifier': 61, 'nwip-domain': 62, 'nwip-suboptions': 63, 'nisplus-domain': 64, 'nisplus-servers': 65, 'tftp-server-name': 66, 'bootfile-name': 67, 'mobile-ip-home-agent': 68, 'smtp-server': 69, 'pop-server': 70, 'nntp-server': 71, 'www-server': 72, 'finger-server': 73, 'irc-server': 74, 'streettalk-server': 75, 'streettalk-directory-assistance-server': 76, 'user-class': 77, 'slp-directory-agent': 78, 'slp-service-scope': 79, fqdn: 81, 'relay-agent-information': 82, 'nds-servers': 85, 'nds-tree-name': 86, 'nds-context': 87, 'bcms-controller-names': 88, 'bcms-controller-address': 89, 'client-last-transaction-time': 91, 'associated-ip': 92, 'pxe-system-type': 93, 'pxe-interface-id': 94, 'pxe-client-id': 97, 'uap-servers': 98, 'geoconf-civic': 99, pcode: 100, tcode: 101, 'v6-only-preferred': 108, 'netinfo-server-address': 112, 'netinfo-server-tag': 113, 'default-url': 114, 'name-service-search': 117, 'subnet-selection': 118, 'domain-search': 119, vivco: 124, vivso: 125, 'pana-agent': 136, 'v4-lost': 137, 'capwap-ac-v4': 138, 'rdnss-selection': 146, 'tftp-server-address': 150, 'loader-configfile': 209, 'loader-pathprefix': 210, 'loader-reboottime': 211, 'option-6rd': 212, 'v4-access-domain': 213 };
const codes6 = { 'client-id': 1, 'server-id': 2, 'ia-na': 3, 'ia-ta': 4, 'ia-addr': 5, oro: 6, preference: 7, 'elapsed-time': 8, 'relay-msg': 9, unicast: 12, 'status-code': 13, 'rapid-commit': 14, 'vendor-opts': 17, 'interface-id': 18, 'reconf-msg': 19, 'reconf-accept': 20, 'sip-servers-names': 21, 'sip-servers-addresses': 22, 'name-servers': 23, 'domain-search': 24, 'ia-pd': 25, 'ia-prefix': 26, 'nis-servers': 27, 'nisp-servers': 28, 'nis-domain-name': 29, 'nisp-domain-name': 30, 'sntp-servers': 31, 'info-refresh-time': 32, 'bcms-server-d': 33, 'bcms-server-a': 34, 'geoconf-civic': 36, 'remote-id': 37, 'subscriber-id': 38, fqdn: 39, 'pana-agent': 40, 'new-posix-timezone': 41, 'new-tzdb-timezone': 42, ero: 43, 'lq-query': 44, 'client-data': 45, 'clt-time': 46, 'lq-relay-data': 47, 'lq-client-link': 48, 'v6-lost': 51, 'capwap-ac-v6': 52, 'relay-id': 53, 'v6-access-domain': 57, 'sip-ua-cs-list': 58, 'bootfile-url': 59, 'bootfile-param': 60, 'client-arch-type': 61, nii: 62, 'aftr-name': 64, 'erp-local-domain-name': 65, 'rdnss-selection': 74, 'client-linklayer-addr': 79, 'link-address': 80, 'solmax-rt': 82, 'inf-max-rt': 83 };
const codesOther = { 'agent.circuit-id': 1, 'agent.remote-id': 2, 'agent.DOCSIS-device-class': 4, 'agent.link-selection': 5, 'fqdn.no-client-update': 1, 'fqdn.server-update': 2, 'fqdn.encoded': 3, 'fqdn.rcode1': 4, 'fqdn.rcode2': 5, 'fqdn.hostname': 6, 'fqdn.domainname': 7, 'fqdn.fqdn': 8, 'nwip.nsq-broadcast': 5, 'nwip.preferred-dss': 6, 'nwip.nearest-nwip-server': 7, 'nwip.autoretries': 8, 'nwip.autoretry-secs': 9, 'nwip.nwip-1-1': 10, 'nwip.primary-dss': 11 };

const out = new Map();
for (const raw of text.split('\n')) {
  const m = /^\s+option\s+([A-Za-z0-9.-]+)\s*(.*?);\s*$/.exec(raw);
  if (!m) continue;
  let [, full, type] = m;
  if (skip.has(full) || /["=]|[0-9a-f]{2}:|--never|^\d|code width/.test(type) || out.has(full)) continue;
  if (['static-routes', 'vendor-encapsulated-options', 'vivso', 'dhcp6.vendor-opts'].includes(full) && !type) continue;
  let space = 'dhcp', name = full;
  const dot = full.indexOf('.');
  if (dot > 0) { space = full.slice(0, dot); name = full.slice(dot + 1); }
  if (space === 'dhcp' && ['nis-domain-name', 'nisp-domain-name'].includes(name)) continue; // v6-only names printed without prefix
  const code = space === 'dhcp' ? codes4[name] : space === 'dhcp6' ? codes6[name] : codesOther[full];
  out.set(full, { space, name, code: code ?? null, type: type.replace(/\s+/g, ' ').trim() });
}
// Options dhcpd knows but the man page documents elsewhere or not at all.
const extra = [
  ['dhcp', 'static-routes', 'ip-address ip-address [, ip-address ip-address ...]'],
  ['dhcp', 'vendor-encapsulated-options', 'string'],
  ['dhcp', 'vivso', 'string'],
  ['dhcp6', 'vendor-opts', 'string'],
  ['dhcp', 'relay-agent-information', 'string'],
  ['dhcp', 'fqdn', 'string'],
  ['dhcp', 'vivco', 'string'],
];
for (const [space, name, type] of extra) {
  const full = space === 'dhcp' ? name : `${space}.${name}`;
  if (!out.has(full)) out.set(full, { space, name, code: space === 'dhcp' ? codes4[name] ?? null : codes6[name] ?? null, type });
}
const rows = [...out.values()].sort((a, b) => (a.space + a.name).localeCompare(b.space + b.name));
const body = rows.map((r) => `  [${JSON.stringify(r.space)}, ${JSON.stringify(r.name)}, ${r.code}, ${JSON.stringify(r.type)}],`).join('\n');
writeFileSync(new URL('../packages/parser/src/spec/options-data.ts', import.meta.url),
  `// Generated by scripts/gen-options.mjs from dhcp-options(5) of ISC DHCP 4.4.3. Do not edit by hand.\n` +
  `// [option space, name, code (null when not fixed), value syntax as the man page writes it]\n` +
  `export const OPTION_ROWS: ReadonlyArray<readonly [string, string, number | null, string]> = [\n${body}\n];\n`);
console.error(`wrote ${rows.length} options`);
