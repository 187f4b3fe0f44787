// A small reader of kea-dhcp4 JSON: what a client would get (subnets, pools, reservations,
// options and lease times per scope), independent of how the migration built it. Tests compare
// it with the linter's facts of the source; tools can use it to summarise any Kea config.
import { parseIPv4 } from '@dhcplint/parser';

export interface KeaScopeView {
  options: Map<string, string>;
  valid?: number;
  max?: number;
  min?: number;
}

export interface KeaSubnetView extends KeaScopeView {
  id: number;
  subnet: string;
  sharedNetwork?: string;
  pools: { low: number; high: number; clientClass?: string }[];
  reservations: { hw?: string; clientId?: string; ip?: string; hostname?: string }[];
}

export interface KeaConfigView {
  global: KeaScopeView;
  sharedNetworks: Map<string, KeaScopeView>;
  subnets: Map<string, KeaSubnetView>;
  globalReservations: KeaSubnetView['reservations'];
  classes: Map<string, { test?: string }>;
  ha?: { thisServer: string; mode: string; peers: { name: string; url: string; role: string }[] };
}

/** Removes Kea's comments (`#`, `//`, `/* … *\/`) outside strings. */
export function stripKeaComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out;
}

type Json = Record<string, unknown>;

function scopeView(o: Json): KeaScopeView {
  const options = new Map<string, string>();
  for (const d of (o['option-data'] as Json[] | undefined) ?? []) {
    const space = (d.space as string | undefined) ?? 'dhcp4';
    options.set(
      space === 'dhcp4' ? String(d.name ?? d.code) : `${space}.${String(d.name ?? d.code)}`,
      String(d.data ?? ''),
    );
  }
  const view: KeaScopeView = { options };
  if (typeof o['valid-lifetime'] === 'number') view.valid = o['valid-lifetime'];
  if (typeof o['max-valid-lifetime'] === 'number') view.max = o['max-valid-lifetime'];
  if (typeof o['min-valid-lifetime'] === 'number') view.min = o['min-valid-lifetime'];
  return view;
}

function reservations(list: unknown): KeaSubnetView['reservations'] {
  return ((list as Json[] | undefined) ?? []).map((r) => ({
    hw: r['hw-address'] as string | undefined,
    clientId: r['client-id'] as string | undefined,
    ip: r['ip-address'] as string | undefined,
    hostname: r.hostname as string | undefined,
  }));
}

function subnetView(s: Json, shared?: string): KeaSubnetView {
  const pools = ((s.pools as Json[] | undefined) ?? []).map((p) => {
    const text = String(p.pool);
    // NaN for an address that does not read (as parseIPv4's miss is), so no check matches it.
    const [low = NaN, high = NaN] = text.includes('/')
      ? cidrRange(text)
      : text.split('-').map((x) => parseIPv4(x.trim()) ?? NaN);
    return { low, high, clientClass: p['client-class'] as string | undefined };
  });
  return {
    ...scopeView(s),
    id: s.id as number,
    subnet: String(s.subnet),
    sharedNetwork: shared,
    pools,
    reservations: reservations(s.reservations),
  };
}

function cidrRange(text: string): [number, number] {
  const [net = '', len] = text.split('/');
  const base = parseIPv4(net) ?? NaN;
  const size = 2 ** (32 - Number(len));
  return [base, base + size - 1];
}

export function readKeaConfig(text: string): KeaConfigView {
  const root = JSON.parse(stripKeaComments(text)) as Json;
  const d = root.Dhcp4 as Json;
  const subnets = new Map<string, KeaSubnetView>();
  const sharedNetworks = new Map<string, KeaScopeView>();
  for (const sn of (d['shared-networks'] as Json[] | undefined) ?? []) {
    sharedNetworks.set(String(sn.name), scopeView(sn));
    for (const s of (sn.subnet4 as Json[] | undefined) ?? [])
      subnets.set(String(s.subnet), subnetView(s, String(sn.name)));
  }
  for (const s of (d.subnet4 as Json[] | undefined) ?? []) subnets.set(String(s.subnet), subnetView(s));
  const classes = new Map<string, { test?: string }>();
  for (const c of (d['client-classes'] as Json[] | undefined) ?? [])
    classes.set(String(c.name), { test: c.test as string | undefined });
  let ha: KeaConfigView['ha'];
  for (const h of (d['hooks-libraries'] as Json[] | undefined) ?? []) {
    const rel = ((h.parameters as Json | undefined)?.['high-availability'] as Json[] | undefined)?.[0];
    if (rel)
      ha = {
        thisServer: String(rel['this-server-name']),
        mode: String(rel.mode),
        peers: (rel.peers as Json[]).map((p) => ({ name: String(p.name), url: String(p.url), role: String(p.role) })),
      };
  }
  return {
    global: scopeView(d),
    sharedNetworks,
    subnets,
    globalReservations: reservations(d.reservations),
    classes,
    ha,
  };
}
