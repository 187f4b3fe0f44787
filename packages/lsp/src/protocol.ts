// dhcplint's own LSP methods, typed once: the server registers its handlers with these descriptors
// and the VS Code extension sends its requests with them, so a renamed method or a changed result
// shape fails to compile on both sides instead of failing at run time on one.
//
// Plain descriptors rather than vscode-jsonrpc's RequestType objects: the client and the server
// each depend on their own copy of vscode-jsonrpc, whose RequestType classes (private members) do
// not type-check across copies; and this module stays free of imports, so the extension's client
// bundle takes nothing of the server with it.

/** A request's method name, carrying its parameter and result types. */
export interface RequestDescriptor<P, R> {
  readonly method: string;
  /** Types only, never set. */
  readonly _types?: [P, R];
}

/** A notification's method name, carrying its parameter type. */
export interface NotificationDescriptor<P> {
  readonly method: string;
  /** Types only, never set. */
  readonly _types?: [P];
}

const request = <P, R>(method: string): RequestDescriptor<P, R> => ({ method });
const notification = <P>(method: string): NotificationDescriptor<P> => ({ method });

/** A document, and optionally the cursor in it (LSP's TextDocumentPositionParams, position optional). */
export interface DocumentParams {
  textDocument: { uri: string };
  position?: { line: number; character: number };
}

/** For each server: its files, its failover peer and the partner it was paired with (none: pair checks did not run). */
export interface ServerPairing {
  server: string;
  /** URIs of the server's files. */
  files: string[];
  peer?: string;
  partner?: string;
}

/** Sent when a check starts ('analysing') and when its results are published ('idle'). */
export interface StatusParams {
  state: 'analysing' | 'idle';
  servers: number;
  pairs: number;
  problems: number;
  /** How long the check took, in milliseconds (idle only). */
  ms?: number;
  pairing?: ServerPairing[];
}

/** Every setting of a failover peer on both servers of its pair, as Markdown. */
export interface PeerConfigResult {
  name: string;
  markdown: string;
}

/** The Kea configs a migration would write for the document's server, and the migration report. */
export interface KeaPreviewResult {
  server: string;
  /** kea-dhcp4 configuration, JSON text. */
  dhcp4: string;
  /** kea-ctrl-agent configuration, JSON text, when the server is half of an HA pair. */
  ctrlAgent?: string;
  /** Markdown. */
  report: string;
}

/** The pairs found in the workspace and what the checks say about them, as plain text. */
export interface PairReportResult {
  text: string;
}

export const StatusNotification = notification<StatusParams>('dhcplint/status');
export const PeerConfigRequest = request<DocumentParams, PeerConfigResult | null>('dhcplint/peerConfig');
export const KeaPreviewRequest = request<DocumentParams, KeaPreviewResult | null>('dhcplint/keaPreview');
export const PairReportRequest = request<Record<string, never>, PairReportResult>('dhcplint/pairReport');
