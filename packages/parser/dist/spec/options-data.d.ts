export declare const OPTION_ROWS: ReadonlyArray<readonly [string, string, number | null, string]>;
//# sourceMappingURL=options-data.d.ts.map