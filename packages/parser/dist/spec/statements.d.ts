/**
 * The statement vocabulary of dhcpd.conf (ISC DHCP 4.4.3, dhcpd.conf(5)), as data.
 * The AST builder, the linter's value and placement rules, hover and completion all read this one
 * table. Descriptions are ours; the man page is the reference for behaviour.
 */
export type Context = 'global' | 'shared-network' | 'subnet' | 'subnet6' | 'host' | 'group' | 'pool' | 'pool6' | 'class' | 'failover-peer' | 'key' | 'zone' | 'if' | 'on';
/**
 * Argument grammar of a keyword statement:
 * none · number · seconds · flag · string · text (string or name) · name · ip (address or host name)
 * · ip-list · ip6 · port · percent · hex · date · enum:a|b · words (free) · expr (data expression)
 */
export type ArgSyntax = string;
export interface StatementSpec {
    /** Canonical keyword, multi-word keywords single-spaced. */
    name: string;
    kind: 'declaration' | 'parameter' | 'failover' | 'key' | 'zone' | 'executable' | 'reference';
    args: ArgSyntax;
    /** Where it may appear. 'scope' = any scope that holds parameters. */
    contexts: readonly Context[] | 'scope';
    description: string;
    /** Effective value when the statement is absent. */
    default?: string;
    /** Why the statement should no longer be used. */
    deprecated?: string;
    /** A failover statement that belongs on the primary only. */
    primaryOnly?: boolean;
    /** May take `= expression` instead of literal arguments. */
    allowsExpression?: boolean;
}
export declare const SCOPES: readonly Context[];
export declare const STATEMENTS: readonly StatementSpec[];
/** All specs with this canonical keyword (e.g. `primary` is both a failover and a zone statement). */
export declare function statementSpecs(name: string): readonly StatementSpec[];
/** The spec for a keyword in a given context, or the first one when none fits. */
export declare function statementSpec(name: string, context?: Context): StatementSpec | undefined;
export declare function contextAllows(spec: StatementSpec, context: Context): boolean;
/** Multi-word keywords, longest first, for the builder's keyword matcher. */
export declare const MULTIWORD_KEYWORDS: readonly string[][];
/** Every single-word keyword that can start a statement. */
export declare const STATEMENT_KEYWORDS: ReadonlySet<string>;
/** The permit keywords of allow/deny/ignore (dhcpd.conf(5) ALLOW AND DENY). */
export declare const PERMITS: readonly {
    what: string;
    description: string;
    inPool?: boolean;
    arg?: 'string' | 'date';
}[];
/** Function names of dhcp-eval(5), with their argument counts (min, max; -1 = any). */
export declare const EXPRESSION_FUNCTIONS: Record<string, [number, number, string]>;
/** Keyword constants and prefix operators of dhcp-eval(5). */
export declare const EXPRESSION_KEYWORDS: Record<string, string>;
//# sourceMappingURL=statements.d.ts.map