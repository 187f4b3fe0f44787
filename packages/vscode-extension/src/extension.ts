// The VS Code client: starts the bundled dhcplint language server, passes the settings, shows the
// server's status, and adds the dhcplint commands. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;

interface ServerStatus {
  state: 'analysing' | 'idle';
  servers: number;
  pairs: number;
  problems: number;
  ms?: number;
}

function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('dhcplint');
  return { rules: c.get('rules'), includeMap: c.get('includeMap'), servers: c.get('servers'), debounceMs: c.get('debounceMs') };
}

function showStatus(s: ServerStatus | 'starting' | 'stopped'): void {
  if (s === 'starting') status.text = '$(sync~spin) dhcplint';
  else if (s === 'stopped') status.text = '$(error) dhcplint stopped';
  else if (s.state === 'analysing') status.text = '$(sync~spin) dhcplint';
  else status.text = `$(${s.problems ? 'warning' : 'check'}) dhcplint`;
  status.tooltip = typeof s === 'object' ? `${s.servers} server config(s), ${s.pairs} failover pair(s), ${s.problems} problem(s)${s.ms !== undefined ? `; checked in ${Math.round(s.ms)} ms` : ''}` : `dhcplint language server ${s}`;
  status.show();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'dhcpd' }, { scheme: 'untitled', language: 'dhcpd' }],
    initializationOptions: settings(),
    synchronize: { configurationSection: 'dhcplint', fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.conf,*.yaml,*.yml,isc-dhcp-server,*isc-dhcp-server,.dhcplintrc.json}') },
  };
  client = new LanguageClient('dhcplint', 'dhcplint', serverOptions, clientOptions);
  client.onDidChangeState((e) => showStatus(e.newState === State.Running ? { state: 'idle', servers: 0, pairs: 0, problems: 0 } : e.newState === State.Starting ? 'starting' : 'stopped'));
  showStatus('starting');
  await client.start();
  client.onNotification('dhcplint/status', (s: ServerStatus) => showStatus(s));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = 'dhcplint.checkPair';
  context.subscriptions.push(status);
  const output = vscode.window.createOutputChannel('dhcplint pair check');
  context.subscriptions.push(output);

  context.subscriptions.push(
    vscode.commands.registerCommand('dhcplint.formatDocument', () => vscode.commands.executeCommand('editor.action.formatDocument')),
    vscode.commands.registerCommand('dhcplint.checkPair', async () => {
      if (!client) return;
      const report = await client.sendRequest<{ text: string }>('dhcplint/pairReport', {});
      output.clear();
      output.appendLine(report.text);
      output.show(true);
    }),
    vscode.commands.registerCommand('dhcplint.showPeerConfig', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!client || !editor) return;
      const r = await client.sendRequest<{ markdown: string } | null>('dhcplint/peerConfig', { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active });
      if (!r) {
        void vscode.window.showInformationMessage('dhcplint: no failover peer in this file.');
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    }),
    vscode.commands.registerCommand('dhcplint.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
