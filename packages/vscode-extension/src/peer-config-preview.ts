// "Show effective configuration of this peer" as a read-only rendered Markdown preview. The
// Markdown lives in a virtual document of our own scheme: VS Code never offers to save it, and the
// built-in Markdown preview renders it (falling back to the read-only source if that is disabled).
import * as vscode from 'vscode';

export const PEER_CONFIG_SCHEME = 'dhcplint-peer-config';

export class PeerConfigPreview implements vscode.TextDocumentContentProvider {
  private readonly markdownByUri = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  static register(context: vscode.ExtensionContext): PeerConfigPreview {
    const preview = new PeerConfigPreview();
    context.subscriptions.push(preview.changed, vscode.workspace.registerTextDocumentContentProvider(PEER_CONFIG_SCHEME, preview));
    return preview;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.markdownByUri.get(uri.toString()) ?? '';
  }

  /** One virtual document per peer and source file, so showing it again refreshes the same preview. */
  async show(peerName: string, source: vscode.Uri, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: PEER_CONFIG_SCHEME, path: `/failover peer ${peerName}.md`, query: source.toString() });
    const known = this.markdownByUri.has(uri.toString());
    this.markdownByUri.set(uri.toString(), markdown);
    if (known) this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  }
}
