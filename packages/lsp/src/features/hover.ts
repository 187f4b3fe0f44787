// Hover texts: what a statement, option, failover peer, split value, range or subnet means,
// with effective defaults. Facts come from the spec tables and the analysis; words are ours.
import {
  contextOf,
  failoverDefault,
  findNodeAt,
  formatIPv4,
  optionSpec,
  statementSpec,
  wordAt,
  type AnyStatement,
  type Span,
  type Value,
} from '@dhcplint/parser';
import type { PeerFacts, SourceFile } from '@dhcplint/linter';
import type { Analysis } from '../project.js';
import { OPTION_MEANINGS } from './option-meanings.js';

export interface HoverResult {
  markdown: string;
  span: Span;
}

/** Canonical spec name of a declaration node, for statement hovers on its keyword. */
const DECLARATION_KEYWORD: Partial<Record<AnyStatement['type'], string>> = {
  Subnet: 'subnet',
  Subnet6: 'subnet6',
  SharedNetwork: 'shared-network',
  Group: 'group',
  Host: 'host',
  Pool: 'pool',
  Class: 'class',
  Subclass: 'subclass',
  FailoverPeer: 'failover peer',
  FailoverRef: 'failover peer',
  Key: 'key',
  Zone: 'zone',
  Range: 'range',
  Include: 'include',
  On: 'on',
  If: 'if',
  Switch: 'switch',
};

export function hoverAt(file: SourceFile, offset: number, analysis: Analysis | undefined): HoverResult | undefined {
  if (!file.ast) return undefined;
  const path = findNodeAt(file.ast, offset);
  if (!path) return undefined;
  const { node, ancestors } = path;
  const word = wordAt(node, offset);
  if (!word) return undefined;
  const at = { span: word.span };
  const parent = ancestors[ancestors.length - 1];

  if ((node.type === 'FailoverPeer' || node.type === 'FailoverRef') && word === node.nameNode) {
    return { ...at, markdown: peerHover(node.name, analysis) };
  }
  if (
    node.type === 'Parameter' &&
    parent?.type === 'FailoverPeer' &&
    node.name === 'split' &&
    word === node.args[0] &&
    word.type === 'Word' &&
    word.literal.kind === 'number'
  ) {
    return { ...at, markdown: splitText(word.literal.value) };
  }
  if (node.type === 'Range' && !node.v6 && (word === node.low || word === node.high)) {
    const text = rangeText(node.low, node.high);
    if (text) return { ...at, markdown: text };
  }
  if (
    node.type === 'Subnet' &&
    (word === node.network || word === node.netmask) &&
    node.network?.literal.kind === 'ipv4' &&
    node.netmask?.literal.kind === 'ipv4'
  ) {
    return { ...at, markdown: subnetText(node.network.literal.value, node.netmask.literal.value) };
  }
  if (node.type === 'Option' && word === node.nameNode) {
    const spec = optionSpec(node.space, node.name);
    if (spec) {
      const meaning = OPTION_MEANINGS[`${spec.space}.${spec.name}`];
      return {
        ...at,
        markdown: [
          `**option ${spec.space === 'dhcp' ? '' : `${spec.space}.`}${spec.name}**${spec.code !== null ? ` — code ${spec.code}` : ''}`,
          '',
          ...(meaning ? [meaning, ''] : []),
          `Value: \`${spec.syntax}\``,
          '',
          'Allowed in any scope: global, shared-network, subnet, pool, host, group or class; the innermost setting wins.',
        ].join('\n'),
      };
    }
  }
  // The statement's own keyword(s).
  const keyword =
    node.type === 'Parameter'
      ? node.name
      : node.type === 'Case'
        ? node.isDefault
          ? 'default'
          : 'case'
        : DECLARATION_KEYWORD[node.type];
  if (keyword && node.words.indexOf(word as Value) < keyword.split(' ').length) {
    const context = contextOf(parent);
    const spec = statementSpec(keyword, context);
    if (spec) {
      const lines = [
        `**${spec.name}**${spec.args && spec.args !== 'none' ? ` \`${spec.args}\`` : ''}`,
        '',
        spec.description,
      ];
      if (spec.default) lines.push('', `Default when absent: ${spec.default}.`);
      if (spec.primaryOnly) lines.push('', 'Belongs on the primary only; the secondary learns it from the primary.');
      if (spec.deprecated) lines.push('', `Deprecated: ${spec.deprecated}`);
      const where = spec.contexts === 'scope' ? 'any scope' : spec.contexts.join(', ');
      lines.push('', `Allowed in: ${where}.`);
      return { ...at, markdown: lines.join('\n') };
    }
  }
  return undefined;
}

/** Role, addresses, ports and timers of a failover peer on each server that declares it. */
export function peerHover(name: string, analysis: Analysis | undefined): string {
  const decls: { server: string; peer: PeerFacts }[] = [];
  const display = (path: string) => analysis?.display(path) ?? path;
  for (const s of analysis?.servers ?? [])
    for (const p of s.facts.peers.get(name) ?? []) decls.push({ server: display(s.name), peer: p });
  const lines = [`**failover peer "${name}"**`];
  if (!decls.length) return [...lines, '', 'No declaration of this peer was found in the workspace.'].join('\n');
  for (const { server, peer } of decls) {
    const v = (key: string, dflt?: string) => peer.settings.get(key)?.value ?? (dflt ? `${dflt} (default)` : '—');
    const line = peer.file.lines.positionAt(peer.span.start).line + 1;
    lines.push(
      '',
      `*${peer.role ?? 'primary (implicit: neither primary nor secondary is written)'}* on **${server}** — ${display(peer.file.uri)}:${line}`,
      '',
      `- listens on ${v('address')} port ${v('port', failoverDefault('port'))}`,
      `- partner at ${v('peer address')} port ${v('peer port', failoverDefault('peer port'))}`,
      `- max-response-delay ${v('max-response-delay', failoverDefault('max-response-delay'))}, max-unacked-updates ${v('max-unacked-updates', failoverDefault('max-unacked-updates'))}, load balance max seconds ${v('load balance max seconds', `${failoverDefault('load balance max seconds')}: load balancing off`)}`,
    );
    if (peer.role !== 'secondary') {
      const split = peer.settings.get('split')?.value;
      const share =
        split !== undefined && /^\d+$/.test(split)
          ? `split ${split}: ${splitText(Number(split))
              .split('\n')
              .at(-1)
              ?.replace(/^The p/, 'the p')}`
          : peer.settings.has('hba')
            ? 'hba bitmap set'
            : 'split/hba missing';
      lines.push(`- mclt ${v('mclt')}; ${share}`);
    }
  }
  return lines.join('\n');
}

export function splitText(n: number): string {
  const p = Math.max(0, Math.min(256, n));
  const pct = (x: number) => `${Number(((x / 256) * 100).toFixed(1))} %`;
  return `**split ${n}**\n\nThe primary answers hash buckets 0–${p - 1 < 0 ? '(none)' : p - 1} (${pct(p)} of clients), the secondary the other ${256 - p} buckets (${pct(256 - p)}).`;
}

function rangeText(low: Value | undefined, high: Value | undefined): string | undefined {
  if (!low || low.type !== 'Word' || low.literal.kind !== 'ipv4') return undefined;
  const a = low.literal.value;
  const b = high && high.type === 'Word' && high.literal.kind === 'ipv4' ? high.literal.value : a;
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const blocks = cidrCover(lo, hi);
  return [
    `**range** ${formatIPv4(lo)} – ${formatIPv4(hi)}: ${hi - lo + 1} addresses`,
    '',
    `As CIDR blocks: ${blocks.slice(0, 8).join(', ')}${blocks.length > 8 ? ` … (${blocks.length} blocks)` : ''}`,
  ].join('\n');
}

function subnetText(network: number, mask: number): string {
  const inv = ~mask >>> 0;
  const contiguous = ((inv + 1) & inv) >>> 0 === 0;
  const prefix = contiguous ? 32 - Math.log2(inv + 1) : undefined;
  const broadcast = (network | inv) >>> 0;
  const size = inv + 1;
  return [
    `**subnet ${formatIPv4(network)}${prefix !== undefined ? `/${prefix}` : ' (noncontiguous mask)'}**`,
    '',
    `${size} addresses; usable hosts ${size > 2 ? `${formatIPv4(network + 1)} – ${formatIPv4(broadcast - 1)}` : 'none'}; broadcast ${formatIPv4(broadcast)}.`,
  ].join('\n');
}

/** The smallest list of CIDR blocks covering [lo, hi]. */
export function cidrCover(lo: number, hi: number): string[] {
  const out: string[] = [];
  let cur = lo;
  while (cur <= hi) {
    let size = 1;
    // Grow the block while it stays aligned and inside the range.
    while (size < 2 ** 32 && cur % (size * 2) === 0 && cur + size * 2 - 1 <= hi) size *= 2;
    out.push(`${formatIPv4(cur)}/${32 - Math.log2(size)}`);
    cur += size;
  }
  return out;
}

/** The full effective configuration of a failover peer on each server: every statement, defaults marked. */
export function peerConfigMarkdown(name: string, analysis: Analysis | undefined): string {
  const keys = [
    'role',
    'address',
    'port',
    'peer address',
    'peer port',
    'max-response-delay',
    'max-unacked-updates',
    'mclt',
    'split',
    'hba',
    'load balance max seconds',
    'auto-partner-down',
    'max-lease-misbalance',
    'max-lease-ownership',
    'min-balance',
    'max-balance',
  ];
  /** What a default of 0 means, where that is not obvious. */
  const meaningOfZero: Record<string, string> = {
    'load balance max seconds': ' (load balancing off)',
    'auto-partner-down': ' (off)',
  };
  const sides: { server: string; peer: PeerFacts }[] = [];
  const display = (path: string) => analysis?.display(path) ?? path;
  for (const s of analysis?.servers ?? [])
    for (const p of s.facts.peers.get(name) ?? []) sides.push({ server: display(s.name), peer: p });
  const lines = [
    `# failover peer "${name}"`,
    '',
    'Effective settings; *(default)* marks values dhcpd uses when the statement is absent.',
    '',
  ];
  if (!sides.length) return [...lines, 'No declaration found in the workspace.'].join('\n');
  lines.push(`| statement | ${sides.map((s) => s.server).join(' | ')} |`, `|---|${sides.map(() => '---').join('|')}|`);
  for (const key of keys) {
    const d = failoverDefault(key);
    const dflt = d === undefined ? undefined : `${d}${d === '0' ? (meaningOfZero[key] ?? '') : ''}`;
    const cells = sides.map(({ peer }) => {
      if (key === 'role') return peer.role ?? 'primary *(implicit)*';
      const v = peer.settings.get(key)?.value;
      if (v !== undefined) return v;
      if ((key === 'mclt' || key === 'split' || key === 'hba') && peer.role === 'secondary')
        return '*(from the primary)*';
      return dflt ? `${dflt} *(default)*` : '—';
    });
    lines.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  const primary = sides.find((s) => (s.peer.role ?? 'primary') === 'primary');
  const split = primary?.peer.settings.get('split')?.value;
  if (split && /^\d+$/.test(split)) {
    const text = splitText(Number(split));
    lines.push('', text.slice(text.lastIndexOf('\n') + 1)); // its last line
  }
  lines.push(
    '',
    ...sides.map(
      ({ server, peer }) =>
        `- ${server}: ${display(peer.file.uri)}:${peer.file.lines.positionAt(peer.span.start).line + 1}`,
    ),
  );
  return lines.join('\n');
}
