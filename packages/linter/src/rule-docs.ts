// Renders a rule's docs page (docs/rules/<id>.md) from its metadata, so the page and the tested
// examples can never drift apart: scripts/gen-rule-docs.mjs writes them, a test checks them.
import type { RuleMeta } from './types.js';

const DHCPD_SAYS: Record<RuleMeta['dhcpd'], string> = {
  rejects: '`dhcpd -t` rejects the file (often with a terse message, or at a later line).',
  accepts: '`dhcpd -t` accepts the file silently; the mistake shows only at run time.',
  warns: '`dhcpd -t` prints a warning but accepts the file.',
  'n/a': '`dhcpd -t` does not look at this (it concerns the host or the pair, not one file).',
};

const block = (text: string, lang = 'dhcpd') => ['```' + lang, text.replace(/\n$/, ''), '```'];

function layout(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([path, text]) => [`\`${path}\`:`, '', ...block(text, path.endsWith('.yaml') ? 'yaml' : path.includes('default') ? 'sh' : 'dhcpd'), '']);
}

export function renderRuleDoc(m: RuleMeta): string {
  const ex = m.examples;
  const lines = [
    `# ${m.id}`,
    '',
    m.description,
    '',
    `- Category: ${m.category} · default severity: **${m.defaultSeverity}** · in \`recommended\`: ${m.recommended ? 'yes' : 'no'} · auto-fix: ${m.fixable ? 'yes (`dhcplint --fix`, or the editor quick fix)' : 'no'}`,
    `- dhcpd: ${DHCPD_SAYS[m.dhcpd]}${m.stricterThanDhcpd ? ' This rule is stricter than dhcpd: it flags files that dhcpd accepts, for the reason below.' : ''}`,
    '',
    '## Why',
    '',
    m.rationale,
    '',
  ];
  if (ex.layout) {
    lines.push('## Incorrect', '', 'Files of one server root:', '', ...layout(ex.layout.incorrect), '## Correct', '', ...layout(ex.layout.correct));
  } else if (ex.partner !== undefined) {
    lines.push('## Incorrect', '', 'This server:', '', ...block(ex.incorrect), '', 'Its failover partner:', '', ...block(ex.partner), '');
    lines.push('## Correct', '', 'This server:', '', ...block(ex.correct), '', 'Its failover partner:', '', ...block(ex.partnerCorrect ?? ex.partner), '');
  } else {
    lines.push('## Incorrect', '', ...block(ex.incorrect), '', '## Correct', '', ...(ex.correct ? block(ex.correct) : ['(a file without the problem)']), '');
  }
  lines.push(
    '## Configuration',
    '',
    'Change its severity (`off`, `info`, `warn`, `error`) in `.dhcplintrc.json`:',
    '',
    ...block(JSON.stringify({ rules: { [m.id]: m.defaultSeverity === 'error' ? 'warn' : 'error' } }, null, 2), 'json'),
    '',
    `or silence one occurrence with \`# dhcplint-disable-next-line ${m.id}\` on the line before it.`,
    '',
  );
  return lines.join('\n');
}

export function renderRuleIndex(metas: readonly RuleMeta[]): string {
  const lines = ['# dhcplint rules', '', `${metas.length} rules. Severity in brackets is the default; ✓ = in \`recommended\`; 🔧 = auto-fixable; ⚠ = stricter than dhcpd.`, ''];
  for (const cat of [...new Set(metas.map((m) => m.category))]) {
    lines.push(`## ${cat}`, '', '| rule | default | description |', '|---|---|---|');
    for (const m of metas.filter((x) => x.category === cat)) lines.push(`| [${m.id}](${m.id}.md) | ${m.defaultSeverity}${m.recommended ? ' ✓' : ''}${m.fixable ? ' 🔧' : ''}${m.stricterThanDhcpd ? ' ⚠' : ''} | ${m.description.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
