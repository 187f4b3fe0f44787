// The migration report as Markdown (for people) and JSON (for machines).
import { relative } from 'node:path';
import type { MigrationItem, MigrationReport } from './report.js';

const cell = (text: string | undefined): string =>
  (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The kind of statement an item is about, for the converted counts (`option routers`, `host`, …). */
function kind(item: MigrationItem): string {
  const c = item.construct;
  if (/^(option|supersede|default) /.test(c)) return c.replace(/ code .*/, '');
  return c.replace(/[ "].*/s, ''); // the first word
}

/**
 * Markdown report. `base` makes file paths relative (the folder the command ran in); `server`
 * limits the item lists to one server (each output folder gets its own MIGRATION.md).
 */
export function renderMarkdownReport(
  report: MigrationReport,
  options: { base?: string; server?: string } = {},
): string {
  const where = (i: MigrationItem) => `${options.base ? relative(options.base, i.file) || i.file : i.file}:${i.line}`;
  const items = options.server ? report.items.filter((i) => i.server === options.server) : report.items;
  const changed = items.filter((i) => i.status === 'changed');
  const notConverted = items.filter((i) => i.status === 'not-converted');
  const converted = items.filter((i) => i.status === 'converted');
  const out: string[] = [];
  out.push(`# Migration to Kea (${report.target})`, '');
  out.push(
    `Written by \`${report.tool}\`. ${items.length} statements read: ${converted.length} converted, ${changed.length} converted with a change of meaning, ${notConverted.length} not converted. Every statement is in one of the lists below (by file and line); nothing was dropped silently.`,
    '',
  );
  out.push(
    '## Servers',
    '',
    '| server | main file | subnets | pools | reservations | client classes | High Availability |',
    '|---|---|---|---|---|---|---|',
  );
  for (const s of report.servers) {
    if (options.server && s.name !== options.server) continue;
    const ha = s.ha ? `${s.ha.mode}, ${s.ha.role}, partner ${s.ha.partner} (failover peer "${s.ha.peerName}")` : 'none';
    out.push(
      `| ${cell(s.name)} | ${cell(options.base ? relative(options.base, s.mainFile) || s.mainFile : s.mainFile)} | ${s.subnets} | ${s.pools} | ${s.reservations} | ${s.clientClasses} | ${cell(ha)} |`,
    );
  }
  out.push('', '## Subnet ids', '', report.subnetIds, '');
  for (const ha of report.ha) {
    if (options.server && !ha.servers.includes(options.server)) continue;
    out.push(`## High Availability: failover peer "${cell(ha.peerName)}" → ${ha.mode}`, '');
    out.push(
      ha.servers.length === 2
        ? `Servers: ${ha.servers.join(' and ')}. Both configs carry the same peer list; each names itself in \`this-server-name\`. Peer URLs point at each server's kea-ctrl-agent (generated as kea-ctrl-agent.conf).`
        : `Server: ${ha.servers[0]}. Its partner was not given, so the partner's entry is built from this side's \`peer address\`; convert the partner the same way (or both together) so the names match.`,
      '',
    );
    out.push('| setting | dhcpd | Kea | rule |', '|---|---|---|---|');
    for (const r of ha.rules) out.push(`| ${cell(r.setting)} | ${cell(r.dhcpd)} | ${cell(r.kea)} | ${cell(r.rule)} |`);
    out.push('');
  }
  out.push('## Converted with a change of meaning', '');
  if (changed.length) {
    out.push('| where | statement | in Kea | what changes |', '|---|---|---|---|');
    for (const i of changed)
      out.push(`| ${cell(where(i))} | \`${cell(i.construct)}\` | ${cell(i.kea)} | ${cell(i.reason)} |`);
  } else out.push('None.');
  out.push('', '## Not converted', '');
  if (notConverted.length) {
    out.push('| where | statement | why |', '|---|---|---|');
    for (const i of notConverted)
      out.push(
        `| ${cell(where(i))} | \`${cell(i.construct)}\`${i.coversChildren ? ' (whole block)' : ''} | ${cell(i.reason)} |`,
      );
  } else out.push('None.');
  out.push('', '## Converted as is', '');
  const byKind = new Map<string, number>();
  for (const i of converted) byKind.set(kind(i), (byKind.get(kind(i)) ?? 0) + 1);
  out.push('| statement | count |', '|---|---|');
  for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    out.push(`| \`${cell(k)}\` | ${n} |`);
  out.push(
    '',
    'Each converted statement, with its file, line and place in the Kea config, is listed in migration.json.',
    '',
  );
  return out.join('\n');
}

/** The report as JSON text. */
export function reportJson(report: MigrationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
