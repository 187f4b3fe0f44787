/**
 * The edit API: find nodes, then insert / replace / remove statements or change their values.
 * Edits mutate the AST in place and mark what they touch `dirty`; `print()` then regenerates
 * only those statements and copies every other byte from the original source. Each edit keeps the
 * parent index (ast/parents.ts) up to date and stamps the file as edited (./spans.ts): spans refer
 * to the text before the edits until `refresh`.
 */
import type * as N from '../ast/nodes.js';
import { childStatements, findAll, walk, type AnyStatement } from '../ast/walk.js';
import { containerOf, linkBlock, linkStatement, locate, unlinkStatement, type Container } from '../ast/parents.js';
import * as b from './builders.js';
import { normalizeMac } from './mac.js';
import { noteEdit } from './spans.js';

export type { Container };
export { containerOf, normalizeMac };

function containerFor(c: Container | N.Statement): Container {
  if (c.type === 'ConfigFile' || c.type === 'Block') return c;
  const block = 'body' in c ? (c.body as N.Block | undefined) : undefined;
  if (!block) throw new TypeError(`A ${c.type} statement has no block to insert into.`);
  linkBlock(c, block);
  return block;
}

/** Inserts a statement into a file, a block, or a block statement (at `index`, default: the end). */
export function insertStatement(into: Container | N.Statement, statement: N.Statement, index?: number): void {
  const container = containerFor(into);
  const list = container.body;
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, statement);
  linkStatement(container, statement);
  noteEdit(container);
}

/** Removes a statement (with its comments and line) from wherever it is in the file. */
export function removeStatement(file: N.ConfigFile, statement: N.Statement): boolean {
  const place = locate(file, statement);
  if (!place) return false;
  place.container.body.splice(place.index, 1);
  unlinkStatement(statement);
  noteEdit(file);
  return true;
}

/** Replaces a statement in place; the new one keeps the old one's position and comments. */
export function replaceStatement(file: N.ConfigFile, old: N.Statement, replacement: N.Statement): boolean {
  const place = locate(file, old);
  if (!place) return false;
  replacement.layout = old.layout;
  replacement.span = old.span;
  replacement.leadingComments = old.leadingComments;
  replacement.trailingComment = old.trailingComment;
  replacement.dirty = true;
  place.container.body[place.index] = replacement;
  unlinkStatement(old);
  linkStatement(place.container, replacement);
  noteEdit(file);
  return true;
}

/** Sets the arguments of a keyword statement (`default-lease-time 600;` → 3600). */
export function setParameter(p: N.Parameter, ...args: (string | number)[]): void {
  const fresh = b.parameter(p.name, ...args);
  const keywordWords = p.words.slice(0, p.words.length - p.args.length);
  p.args = fresh.args;
  p.words = [...keywordWords, ...fresh.args];
  p.expression = undefined;
  p.dirty = true;
  noteEdit(p);
}

/** Changes the addresses of a range statement. */
export function setRange(r: N.RangeStatement, low: string, high?: string): void {
  const fresh = b.range(low, high);
  r.low = fresh.low;
  r.high = fresh.high;
  // Keep the statement's own keywords (`range`, and `dynamic-bootp` when there), take the new addresses.
  r.words = [...r.words.slice(0, r.dynamicBootp ? 2 : 1), ...fresh.words.slice(1)];
  r.dirty = true;
  noteEdit(r);
}

/** Sets an option's values. */
export function setOptionValues(o: N.OptionStatement, ...values: (string | number)[]): void {
  const fresh = b.option(o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`, ...values);
  o.values = fresh.values;
  o.expression = undefined;
  o.words = [...o.words.slice(0, 2), ...fresh.values]; // `option NAME`, then the new values
  o.dirty = true;
  noteEdit(o);
}

/** Finds a host by its hardware address (case-insensitive, any byte padding). */
export function findHostByMac(file: N.ConfigFile, mac: string): N.HostDecl | undefined {
  const want = normalizeMac(mac);
  return findAll(file, 'Host').find((h) =>
    h.body.body.some(
      (s) =>
        s.type === 'Parameter' &&
        s.name === 'hardware' &&
        s.args[1]?.type === 'Word' &&
        normalizeMac(s.args[1].text) === want,
    ),
  );
}

export function findFailoverPeer(file: N.ConfigFile, name: string): N.FailoverPeerDecl | undefined {
  return findAll(file, 'FailoverPeer').find((p) => p.name === name);
}

export function findSubnet(file: N.ConfigFile, network: string): N.SubnetDecl | undefined {
  return findAll(file, 'Subnet').find((s) => s.network?.text === network);
}

/** Renames a failover relationship in its declaration and every pool reference of the given files. */
export function renameFailoverPeer(files: N.ConfigFile | N.ConfigFile[], from: string, to: string): number {
  let count = 0;
  for (const file of Array.isArray(files) ? files : [files]) {
    const before = count;
    walk(file, {
      enter(s: AnyStatement) {
        if ((s.type === 'FailoverPeer' || s.type === 'FailoverRef') && s.name === from) {
          const i = s.nameNode ? s.words.indexOf(s.nameNode) : -1;
          const node = b.string(to);
          if (i >= 0) s.words[i] = node;
          s.nameNode = node;
          s.name = to;
          s.dirty = true;
          count++;
        }
      },
    });
    if (count > before) noteEdit(file);
  }
  return count;
}

/** Adds a host reservation to a container (default: the file's top level). */
export function addHost(
  file: N.ConfigFile,
  name: string,
  mac: string,
  fixedAddress?: string,
  into: Container | N.Statement = file,
): N.HostDecl {
  const h = b.host(name, { mac, fixedAddress });
  insertStatement(into, h);
  return h;
}

export { childStatements };
