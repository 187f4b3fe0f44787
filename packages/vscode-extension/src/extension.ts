// The VS Code client: starts the bundled dhcplint language server, passes the settings, shows the
// server's status, and adds the dhcplint commands. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DHCPD_LANGUAGE, registerLanguageDetection } from './language-detection.js';
import { PeerConfigPreview } from './peer-config-preview.js';
import { KeaPreview } from './kea-preview.js';
// The server's protocol module, typed once for both sides: the @dhcplint/lsp/protocol entry (built
// by `tsc -b` before this package is checked), bundled into the client by esbuild.
import {
  KeaPreviewRequest,
  PairReportRequest,
  PeerConfigRequest,
  StatusNotification,
  type NotificationDescriptor,
  type RequestDescriptor,
  type StatusParams,
} from '@dhcplint/lsp/protocol';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let status: vscode.StatusBarItem;

type ServerStatus = StatusParams;

/** Sends one of dhcplint's own requests, typed by its descriptor. */
function request<P, R>(c: LanguageClient, type: RequestDescriptor<P, R>, params: P): Promise<R> {
  return c.sendRequest<R>(type.method, params);
}

/** Listens to one of dhcplint's own notifications, typed by its descriptor. */
function onNotification<P>(c: LanguageClient, type: NotificationDescriptor<P>, handler: (params: P) => void): void {
  c.onNotification(type.method, handler);
}

let lastStatus: ServerStatus | 'starting' | 'stopped' = 'starting';

/** What the status bar says about the file in the active editor: its pair, or that it has none. */
export function pairingText(
  s: ServerStatus,
  activeUri: string | undefined,
): { text: string; unpaired: boolean } | undefined {
  const mine = activeUri ? s.pairing?.find((p) => p.files.includes(activeUri)) : undefined;
  if (!mine) return undefined;
  if (mine.partner) return { text: `${mine.server} ↔ ${mine.partner}`, unpaired: false };
  if (mine.peer) return { text: `${mine.server}: no partner found`, unpaired: true };
  return { text: mine.server, unpaired: false };
}

function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('dhcplint');
  return {
    rules: c.get('rules'),
    includeMap: c.get('includeMap'),
    servers: c.get('servers'),
    debounceMs: c.get('debounceMs'),
    keaMigration: c.get('keaMigration'),
  };
}

function showStatus(s: ServerStatus | 'starting' | 'stopped'): void {
  lastStatus = s;
  // A failover config whose partner was not found is never shown as a green check: the pair
  // checks, the reason to lint it, did not run.
  const pairing =
    typeof s === 'object' ? pairingText(s, vscode.window.activeTextEditor?.document.uri.toString()) : undefined;
  const unpairedAnywhere = typeof s === 'object' && (s.pairing ?? []).some((p) => p.peer && !p.partner);
  if (s === 'starting') status.text = '$(sync~spin) dhcplint';
  else if (s === 'stopped') status.text = '$(error) dhcplint stopped';
  else if (s.state === 'analysing') status.text = '$(sync~spin) dhcplint';
  else
    status.text = `$(${s.problems || pairing?.unpaired ? 'warning' : 'check'}) dhcplint${pairing ? `: ${pairing.text}` : ''}`;
  const unpaired =
    typeof s === 'object'
      ? (s.pairing ?? []).filter((p) => p.peer && !p.partner).map((p) => `${p.server} (failover peer "${p.peer}")`)
      : [];
  status.tooltip =
    typeof s === 'object'
      ? `${s.servers} server config(s), ${s.pairs} failover pair(s), ${s.problems} problem(s)${s.ms !== undefined ? `; checked in ${Math.round(s.ms)} ms` : ''}${unpairedAnywhere ? `\nNo partner found, pair checks not run: ${unpaired.join(', ')}` : ''}`
      : `dhcplint language server ${s}`;
  status.show();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  // stdio, as in every other editor: the server reads LSP from stdin only (no --node-ipc channel).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'dhcpd' },
      { scheme: 'untitled', language: 'dhcpd' },
    ],
    initializationOptions: settings(),
    synchronize: {
      configurationSection: 'dhcplint',
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{*.conf,*.yaml,*.yml,isc-dhcp-server,*isc-dhcp-server,.dhcplintrc.json}',
      ),
    },
  };
  client = new LanguageClient('dhcplint', 'dhcplint', serverOptions, clientOptions);
  client.onDidChangeState((e) =>
    showStatus(
      e.newState === State.Running
        ? { state: 'idle', servers: 0, pairs: 0, problems: 0 }
        : e.newState === State.Starting
          ? 'starting'
          : 'stopped',
    ),
  );
  showStatus('starting');
  await client.start();
  onNotification(client, StatusNotification, (s) => showStatus(s));
}

/** Starts the server once; later callers wait for the same start. */
function ensureStarted(context: vscode.ExtensionContext): Promise<void> {
  starting ??= start(context);
  return starting;
}

/**
 * The extension also activates when any Properties or plain-text file opens (to look at `.conf`
 * files' content), so the server starts only once there is something for it to check.
 */
async function workspaceHasDhcpdFiles(): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((d) => d.languageId === DHCPD_LANGUAGE)) return true;
  const found = await vscode.workspace.findFiles(
    '{**/dhcpd.conf,**/etc/dhcp/*.conf,**/*_dhcpd.conf,**/dhcpd*.conf}',
    '**/node_modules/**',
    1,
  );
  return found.length > 0;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = 'dhcplint.checkPair';
  context.subscriptions.push(status);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => showStatus(lastStatus)));
  const output = vscode.window.createOutputChannel('dhcplint pair check');
  context.subscriptions.push(output);
  const peerConfig = PeerConfigPreview.register(context);
  const keaPreview = KeaPreview.register(context);

  context.subscriptions.push(
    vscode.commands.registerCommand('dhcplint.formatDocument', () =>
      vscode.commands.executeCommand('editor.action.formatDocument'),
    ),
    vscode.commands.registerCommand('dhcplint.checkPair', async () => {
      await ensureStarted(context);
      if (!client) return;
      const report = await request(client, PairReportRequest, {});
      output.clear();
      output.appendLine(report.text);
      output.show(true);
    }),
    vscode.commands.registerCommand('dhcplint.showPeerConfig', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await ensureStarted(context);
      if (!client) return;
      const r = await request(client, PeerConfigRequest, {
        textDocument: { uri: editor.document.uri.toString() },
        position: editor.selection.active,
      });
      if (!r) {
        void vscode.window.showInformationMessage('dhcplint: no failover peer in this file.');
        return;
      }
      await peerConfig.show(r.name, editor.document.uri, r.markdown);
    }),
    vscode.commands.registerCommand('dhcplint.previewKeaMigration', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await ensureStarted(context);
      if (!client) return;
      const r = await request(client, KeaPreviewRequest, { textDocument: { uri: editor.document.uri.toString() } });
      if (!r) {
        void vscode.window.showInformationMessage('dhcplint: this file belongs to no server dhcplint checks.');
        return;
      }
      await keaPreview.show(r);
    }),
    vscode.commands.registerCommand('dhcplint.restartServer', async () => {
      await client?.stop();
      starting = start(context);
      await starting;
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.languageId === DHCPD_LANGUAGE) void ensureStarted(context);
    }),
  );
  registerLanguageDetection(context);
  if (await workspaceHasDhcpdFiles()) await ensureStarted(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
