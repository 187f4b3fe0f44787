/**
 * The edit API: find nodes, then insert / replace / remove statements or change their values.
 * Edits mutate the AST in place and mark what they touch `dirty`; `print()` then regenerates
 * only those statements and copies every other byte from the original source.
 */
import type * as N from '../ast/nodes.js';
import { childStatements } from '../ast/walk.js';
export type Container = N.ConfigFile | N.Block;
/** The block (or file) whose body holds `target`. */
export declare function containerOf(file: N.ConfigFile, target: N.Statement): Container | undefined;
/** Inserts a statement into a file, a block, or a block statement (at `index`, default: the end). */
export declare function insertStatement(into: Container | N.Statement, statement: N.Statement, index?: number): void;
/** Removes a statement (with its comments and line) from wherever it is in the file. */
export declare function removeStatement(file: N.ConfigFile, statement: N.Statement): boolean;
/** Replaces a statement in place; the new one keeps the old one's position and comments. */
export declare function replaceStatement(file: N.ConfigFile, old: N.Statement, replacement: N.Statement): boolean;
/** Sets the arguments of a keyword statement (`default-lease-time 600;` → 3600). */
export declare function setParameter(p: N.Parameter, ...args: (string | number)[]): void;
/** Changes the addresses of a range statement. */
export declare function setRange(r: N.RangeStatement, low: string, high?: string): void;
/** Sets an option's values. */
export declare function setOptionValues(o: N.OptionStatement, ...values: (string | number)[]): void;
/** Finds a host by its hardware address (case-insensitive, any byte padding). */
export declare function findHostByMac(file: N.ConfigFile, mac: string): N.HostDecl | undefined;
export declare function normalizeMac(mac: string): string;
export declare function findFailoverPeer(file: N.ConfigFile, name: string): N.FailoverPeerDecl | undefined;
export declare function findSubnet(file: N.ConfigFile, network: string): N.SubnetDecl | undefined;
/** Renames a failover relationship in its declaration and every pool reference of the given files. */
export declare function renameFailoverPeer(files: N.ConfigFile | N.ConfigFile[], from: string, to: string): number;
/** Adds a host reservation to a container (default: the file's top level). */
export declare function addHost(file: N.ConfigFile, name: string, mac: string, fixedAddress?: string, into?: Container | N.Statement): N.HostDecl;
export { childStatements };
//# sourceMappingURL=edit.d.ts.map