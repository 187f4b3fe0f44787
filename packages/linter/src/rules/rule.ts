// The shape of a rule (metadata with messages, and `create` or `check`) and the one place where a
// report's message id and data become its text.
import type { AnyStatement, Span } from '@dhcplint/parser';
import type { ServerConfig } from '../model/config.js';
import type { ServerFacts } from '../model/facts.js';
import type { MessageData, ReportInput, RuleMeta, RuleReport, SourceFile } from '../types.js';

export { removeStatementFix } from './support/fixes.js';
export { distance, suggest, SUGGEST_MAX_LENGTH } from './support/suggest.js';

/** Where a rule's docs page is: beside its source, `rules/<id>.md`. */
export const RULE_DOCS_BASE = 'https://github.com/dhcplint/dhcplint/blob/main/packages/linter/src/rules';
export const ruleDocsUrl = (id: string): string => `${RULE_DOCS_BASE}/${id}.md`;

/** What the engine hands a config rule: reports go back with their text resolved. */
export interface RuleHost {
  config: ServerConfig;
  facts: ServerFacts;
  report(r: ReportInput): void;
  /**
   * Where a rule may keep data for its next run on the same server (the language server passes
   * one; the CLI does not). Facts objects of unchanged statements are the same objects next time,
   * so a rule can update what it built instead of building it again. A run that stops part-way
   * must leave `value` undefined or whole.
   */
  memo?: { value?: unknown };
}

/** What a config rule's `create` receives. */
export interface RuleContext extends Omit<RuleHost, 'report'> {
  report(r: RuleReport): void;
}

export interface RuleHandlers {
  statement?(node: AnyStatement, ancestors: readonly AnyStatement[], file: SourceFile): void;
  /**
   * The statement types `statement` looks at; it is not called for others (most statements of a
   * large config are host lines no rule but a few cares about). Omitted: every statement.
   */
  statementTypes?: readonly AnyStatement['type'][];
  /** Of Parameter statements, the names `statement` looks at. Omitted: every parameter. */
  parameterNames?: readonly string[];
  /**
   * Runs after the walk. A pass over every host or range of a large server may be written as a
   * generator that yields every ITEMS_PER_PAUSE items: the language server answers requests at
   * each pause (see `walkConfigSteps`).
   */
  end?(): void | Generator<void, void, void>;
}

/** How many items a generator `end()` handles between two pauses. */
export const ITEMS_PER_PAUSE = 4096;

/** A rule over one server's configuration (its main file and includes), run during one shared walk. */
export interface ConfigRule {
  meta: RuleMeta;
  create(host: RuleHost): RuleHandlers;
}

/** What the engine hands a pair rule. */
export interface PairHost {
  /** The two servers of a failover pair, `a` being the one listed first. */
  a: ServerFacts;
  b: ServerFacts;
  peerName: string;
  report(r: ReportInput): void;
}

/** What a pair rule's `check` receives. */
export interface PairContext extends Omit<PairHost, 'report'> {
  report(r: RuleReport): void;
}

/** A rule over a failover pair (two servers). */
export interface PairRule {
  meta: RuleMeta;
  check(host: PairHost): void;
}

/** A rule whose reports the engine makes itself (syntax, includes, host files, directives). */
export interface BuiltinRule {
  meta: RuleMeta;
}

/**
 * The text of message `messageId` of a rule, its `{{name}}` placeholders filled from `data`. An
 * unknown id or a missing value throws: the engine reports it as the rule's internal error, and
 * the rule's tests fail.
 */
export function formatMessage(meta: RuleMeta, messageId: string, data: MessageData = {}): string {
  const template = meta.messages?.[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message '${messageId}'`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`rule ${meta.id}, message '${messageId}': no value for {{${key}}}`);
    return String(value);
  });
}

/** A rule's report with its text resolved, for the engine. */
export function resolveReport(meta: RuleMeta, r: RuleReport): ReportInput {
  if (!('messageId' in r)) return r;
  const { messageId, data, ...rest } = r;
  return { ...rest, messageId, message: formatMessage(meta, messageId, data) };
}

const withDocs = (meta: RuleMeta): RuleMeta => ({ ...meta, docsUrl: ruleDocsUrl(meta.id) });

export interface ConfigRuleDefinition {
  meta: RuleMeta;
  create(context: RuleContext): RuleHandlers;
}

/** A config rule: its metadata and `create`, whose reports get their text from `meta.messages`. */
export function defineRule(definition: ConfigRuleDefinition): ConfigRule {
  const meta = withDocs(definition.meta);
  return {
    meta,
    create: (host) => definition.create({ ...host, report: (r) => host.report(resolveReport(meta, r)) }),
  };
}

export interface PairRuleDefinition {
  meta: RuleMeta;
  check(context: PairContext): void;
}

/** A pair rule: its metadata and `check` over the two servers of a failover pair. */
export function definePairRule(definition: PairRuleDefinition): PairRule {
  const meta = withDocs(definition.meta);
  return { meta, check: (host) => definition.check({ ...host, report: (r) => host.report(resolveReport(meta, r)) }) };
}

/** A builtin rule: its metadata and messages; the engine makes its reports with the rule file's helper. */
export function defineBuiltinRule(definition: { meta: RuleMeta }): BuiltinRule {
  return { meta: withDocs(definition.meta) };
}

export const spanOf = (n: { span: Span }): Span => n.span;
