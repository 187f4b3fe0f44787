/**
 * Builders for new statements. Arguments are validated: an invalid address or MAC is a
 * programmer error and throws a TypeError with a clear message (parsing never throws; building does).
 */
import type * as N from '../ast/nodes.js';
export declare function word(text: string): N.Word;
export declare function string(value: string): N.StringLit;
export declare function punct(text: string): N.Punct;
export declare function ipv4(text: string): N.Word;
export declare function mac(text: string): N.Word;
/** `name args…;` e.g. parameter('default-lease-time', 600). */
export declare function parameter(name: string, ...args: (string | number | N.Value)[]): N.Parameter;
/** `option name v1, v2;` — array values are joined with commas. */
export declare function option(name: string, ...values: (string | number | N.Value)[]): N.OptionStatement;
export declare function range(low: string, high?: string): N.RangeStatement;
export declare function failoverRef(name: string): N.FailoverRef;
export declare function host(name: string, opts?: {
    mac?: string;
    fixedAddress?: string;
}, children?: N.Statement[]): N.HostDecl;
export declare function subnet(network: string, netmask: string, children?: N.Statement[]): N.SubnetDecl;
export declare function pool(children?: N.Statement[]): N.PoolDecl;
export declare function group(children?: N.Statement[]): N.GroupDecl;
export declare function include(path: string): N.IncludeStatement;
//# sourceMappingURL=builders.d.ts.map