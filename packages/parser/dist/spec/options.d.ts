/** One option of dhcp-options(5): its space, name, code and value syntax. */
export interface OptionSpec {
    space: string;
    name: string;
    code: number | null;
    /** The value syntax as the man page writes it, e.g. `ip-address [, ip-address... ]`. */
    syntax: string;
    /** The value atoms of one element (ip-address, uint8, text, …). */
    atoms: string[];
    /** Whether several comma-separated elements are allowed. */
    array: boolean;
    /** Atoms from this index on may be left out. */
    optionalFrom?: number;
}
export declare const OPTIONS: readonly OptionSpec[];
/** Built-in option spaces (user spaces come from `option space` declarations). */
export declare const OPTION_SPACES: string[];
export declare function optionSpec(space: string, name: string): OptionSpec | undefined;
/** Options whose code in the dhcp space is taken by a standard definition. */
export declare function optionByCode(space: string, code: number): OptionSpec | undefined;
/** Parses a user format (`array of ip-address`, `{ boolean, text }`, `unsigned integer 16`) into atoms. */
export declare function parseUserFormat(words: readonly string[]): Pick<OptionSpec, 'atoms' | 'array'>;
//# sourceMappingURL=options.d.ts.map