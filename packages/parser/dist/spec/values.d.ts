import type { Value } from '../ast/nodes.js';
import type { OptionSpec } from './options.js';
import type { StatementSpec } from './statements.js';
/** A value problem: `strict` ones are accepted by dhcpd but wrong in practice. */
export interface ValueProblem {
    message: string;
    value?: Value;
    strict?: boolean;
}
/** Checks one value against one atom of an option syntax. */
export declare function checkAtom(atom: string, v: Value): ValueProblem | undefined;
/** Splits option values at commas. */
export declare function splitOnCommas(values: readonly Value[]): Value[][];
/** Checks an option statement's values against its syntax. Returns the problems found. */
export declare function checkOptionValues(spec: Pick<OptionSpec, 'atoms' | 'array' | 'optionalFrom'>, values: readonly Value[], name: string): ValueProblem[];
/** Checks a keyword statement's arguments against its spec's argument grammar. */
export declare function checkParameterArgs(spec: StatementSpec, args: readonly Value[]): ValueProblem[];
//# sourceMappingURL=values.d.ts.map