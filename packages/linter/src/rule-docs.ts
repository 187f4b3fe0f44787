// Renders a rule's docs page (src/rules/<id>.md, beside its source and tests) from its metadata, so
// the page and the tested examples can never drift apart: scripts/gen-rule-docs.mjs writes them,
// a test checks them. The index (docs/rules/README.md) links to every page.
import type { RuleMeta } from './types.js';

/** Where the pages are, seen from the index (docs/rules/README.md). */
export const RULE_PAGES_FROM_INDEX = '../../src/rules';

/** The files of a rule beside its page (its source and its tests). */
export interface RuleFiles {
  source?: string;
  tests?: string;
}

const DHCPD_SAYS: Record<RuleMeta['dhcpd'], string> = {
  rejects: '`dhcpd -t` rejects the file (often with a terse message, or at a later line).',
  accepts: '`dhcpd -t` accepts the file silently; the mistake shows only at run time.',
  warns: '`dhcpd -t` prints a warning but accepts the file.',
  'n/a': '`dhcpd -t` does not look at this (it concerns the host or the pair, not one file).',
};

const block = (text: string, lang = 'dhcpd') => ['```' + lang, text.replace(/\n$/, ''), '```'];

function layout(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([path, text]) => [
    `\`${path}\`:`,
    '',
    ...block(text, path.endsWith('.yaml') ? 'yaml' : path.includes('default') ? 'sh' : 'dhcpd'),
    '',
  ]);
}

export function renderRuleDoc(m: RuleMeta, files: RuleFiles = {}): string {
  const ex = m.examples;
  const lines = [
    `# ${m.id}`,
    '',
    m.description,
    '',
    `- Category: ${m.category} · default severity: **${m.defaultSeverity}** · in \`recommended\`: ${m.recommended ? 'yes' : 'no'} · auto-fix: ${m.fixable ? 'yes (`dhcplint --fix`, or the editor quick fix)' : 'no'}`,
    `- dhcpd: ${DHCPD_SAYS[m.dhcpd]}${m.stricterThanDhcpd ? ' This rule is stricter than dhcpd: it flags files that dhcpd accepts, for the reason below.' : ''}`,
    ...(files.source
      ? [
          `- Source: [${files.source}](${files.source})${files.tests ? ` · tests: [${files.tests}](${files.tests})` : ''}`,
        ]
      : []),
    '',
    '## Why',
    '',
    m.rationale,
    '',
    ...messagesSection(m),
  ];
  if (ex.layout) {
    lines.push(
      '## Incorrect',
      '',
      'Files of one server root:',
      '',
      ...layout(ex.layout.incorrect),
      '## Correct',
      '',
      ...layout(ex.layout.correct),
    );
  } else if (ex.partner !== undefined) {
    lines.push(
      '## Incorrect',
      '',
      'This server:',
      '',
      ...block(ex.incorrect),
      '',
      'Its failover partner:',
      '',
      ...block(ex.partner),
      '',
    );
    lines.push(
      '## Correct',
      '',
      'This server:',
      '',
      ...block(ex.correct),
      '',
      'Its failover partner:',
      '',
      ...block(ex.partnerCorrect ?? ex.partner),
      '',
    );
  } else {
    lines.push(
      '## Incorrect',
      '',
      ...block(ex.incorrect),
      '',
      '## Correct',
      '',
      ...(ex.correct ? block(ex.correct) : ['(a file without the problem)']),
      '',
    );
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

/** The rule's messages, by id (`{{name}}` stands for a value filled in by the report). */
function messagesSection(m: RuleMeta): string[] {
  const entries = Object.entries(m.messages ?? {});
  if (!entries.length) return [];
  return ['## Messages', '', ...entries.map(([id, text]) => `- \`${id}\`: ${text.replace(/\|/g, '\\|')}`), ''];
}

export function renderRuleIndex(metas: readonly RuleMeta[]): string {
  const lines = [
    '# dhcplint rules',
    '',
    `${metas.length} rules. Severity in brackets is the default; ✓ = in \`recommended\`; 🔧 = auto-fixable; ⚠ = stricter than dhcpd.`,
    '',
    `Each rule's page, source (\`<id>.ts\`) and tests (\`<id>.test.ts\`) sit side by side in [src/rules](${RULE_PAGES_FROM_INDEX}/).`,
    '',
  ];
  for (const cat of [...new Set(metas.map((m) => m.category))]) {
    lines.push(`## ${cat}`, '', '| rule | default | description |', '|---|---|---|');
    for (const m of metas.filter((x) => x.category === cat))
      lines.push(
        `| [${m.id}](${RULE_PAGES_FROM_INDEX}/${m.id}.md) | ${m.defaultSeverity}${m.recommended ? ' ✓' : ''}${m.fixable ? ' 🔧' : ''}${m.stricterThanDhcpd ? ' ⚠' : ''} | ${m.description.replace(/\|/g, '\\|')} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}
