// Writes every rule's page beside its source (packages/linter/src/rules/<id>.md) and the index
// (packages/linter/docs/rules/README.md), from rule metadata. Run after `npm run build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMetas, renderRuleDoc, renderRuleIndex } from '../packages/linter/dist/index.js';

const rulesDir = new URL('../packages/linter/src/rules/', import.meta.url).pathname;
const indexDir = new URL('../packages/linter/docs/rules/', import.meta.url).pathname;
/** The rule's source and tests beside its page. */
const filesOf = (id) => ({
  source: existsSync(join(rulesDir, `${id}.ts`)) ? `${id}.ts` : undefined,
  tests: existsSync(join(rulesDir, `${id}.test.ts`)) ? `${id}.test.ts` : undefined,
});
mkdirSync(indexDir, { recursive: true });
for (const m of allRuleMetas) writeFileSync(join(rulesDir, `${m.id}.md`), renderRuleDoc(m, filesOf(m.id)));
writeFileSync(join(indexDir, 'README.md'), renderRuleIndex(allRuleMetas));
console.log(`wrote ${allRuleMetas.length} rule pages to ${rulesDir} and the index to ${indexDir}`);

// The JSON Schema of .dhcplintrc.json, with every rule id, so editors complete and check it.
const severity = { enum: ['off', 'info', 'warn', 'error'] };
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/dhcplint/dhcplint/blob/main/packages/linter/schema/dhcplintrc.schema.json',
  title: 'dhcplint configuration (.dhcplintrc.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: {
      description:
        'Presets, applied in order. recommended (default): each rule at its default severity; strict: warnings become errors; kea: the Kea readiness rules, off otherwise.',
      oneOf: [
        { enum: ['recommended', 'strict', 'kea'] },
        { type: 'array', items: { enum: ['recommended', 'strict', 'kea'] } },
      ],
    },
    rules: {
      type: 'object',
      description: 'Severity per rule id.',
      additionalProperties: false,
      properties: Object.fromEntries(
        allRuleMetas.map((m) => [
          m.id,
          { ...severity, description: `${m.description} (default: ${m.defaultSeverity})` },
        ]),
      ),
    },
    includeMap: {
      type: 'object',
      description:
        'Absolute include prefixes mapped to folders (relative to this file), e.g. {"/etc/dhcp": "./etc/dhcp"}.',
      additionalProperties: { type: 'string' },
    },
    pairs: {
      type: 'array',
      description: 'Explicit failover pairs: [configA, configB] (relative to this file).',
      items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
    },
    maxFileSize: {
      type: 'integer',
      minimum: 1,
      description:
        'Largest file dhcplint reads, in bytes (default 67108864, 64 MiB); larger files are reported under read-refused and not read.',
    },
    readRoots: {
      type: 'array',
      items: { type: 'string' },
      description:
        "Folders (relative to this file) that includes of loose configs may also be read from, besides the config's own folder and the include maps (the CLI's --allow-read). Server roots stay confined to themselves.",
    },
    servers: {
      type: 'object',
      description: 'Flat folders: which files make up each server (paths relative to this file).',
      additionalProperties: {
        type: 'object',
        required: ['config'],
        additionalProperties: false,
        properties: {
          config: { type: 'string' },
          defaults: { type: 'string' },
          netplan: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};
const schemaDir = new URL('../packages/linter/schema/', import.meta.url).pathname;
mkdirSync(schemaDir, { recursive: true });
writeFileSync(join(schemaDir, 'dhcplintrc.schema.json'), JSON.stringify(schema, null, 2) + '\n');
