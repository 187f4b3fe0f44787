// Making the two halves of a pair agree. A pair diagnostic points at a statement here and, through
// its related location, at the partner's counterpart. When both are the same statement
// (`default-lease-time` here and on the partner, the same option, the same failover timer or
// range, the same host's fixed-address) one statement's text replaces the other's. When one side
// has a statement or block the other lacks (a subnet, a failover pool or range, a host, a class,
// a zone, a setting), the related location is the partner's scope where it would go, and the two
// fixes are "copy it to the partner" (an insertion, re-indented) and "remove it here". A mirrored
// failover setting (`peer port` here, `port` there; `peer address`, `address`) takes or writes the
// counterpart's value, adding the statement where dhcpd's default stood. The
// language server offers both as quick fixes; `dhcplint --fix-pair primary|secondary` applies
// the one that copies from the chosen server.
import {
  childStatements,
  failoverDefault,
  findNodeAt,
  normalizeMac,
  type AnyStatement,
  type FailoverPeerDecl,
  type NodePath,
  type Span,
} from '@dhcplint/parser';
import type { Server, ServerPair } from './engine.js';
import { removeStatementFix } from './rules/rule.js';
import { shortServerName } from './summary.js';
import type { Diagnostic, SourceFile } from './types.js';

export interface FileEdit {
  uri: string;
  /** Empty (start === end) for an insertion. */
  span: Span;
  text: string;
}

export interface MatchingEdits {
  /** Makes this side match the partner: takes the partner's statement, removes one the partner lacks, or copies one only the partner has. */
  take: FileEdit;
  /** Makes the partner match this side: writes this side's statement there, copies one it lacks, or removes one only it has. */
  write: FileEdit;
  /** The partner file (where `write` applies). */
  partnerUri: string;
  /**
   * Quick-fix titles for copies and removals ("Copy this subnet to serv2", "Remove this subnet
   * (serv2 has none)"). Absent when the two sides are the same statement: the caller's own
   * "take the partner's value" / "write this value" titles describe those.
   */
  takeTitle?: string;
  writeTitle?: string;
}

type Block = Extract<AnyStatement, { body: unknown }>['body'];
/** A file with its tree: the only kind a fix can be computed in. */
type ParsedFile = SourceFile & { ast: NonNullable<SourceFile['ast']> };
const isParsed = (f: SourceFile | undefined): f is ParsedFile => f?.ast !== undefined;
/** Where an inserted statement goes: at the end of a scope's block, or after a statement. */
type Place = { inside: AnyStatement; block: Block } | { after: AnyStatement };
/** A diagnostic of this module's own making: it always carries its fix. */
type FixDiagnostic = Diagnostic & { fix: NonNullable<Diagnostic['fix']> };

/** Whether two statements set the same thing, so one may replace the other's text. */
function sameSetting(a: AnyStatement, b: AnyStatement): boolean {
  if (a.type === 'Parameter' && b.type === 'Parameter') return a.known && a.name === b.name && !a.body && !b.body;
  if (a.type === 'Option' && b.type === 'Option') return a.space === b.space && a.name === b.name;
  if (a.type === 'Range' && b.type === 'Range') return true; // the overlapping failover ranges of pair-failover-pools
  return false;
}

const bodyOf = (s: AnyStatement | undefined): Block | undefined =>
  s && 'body' in s && s.body && typeof s.body === 'object' && 'open' in s.body ? (s.body as Block) : undefined;
const parentOf = (p: NodePath): AnyStatement | undefined => p.ancestors[p.ancestors.length - 1];

/** A host's hardware addresses as dhcpd reads them (normalizeMac; pair-hosts matches hosts by them, else by name). */
function hostKey(h: AnyStatement): string {
  if (h.type !== 'Host') return '';
  const macs = childStatements(h).flatMap((c) =>
    c.type === 'Parameter' && c.name === 'hardware' && c.args[1]?.type === 'Word' ? [normalizeMac(c.args[1].text)] : [],
  );
  return macs.join(',') || `name ${h.name}`;
}

/** The `fixed-address` statement of a host, which pair-hosts compares. */
const fixedAddressOf = (h: AnyStatement): AnyStatement | undefined =>
  childStatements(h).find((c) => c.type === 'Parameter' && c.name === 'fixed-address');

/**
 * What makes two enclosing scopes of the two files the same scope: a subnet's network and mask, a
 * shared-network's name, a host's addresses; any failover peer block (the relationship is the
 * pair's, its name may be what differs) and any failover pool. Groups and other blocks have no
 * identity to match, so nothing is copied into them.
 */
function scopeKey(s: AnyStatement | undefined): string | undefined {
  if (!s) return 'top level';
  const word = (w: { literal: { kind: string; value?: unknown }; text: string } | undefined) =>
    w?.literal.kind === 'ipv4' ? String(w.literal.value) : w?.text;
  switch (s.type) {
    case 'Subnet':
      return `subnet ${word(s.network)} ${word(s.netmask)}`;
    case 'SharedNetwork':
      return `shared-network ${s.name}`;
    case 'FailoverPeer':
      return 'failover peer';
    case 'Pool':
      return childStatements(s).some((c) => c.type === 'FailoverRef') ? 'failover pool' : undefined;
    case 'Host':
      return `host ${hostKey(s)}`;
    default:
      return undefined;
  }
}

const sameScope = (a: AnyStatement | undefined, b: AnyStatement | undefined): boolean => {
  const k = scopeKey(a);
  return k !== undefined && k === scopeKey(b) && a?.type === b?.type;
};

/** How a statement is named in a quick-fix title. */
function describe(s: AnyStatement, source: string): string {
  switch (s.type) {
    case 'Subnet':
      return 'this subnet';
    case 'SharedNetwork':
      return 'this shared-network';
    case 'Pool':
      return 'this failover pool';
    case 'Range':
      return 'this failover range';
    case 'Host':
      return `host ${s.name}`;
    case 'Class':
      return `class "${s.name}"`;
    case 'Zone':
      return `zone ${s.name}`;
    case 'Key':
      return `key ${s.name}`;
    default: {
      const text = source.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
      return text.length > 60 ? `${text.slice(0, 59)}…` : text;
    }
  }
}

/** The whitespace before a statement on its line ('' when something else precedes it there). */
function indentOf(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const before = source.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : '';
}

/** A file's unit of indentation: the leading whitespace of its first indented line (undefined when none is). */
const indentUnit = (source: string): string | undefined => /^([ \t]+)\S/m.exec(source)?.[1];

/**
 * A statement's text with its continuation lines moved from its own indentation to `indent`,
 * each level of the source file's unit written in the target file's (two spaces become a tab).
 */
function reindented(source: string, s: AnyStatement, indent: string, targetUnit: string | undefined): string {
  const own = indentOf(source, s.span.start);
  const lines = source.slice(s.span.start, s.span.end).split('\n');
  const sourceUnit = lines
    .slice(1)
    .map((l) => (l.startsWith(own) ? (/^[ \t]*/.exec(l.slice(own.length))?.[0] ?? '') : ''))
    .find((w) => w.length > 0);
  return lines
    .map((line, i) => {
      if (i === 0 || !line.startsWith(own)) return line;
      let rest = line.slice(own.length);
      let depth = 0;
      while (sourceUnit && rest.startsWith(sourceUnit)) {
        rest = rest.slice(sourceUnit.length);
        depth++;
      }
      return indent + (targetUnit ?? sourceUnit ?? '').repeat(depth) + rest;
    })
    .join('\n');
}

/** Where the line of `offset` ends, past spaces and a trailing comment (`offset` itself when another statement follows on the line). */
function endOfLine(source: string, offset: number): number {
  let i = offset;
  while (source[i] === ' ' || source[i] === '\t') i++;
  // The optional ';' after a block (`key k { … };`) belongs to it.
  if (source[i] === ';') {
    i++;
    while (source[i] === ' ' || source[i] === '\t') i++;
  }
  if (source[i] === '#') while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i >= source.length || source[i] === '\n' || source[i] === '\r' ? i : offset;
}

/** The indentation one level deeper than `outer`, in the file's unit (two spaces when it has none). */
const deeper = (outer: string, unit: string | undefined): string =>
  outer + (unit ?? (outer.includes('\t') ? '\t' : '  '));

/**
 * The edit that inserts `copied` (a statement of `from`) into `target`, either inside the scope
 * `scope` (settings after its last setting, blocks after its last child) or after the statement
 * `after` at the same level. Blocks are set apart by a blank line, as in hand-written configs.
 */
function insertion(from: ParsedFile, copied: AnyStatement, target: ParsedFile, place: Place, prefix = ''): FileEdit {
  const unit = indentUnit(target.ast.source);
  return insertText(
    (indent) => reindented(from.ast.source, copied, indent, unit),
    bodyOf(copied) !== undefined,
    target,
    place,
    prefix,
  );
}

/** The edit that inserts the statement `reindent` writes at a given indentation into `target` (see insertion). */
function insertText(
  reindent: (indent: string) => string,
  isBlock: boolean,
  target: ParsedFile,
  place: Place,
  prefix = '',
): FileEdit {
  const src = target.ast.source;
  const unit = indentUnit(src);
  if ('after' in place) {
    const indent = indentOf(src, place.after.span.start);
    const at = endOfLine(src, place.after.span.end);
    const text = reindent(indent);
    return {
      uri: target.uri,
      span: { start: at, end: at },
      text: `\n${isBlock || bodyOf(place.after) ? '\n' : ''}${prefix ? `${indent}${prefix}\n` : ''}${indent}${text}`,
    };
  }
  const { inside: scope, block } = place;
  const kids = block.body;
  const outer = indentOf(src, scope.span.start);
  const last = isBlock ? kids[kids.length - 1] : [...kids].reverse().find((k) => !bodyOf(k));
  if (last) {
    const indent = indentOf(src, last.span.start) || deeper(outer, unit);
    const at = endOfLine(src, last.span.end);
    return { uri: target.uri, span: { start: at, end: at }, text: `\n${indent}${reindent(indent)}` };
  }
  const indent = (kids[0] && indentOf(src, kids[0].span.start)) || deeper(outer, unit);
  const text = reindent(indent);
  // `subnet … { }` on one line: the braces go on their own lines around the copy.
  if (block.close && !src.slice(block.open.end, block.close.start).includes('\n') && kids.length === 0) {
    return {
      uri: target.uri,
      span: { start: block.open.end, end: block.close.start },
      text: `\n${indent}${text}\n${outer}`,
    };
  }
  const at = endOfLine(src, block.open.end);
  return { uri: target.uri, span: { start: at, end: at }, text: `\n${indent}${text}` };
}

/**
 * Where a statement of `from` (at `path`) goes in the partner file, given the partner statement
 * `anchor` the diagnostic links to: inside it when it is the counterpart of the statement's
 * parent, after it when both sit in the same scope. A failover range whose pool the partner does
 * not have is copied with its pool. Undefined when the scopes do not correspond.
 */
function placement(path: NodePath, anchor: NodePath): { copied: AnyStatement; place: Place } | undefined {
  const candidates: NodePath[] = [path];
  const parent = parentOf(path);
  if (path.node.type === 'Range' && parent?.type === 'Pool')
    candidates.push({ node: parent, ancestors: path.ancestors.slice(0, -1) });
  for (const c of candidates) {
    const cParent = parentOf(c);
    const block = bodyOf(anchor.node);
    if (cParent && block && sameScope(anchor.node, cParent))
      return { copied: c.node, place: { inside: anchor.node, block } };
    if (sameScope(parentOf(anchor), cParent)) return { copied: c.node, place: { after: anchor.node } };
  }
  return undefined;
}

/** The removal of a statement: a failover range that is its pool's only range goes with its pool (dhcpd refuses a pool without a range). */
function removal(file: ParsedFile, path: NodePath, keyAlong?: AnyStatement): { edit: FileEdit; removed: AnyStatement } {
  const parent = parentOf(path);
  const alone =
    path.node.type === 'Range' &&
    parent?.type === 'Pool' &&
    childStatements(parent).filter((c) => c.type === 'Range').length === 1;
  const removed = alone ? parent : path.node;
  const fix = removeStatementFix(file, removed);
  let start = fix.span.start;
  // A zone's key written just before it (and used by no other zone) goes too, in the same edit.
  if (keyAlong && /^[\s;]*$/.test(file.ast.source.slice(keyAlong.span.end, removed.span.start)))
    start = Math.min(start, removeStatementFix(file, keyAlong).span.start);
  const src = file.ast.source;
  // A statement set apart by blank lines leaves one blank line, not two.
  if (
    !fix.text &&
    src.startsWith('\n\n', start - 2) &&
    (fix.span.end >= src.length || src[fix.span.end] === '\n' || src.startsWith('\r\n', fix.span.end))
  )
    start--;
  return { edit: { uri: file.uri, span: { start, end: fix.span.end }, text: fix.text }, removed };
}

/** The key a zone names (`key ddns;`). */
function zoneKeyName(zone: AnyStatement): string | undefined {
  const key = childStatements(zone).find((c) => c.type === 'Parameter' && c.name === 'key');
  const arg = key?.type === 'Parameter' ? key.args[0] : undefined;
  return arg?.type === 'String' ? arg.value : arg?.type === 'Word' ? arg.text : undefined;
}

/**
 * A DDNS zone's key declaration when the partner file lacks it: copied, the key goes with the
 * zone; removed, it goes too when no other zone here names it (pair-ddns-zones would report it).
 */
function keyOfZone(
  from: ParsedFile,
  zone: AnyStatement,
  target: ParsedFile,
  forRemoval: boolean,
): AnyStatement | undefined {
  const name = zone.type === 'Zone' ? zoneKeyName(zone) : undefined;
  if (!name || target.ast.body.some((s) => s.type === 'Key' && s.name === name)) return undefined;
  if (forRemoval && from.ast.body.some((s) => s !== zone && s.type === 'Zone' && zoneKeyName(s) === name))
    return undefined;
  return from.ast.body.find((s) => s.type === 'Key' && s.name === name);
}

/** The partner as titles name it, from its file's path: a server root's folder, else the file's name. */
function nameFromPath(uri: string): string {
  const root = /([^/]+)\/etc\/dhcp\/[^/]+$/.exec(uri);
  return root?.[1] ?? uri.slice(uri.lastIndexOf('/') + 1);
}

/**
 * Failover statements each server writes as the other's counterpart (pair-ports: `peer port` here
 * is the partner's `port`; pair-addresses: `peer address` here is the partner's `address`), and
 * the statement a missing one is written after (`peer port` under `peer address`).
 */
const MIRRORED: Record<string, { here: string; there: string }> = {
  'pair-ports': { here: 'peer port', there: 'port' },
  'pair-addresses': { here: 'peer address', there: 'address' },
};
const WRITTEN_AFTER: Record<string, string> = { 'peer port': 'peer address', port: 'address' };

/** One side of a mirrored setting: its failover peer block, its statement if written, and its value (dhcpd's default when not written). */
interface MirrorSide {
  file: ParsedFile;
  peer: FailoverPeerDecl;
  setting?: AnyStatement;
  value?: string;
}

/** The side of a mirrored setting a diagnostic or related location points at: the statement itself, or its failover peer block when it is not written. */
function mirrorSide(file: ParsedFile, path: NodePath, key: string): MirrorSide | undefined {
  const named = (c: AnyStatement) => c.type === 'Parameter' && c.name === key;
  const parent = parentOf(path);
  const peer =
    path.node.type === 'FailoverPeer'
      ? path.node
      : named(path.node) && parent?.type === 'FailoverPeer'
        ? parent
        : undefined;
  if (!peer) return undefined;
  const setting = named(path.node) ? path.node : childStatements(peer).find(named);
  const args = setting?.type === 'Parameter' ? setting.args : [];
  const [first] = args;
  const last = args.at(-1);
  const written = first && last ? file.ast.source.slice(first.span.start, last.span.end) : undefined;
  return { file, peer, setting, value: setting ? written : failoverDefault(key) };
}

/** The edit that makes a side's `key` statement say `value`: the statement rewritten, or added to its failover peer block. */
function setMirrored(side: MirrorSide, key: string, value: string): FileEdit {
  const text = `${key} ${value};`;
  if (side.setting)
    return { uri: side.file.uri, span: { start: side.setting.span.start, end: side.setting.span.end }, text };
  const after = childStatements(side.peer).find((c) => c.type === 'Parameter' && c.name === WRITTEN_AFTER[key]);
  return insertText(() => text, false, side.file, after ? { after } : { inside: side.peer, block: side.peer.body });
}

/**
 * pair-ports and pair-addresses: take the partner's counterpart value here (`peer port` becomes
 * the partner's `port`), or write this side's value into the partner's counterpart.
 */
function mirroredEdits(
  rule: { here: string; there: string },
  file: ParsedFile,
  herePath: NodePath,
  partner: ParsedFile,
  therePath: NodePath,
  partnerName: string,
): MatchingEdits | undefined {
  const here = mirrorSide(file, herePath, rule.here);
  const there = mirrorSide(partner, therePath, rule.there);
  if (!here?.value || !there?.value || here.value === there.value) return undefined;
  return {
    take: setMirrored(here, rule.here, there.value),
    write: setMirrored(there, rule.there, here.value),
    partnerUri: partner.uri,
    takeTitle: `Set ${rule.here} ${there.value} here (${partnerName}'s ${rule.there})`,
    writeTitle: `Set ${rule.there} ${here.value} on ${partnerName} (this ${rule.here})`,
  };
}

/** Rules about something one side has and the other lacks: their diagnostics can be fixed by a copy or a removal. */
const COPY_RULES = new Set([
  'pair-subnets',
  'pair-failover-pools',
  'pair-hosts',
  'pair-scope-settings',
  'pair-timers',
  'pair-balance',
  'pair-classes',
  'pair-ddns-zones',
]);

/**
 * The edits that copy the statement at `path` in `from` to `target` (where `anchor` says it goes)
 * or remove it from `from`, with their titles; `direction` says whether `from` is this side.
 */
function copyOrRemove(
  from: ParsedFile,
  path: NodePath,
  target: ParsedFile,
  anchor: NodePath,
  partnerName: string,
  direction: 'here' | 'there',
): Omit<MatchingEdits, 'partnerUri'> | undefined {
  const placed = placement(path, anchor);
  if (!placed) return undefined;
  const key = keyOfZone(from, placed.copied, target, false);
  const copy = insertion(
    from,
    placed.copied,
    target,
    placed.place,
    key ? from.ast.source.slice(key.span.start, key.span.end) : '',
  );
  // Removal is of what the diagnostic is about (a range, not the pool the copy may bring along).
  const { edit: remove, removed } = removal(from, path, keyOfZone(from, path.node, target, true));
  const copied = describe(placed.copied, from.ast.source);
  const gone = describe(removed, from.ast.source);
  if (direction === 'here')
    return {
      take: remove,
      write: copy,
      takeTitle: `Remove ${gone} here (${partnerName} has none)`,
      writeTitle: `Copy ${copied} to ${partnerName}`,
    };
  return {
    take: copy,
    write: remove,
    takeTitle: `Copy ${copied} here from ${partnerName}`,
    writeTitle: `Remove ${gone} on ${partnerName} (none here)`,
  };
}

/**
 * The two ways to make a pair diagnostic's sides agree: when both sides are the same statement,
 * one's text over the other's; when one side has a statement the other lacks, copy or remove it.
 * `nameOf` names the partner in titles (default: its server root's folder or its file name).
 */
export function matchingEdits(
  d: Pick<Diagnostic, 'ruleId' | 'uri' | 'span' | 'related'>,
  fileOf: (uri: string) => SourceFile | undefined,
  nameOf: (uri: string) => string | undefined = () => undefined,
): MatchingEdits | undefined {
  if (!d.ruleId.startsWith('pair-')) return undefined;
  const file = fileOf(d.uri);
  if (!isParsed(file)) return undefined;
  const herePath = findNodeAt(file.ast, d.span.start);
  if (!herePath) return undefined;
  for (const rel of d.related ?? []) {
    if (rel.uri === d.uri) continue;
    const partner = fileOf(rel.uri);
    if (!isParsed(partner)) continue;
    const therePath = findNodeAt(partner.ast, rel.span.start);
    if (!therePath) continue;
    const mirrored = MIRRORED[d.ruleId];
    if (mirrored) {
      const edits = mirroredEdits(
        mirrored,
        file,
        herePath,
        partner,
        therePath,
        nameOf(rel.uri) ?? nameFromPath(rel.uri),
      );
      if (edits) return edits;
      continue;
    }
    let here = herePath.node;
    let there = therePath.node;
    // The same host with a different address: the fixed-address lines are the two sides.
    if (here.type === 'Host' && there.type === 'Host' && hostKey(here) === hostKey(there)) {
      const a = fixedAddressOf(here);
      const b = fixedAddressOf(there);
      if (!a || !b) continue;
      here = a;
      there = b;
    }
    if (sameSetting(here, there)) {
      const hereText = file.ast.source.slice(here.span.start, here.span.end);
      const thereText = partner.ast.source.slice(there.span.start, there.span.end);
      if (hereText === thereText) continue;
      return {
        take: { uri: d.uri, span: { start: here.span.start, end: here.span.end }, text: thereText },
        write: { uri: rel.uri, span: { start: there.span.start, end: there.span.end }, text: hereText },
        partnerUri: rel.uri,
      };
    }
    if (!COPY_RULES.has(d.ruleId)) continue;
    const name = nameOf(rel.uri) ?? nameFromPath(rel.uri);
    // The statement is here and the partner lacks it, or (a failover timer written on the partner only) the other way round.
    const edits =
      copyOrRemove(file, herePath, partner, therePath, name, 'here') ??
      copyOrRemove(partner, therePath, file, herePath, name, 'there');
    if (edits) return { ...edits, partnerUri: rel.uri };
  }
  return undefined;
}

/** The role a server plays in a pair: its failover peer's `primary;` or `secondary;`. */
function roleOf(server: Server, peer: string): 'primary' | 'secondary' | undefined {
  return (server.facts.peers.get(peer) ?? [...server.facts.peers.values()][0])?.[0]?.role;
}

/**
 * Fixes (as diagnostics carrying a `fix`, for fixFiles) that copy each differing pair setting,
 * and each statement or pool present on one side only, from the server with the given failover
 * role to its partner (so what only the partner has is removed there).
 */
export function pairFixesFrom(
  role: 'primary' | 'secondary',
  diagnostics: readonly Diagnostic[],
  pairs: readonly ServerPair[],
): Diagnostic[] {
  // Each file once: its parsed source and the server and pair it belongs to.
  const files = new Map<string, { file: SourceFile; server: Server; pair: ServerPair }>();
  for (const pair of pairs)
    for (const server of [pair.a, pair.b])
      for (const file of server.config.files) if (!files.has(file.uri)) files.set(file.uri, { file, server, pair });
  const nameOf = (uri: string) => {
    const s = files.get(uri)?.server;
    return s && shortServerName(s);
  };
  const out: FixDiagnostic[] = [];
  for (const d of diagnostics) {
    const edits = matchingEdits(d, (u) => files.get(u)?.file, nameOf);
    const here = edits && files.get(d.uri);
    if (!edits || !here) continue;
    const edit = roleOf(here.server, here.pair.peer) === role ? edits.write : edits.take;
    out.push({ ...d, uri: edit.uri, span: edit.span, fix: { span: edit.span, text: edit.text } });
  }
  clearOfRemovals(out, (u) => files.get(u)?.file.ast?.source ?? '');
  // Copies inserted at the same place: settings before blocks (fixes at one offset apply in this order).
  const isBlock = (d: FixDiagnostic) => (d.fix.text.startsWith('\n\n') ? 1 : 0);
  return out.sort((x, y) => isBlock(x) - isBlock(y));
}

/**
 * A copy placed after a statement that another fix of the same run removes (a key copied after
 * the key that goes with a removed zone) would overlap that removal and wait for a second run:
 * it goes just before the removed lines instead.
 */
function clearOfRemovals(fixes: FixDiagnostic[], sourceOf: (uri: string) => string): void {
  const removals = fixes.filter((d) => !d.fix.text && d.fix.span.end > d.fix.span.start);
  const inside = (uri: string, at: number) =>
    removals.find((r) => r.uri === uri && r.fix.span.start < at && at < r.fix.span.end);
  for (const d of fixes) {
    let at = d.fix.span.start;
    if (d.fix.span.end !== at || !inside(d.uri, at)) continue;
    // Removed lines may follow one another: back up to the start of the first.
    const endingAt = (x: number) =>
      removals.find((r) => r.uri === d.uri && r.fix.span.start < x && x <= r.fix.span.end);
    for (let around = endingAt(at); around; around = endingAt(at)) at = around.fix.span.start;
    // At the end of the line before, as copies are written, unless that too is being removed.
    if (sourceOf(d.uri)[at - 1] === '\n' && !inside(d.uri, at - 1)) at--;
    d.fix = { span: { start: at, end: at }, text: d.fix.text };
    d.span = d.fix.span;
  }
}
