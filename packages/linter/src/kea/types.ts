// The parts of Kea 2.2's kea-dhcp4 and kea-ctrl-agent JSON configurations that the migration
// emits. Field names are Kea's own (hyphenated), so an object serialises to a valid config as is.

export interface KeaOptionData {
  name?: string;
  code?: number;
  space?: string;
  data?: string;
  /** false: `data` is hex bytes. */
  'csv-format'?: boolean;
  'always-send'?: boolean;
}

export interface KeaOptionDef {
  name: string;
  code: number;
  space: string;
  type: string;
  array?: boolean;
  'record-types'?: string;
  encapsulate?: string;
}

/** Settings every Kea scope (global, shared network, subnet) may carry. */
export interface KeaScopeSettings {
  'option-data'?: KeaOptionData[];
  'valid-lifetime'?: number;
  'min-valid-lifetime'?: number;
  'max-valid-lifetime'?: number;
  'renew-timer'?: number;
  'rebind-timer'?: number;
  authoritative?: boolean;
  'next-server'?: string;
  'boot-file-name'?: string;
  'server-hostname'?: string;
  'ddns-send-updates'?: boolean;
  'ddns-override-client-update'?: boolean;
  'ddns-qualifying-suffix'?: string;
  'reservations-global'?: boolean;
  'reservations-in-subnet'?: boolean;
  'reservations-out-of-pool'?: boolean;
  'client-class'?: string;
  'require-client-classes'?: string[];
}

export interface KeaPool {
  pool: string;
  'client-class'?: string;
  'require-client-classes'?: string[];
  'option-data'?: KeaOptionData[];
}

export interface KeaReservation {
  'hw-address'?: string;
  'client-id'?: string;
  'ip-address'?: string;
  hostname?: string;
  'next-server'?: string;
  'boot-file-name'?: string;
  'server-hostname'?: string;
  'client-classes'?: string[];
  'option-data'?: KeaOptionData[];
}

export interface KeaSubnet4 extends KeaScopeSettings {
  id: number;
  subnet: string;
  pools?: KeaPool[];
  reservations?: KeaReservation[];
}

export interface KeaSharedNetwork4 extends KeaScopeSettings {
  name: string;
  subnet4: KeaSubnet4[];
}

export interface KeaClientClass {
  name: string;
  test?: string;
  /** Evaluated only where a subnet, shared network or pool asks for it (require-client-classes). */
  'only-if-required'?: boolean;
  'option-data'?: KeaOptionData[];
  'next-server'?: string;
  'boot-file-name'?: string;
  'server-hostname'?: string;
  'valid-lifetime'?: number;
  'min-valid-lifetime'?: number;
  'max-valid-lifetime'?: number;
}

export interface KeaHaPeer {
  name: string;
  url: string;
  role: 'primary' | 'secondary' | 'standby';
  'auto-failover': boolean;
}

export interface KeaHaRelationship {
  'this-server-name': string;
  mode: 'load-balancing' | 'hot-standby';
  'heartbeat-delay': number;
  'max-response-delay': number;
  'max-ack-delay': number;
  'max-unacked-clients': number;
  peers: KeaHaPeer[];
}

export interface KeaHookLibrary {
  library: string;
  parameters?: { 'high-availability'?: KeaHaRelationship[] } & Record<string, unknown>;
}

export interface KeaLogger {
  name: string;
  output_options: { output: string }[];
  severity: string;
}

export interface KeaDhcpDdns {
  'enable-updates': boolean;
}

export interface KeaDhcp4Body extends KeaScopeSettings {
  'interfaces-config': { interfaces: string[]; 'dhcp-socket-type'?: 'raw' | 'udp' };
  'control-socket'?: { 'socket-type': 'unix'; 'socket-name': string };
  'lease-database': { type: 'memfile'; persist: boolean; name: string; 'lfc-interval'?: number };
  'option-def'?: KeaOptionDef[];
  'client-classes'?: KeaClientClass[];
  'shared-networks'?: KeaSharedNetwork4[];
  subnet4?: KeaSubnet4[];
  reservations?: KeaReservation[];
  'hooks-libraries'?: KeaHookLibrary[];
  'dhcp-ddns'?: KeaDhcpDdns;
  loggers?: KeaLogger[];
}

/** A whole kea-dhcp4 configuration file. */
export interface KeaDhcp4Config {
  Dhcp4: KeaDhcp4Body;
}

/** A whole kea-ctrl-agent configuration file. */
export interface KeaCtrlAgentConfig {
  'Control-agent': {
    'http-host': string;
    'http-port': number;
    'control-sockets': { dhcp4: { 'socket-type': 'unix'; 'socket-name': string } };
    loggers?: KeaLogger[];
  };
}
