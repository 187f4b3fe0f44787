import type { Span, Range, AnyStatement, SourceFile } from '@dhcplint/parser';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';

export interface Fix {
  span: Span;
  text: string;
}

export interface RelatedLocation {
  uri: string;
  span: Span;
  range: Range;
  message: string;
}

export interface Diagnostic {
  /** Rule id; 'syntax' for parse errors, 'internal-error' for a rule that crashed. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Which of the rule's `meta.messages` the message was formatted from (absent for builtin text). */
  messageId?: string;
  uri: string;
  span: Span;
  range: Range;
  related?: RelatedLocation[];
  fix?: Fix;
}

export interface RuleMeta {
  id: string;
  category:
    | 'syntax'
    | 'values'
    | 'topology'
    | 'hosts'
    | 'includes'
    | 'classes'
    | 'failover'
    | 'pair'
    | 'host-context'
    | 'meta';
  defaultSeverity: Severity;
  description: string;
  /** Why the rule exists and what dhcpd does. */
  rationale: string;
  /** What `dhcpd -t` does with the mistake: 'rejects', 'accepts' (silent) or 'warns'. */
  dhcpd: 'rejects' | 'accepts' | 'warns' | 'n/a';
  /** Rules that go beyond dhcpd's own checks and may flag files dhcpd accepts. */
  stricterThanDhcpd?: boolean;
  recommended: boolean;
  /** Off unless the settings or a preset turn it on (the Kea readiness rules: `extends: "kea"`). */
  offByDefault?: boolean;
  fixable?: boolean;
  /**
   * The rule's messages by id: a report names one (`messageId`) and fills its `{{placeholders}}`
   * from `data`, so tests compare ids and data rather than prefixes of text.
   */
  messages?: Record<string, string>;
  /** Address of the rule's docs page (set by `defineRule` from the id). */
  docsUrl?: string;
  /**
   * What the rule reports about a statement depends only on that statement, its ancestors and its
   * file (no state shared between statements): the language server reuses its results for every
   * top-level statement an edit did not touch. A test checks this against full runs.
   * 'nested': true only of statements inside a top-level block; what it reports about top-level
   * statements themselves depends on the others (duplicate-parameter: the file-level scope).
   */
  perStatement?: boolean | 'nested';
  /** Docs examples; the docs test checks that `incorrect` triggers the rule and `correct` does not. */
  examples: {
    incorrect: string;
    correct: string;
    /** Pair rules: the partner's config for the incorrect and the correct example. */
    partner?: string;
    partnerCorrect?: string;
    /** Rules about several files of one server: file trees relative to a server root. */
    layout?: { incorrect: Record<string, string>; correct: Record<string, string> };
  };
}

/** A parsed file as rules see it. */
/** A file with its line index (and tree, for dhcpd configs): defined by the parser. */
export type { SourceFile };

/** Values for a message's `{{placeholders}}`. */
export type MessageData = Record<string, string | number>;

/** A report as the engine receives it: the message text resolved. */
export interface ReportInput {
  file: SourceFile;
  span: Span;
  message: string;
  /** The `meta.messages` id the text was formatted from. */
  messageId?: string;
  fix?: Fix;
  related?: { file: SourceFile; span: Span; message: string }[];
}

/**
 * A report as a rule makes it: one of its `meta.messages` by id, with the values of its
 * placeholders (`rules/rule.ts` formats the text). `message` is for text made elsewhere that the
 * rule passes on as it is (the parser's value checks, rules outside `rules/` not yet converted).
 */
export type RuleReport = Omit<ReportInput, 'message' | 'messageId'> &
  ({ messageId: string; data?: MessageData } | { message: string });

export interface StatementEvent {
  node: AnyStatement;
  ancestors: readonly AnyStatement[];
  file: SourceFile;
}
