// What the migration did with each statement of the source: converted as is, converted with a
// change of meaning, or not converted. Every statement the walk meets gets exactly one item, so
// nothing is dropped silently (a test checks this over the example inputs).
import type { AnyStatement, Span } from '@dhcplint/parser';
import type { SourceFile } from '../types.js';

export type ItemStatus = 'converted' | 'changed' | 'not-converted';

export interface MigrationItem {
  server: string;
  file: string;
  /** 1-based line and column of the statement. */
  line: number;
  column: number;
  /** Offsets of the statement in its file (a block's item covers its children when they are not listed). */
  start: number;
  end: number;
  /** What the statement is, e.g. `option routers`, `subnet 10.0.0.0/24`, `failover peer "fo"`. */
  construct: string;
  status: ItemStatus;
  /** Where it went in Kea, e.g. `subnet4[id=167772160].option-data routers`. */
  kea?: string;
  /** Why it changed meaning or was not converted. */
  reason?: string;
  /** True when the item stands for the whole block, children included (they have no items of their own). */
  coversChildren?: boolean;
}

/** One rule the HA mapping applied, for the report. */
export interface HaRule {
  setting: string;
  dhcpd: string;
  kea: string;
  rule: string;
}

export interface ServerSummary {
  name: string;
  mainFile: string;
  subnets: number;
  pools: number;
  reservations: number;
  clientClasses: number;
  ha?: { mode: string; role: string; partner: string; peerName: string };
}

export interface MigrationReport {
  tool: 'dhcplint migrate';
  target: 'kea-dhcp4 2.2';
  servers: ServerSummary[];
  /** How subnet ids were chosen (so the two configs agree). */
  subnetIds: string;
  ha: { peerName: string; servers: [string, string] | [string]; mode: string; rules: HaRule[] }[];
  items: MigrationItem[];
  counts: Record<ItemStatus, number>;
}

/** Collects the items of one server. */
export class ItemLog {
  readonly items: MigrationItem[] = [];
  /** Each statement's item, so a later change is found without a search (configs hold 100,000 hosts). */
  private readonly byStatement = new Map<object, MigrationItem>();
  constructor(readonly server: string) {}

  /** Records what happened to a statement; the first record of a statement wins. */
  add(
    s: { span: Span } & object,
    file: SourceFile,
    construct: string,
    status: ItemStatus,
    details: { kea?: string; reason?: string; coversChildren?: boolean } = {},
  ): void {
    if (this.byStatement.has(s)) return;
    const item = this.itemAt(s.span, file, construct, status, details);
    this.byStatement.set(s, item);
    this.items.push(item);
  }

  /** An item that is not one statement (a whole file's HA section, a generated class). */
  itemAt(
    span: Span,
    file: SourceFile,
    construct: string,
    status: ItemStatus,
    details: { kea?: string; reason?: string; coversChildren?: boolean } = {},
  ): MigrationItem {
    const pos = file.lines.positionAt(span.start);
    const item: MigrationItem = {
      server: this.server,
      file: file.uri,
      line: pos.line + 1,
      column: pos.character + 1,
      start: span.start,
      end: span.end,
      construct,
      status,
    };
    if (details.kea) item.kea = details.kea;
    if (details.reason) item.reason = details.reason;
    if (details.coversChildren) item.coversChildren = true;
    return item;
  }

  has(s: AnyStatement): boolean {
    return this.byStatement.has(s);
  }

  /** Changes an item already recorded (a host placed later turns out not to fit anywhere). */
  update(s: AnyStatement, status: ItemStatus, details: { kea?: string; reason?: string }): void {
    const item = this.byStatement.get(s);
    if (!item) return;
    item.status = status;
    if (details.kea === '') delete item.kea;
    else if (details.kea !== undefined) item.kea = details.kea;
    if (details.reason !== undefined) item.reason = details.reason;
  }
}

export function countItems(items: readonly MigrationItem[]): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { converted: 0, changed: 0, 'not-converted': 0 };
  for (const i of items) counts[i.status]++;
  return counts;
}
